// The one place the writer reads the map's ranking (reading-map/rank-marks.ts, issue 21 §4): each mark's score
// weighs its strength, its signal and whether it sits in the article's opening.

import type { Mark, ReadingMap } from '../contract/reading-map.ts';
import { scoreMarks } from '../reading-map/rank-marks.ts';

/** The marks a question could be drafted from, most worth asking about first. */
export function rankedMarks(map: ReadingMap): Mark[] {
  return scoreMarks(map.marks);
}
