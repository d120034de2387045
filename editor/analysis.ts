// What the editor runs on an article: the reading map and the question writer. A chunk of its own, fetched once there
// is an article (use-analysis.ts): their language libraries are most of the editor's bytes, and the first screen
// (sign-in, the list of quizzes, a new quiz) needs none of them (issue 26).

export { importArticle, readingMap } from './reading-map.ts';
export { draftInto } from './drafting.ts';
export { SELECTABLE, anotherQuestion, questionFromSelection } from '../question-writer/index.ts';
