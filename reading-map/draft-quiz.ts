export type DraftOptions = {}; export type QuizDraft = {}; export function draftQuiz() {}
