// Every outside source a quiz cites must be on record: in the project's research notes, or in the quiz's own sources file with the day it was checked.

import type { QuizFile } from '../contract/quiz.ts';
import type { QuizProblem } from '../contract/validate-quiz.ts';

/** `questions/<quiz-id>.sources.md`: the facts checked for that quiz that the shared research notes lack. */
export function sourcesFileName(quizId: string): string {
  return `${quizId}.sources.md`;
}

/**
 * A URL found in the research notes passes; otherwise the quiz's sources file must hold it on a line
 * that also carries the citation's `accessed` date, so the record says when it was checked.
 */
export function checkSourceRecords(file: string, quiz: QuizFile, research: string, sourcesFile: string): QuizProblem[] {
  const problems: QuizProblem[] = [];
  const lines = sourcesFile.split('\n');
  for (const q of quiz.questions) {
    (q.sources ?? []).forEach((s, i) => {
      if (research.includes(s.url)) return;
      const accessed = (s as typeof s & { accessed?: unknown }).accessed;
      const recorded = lines.filter((line) => line.includes(s.url));
      if (recorded.length === 0) {
        problems.push({
          file,
          question: q.id,
          field: `sources[${i}].url`,
          message: `${s.url} is in neither the research notes nor ${sourcesFileName(quiz.id)}`,
        });
      } else if (typeof accessed === 'string' && !recorded.some((line) => line.includes(accessed))) {
        problems.push({
          file,
          question: q.id,
          field: `sources[${i}].accessed`,
          message: `${sourcesFileName(quiz.id)} records ${s.url} without the day it was checked (${accessed})`,
        });
      }
    });
  }
  return problems;
}
