// The reading map's public API, for the question writer, the quiz:draft CLI, the Worker and the browser editor: pure functions, no Node-only APIs.

export { extractArticle, type ExtractOptions } from './extract/extract-article.ts';
export { mapArticle } from './map-article.ts';
export {
  rankMarks,
  scoreMarks,
  type RankFactor,
  type RankOptions,
  type RankedMark,
  type Ranking,
} from './rank-marks.ts';
export { sha256Hex } from './extract/sha256.ts';
