// The question writer's public API (issue 19): from an article and its reading map to complete, reviewable
// questions. Pure functions with no Node-only APIs: the quiz:draft CLI, the editor in the browser and a Worker share it.

export {
  anotherQuestion,
  candidates,
  draftQuiz,
  isTeachers,
  questionFromSelection,
  refreshDraft,
  type DraftOptions,
} from './draft.ts';
export { PATTERNS, SELECTABLE } from './patterns/index.ts';
export { PATTERN_IDS, type PatternId } from './patterns/pattern.ts';
