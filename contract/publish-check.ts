// What keeps a quiz from being published: the build's validator, then every passage against its article.

import { containsPassage } from '../scripts/passage-check.ts';
import { type QuizProblem, validateQuizFile } from './validate-quiz.ts';

/**
 * The Worker refuses to publish, and the editor shows beside each field, exactly these problems.
 * `article` is the text the passages quote; without one no passage can be checked, so that is a problem too.
 */
export function publishProblems(quiz: unknown, article: string | null): QuizProblem[] {
  const id = typeof quiz === 'object' && quiz !== null ? (quiz as { id?: unknown }).id : undefined;
  const file = `${typeof id === 'string' ? id : 'quiz'}.json`;
  const problems = validateQuizFile(file, quiz);
  if (article === null) {
    problems.push({ file, field: 'article', message: 'import the article the passages quote' });
    return problems;
  }
  const questions = (quiz as { questions?: unknown }).questions;
  if (!Array.isArray(questions)) return problems;
  questions.forEach((q: { id?: unknown; passage?: { text?: unknown } } | null, index) => {
    const text = q?.passage?.text;
    if (typeof text !== 'string' || text.trim() === '') return;
    if (!containsPassage(article, text)) {
      problems.push({
        file,
        question: typeof q?.id === 'string' ? q.id : `#${index + 1}`,
        field: 'passage.text',
        message: 'is not in the article word for word',
      });
    }
  });
  return problems;
}
