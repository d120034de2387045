// Every outside source a quiz cites must be on record: in the project's research notes, or in the quiz's own sources file with the day it was checked.

import type { QuizFile } from '../quiz.ts';
import { type QuizProblem, problem } from './problem.ts';

/** The research notes and `questions/<quiz-id>.sources.md`, as a checkout of the repository has them. */
export type SourceRecords = { research: string; sourcesFile: string };

/** `questions/<quiz-id>.sources.md`: the facts checked for that quiz that the shared research notes lack. */
export function sourcesFileName(quizId: string): string {
  return `${quizId}.sources.md`;
}

/**
 * A URL found in the research notes passes; otherwise the quiz's sources file must hold it on a line
 * that also carries the citation's `accessed` date, so the record says when it was checked.
 */
export function sourceRecordProblems(quiz: QuizFile, { research, sourcesFile }: SourceRecords): QuizProblem[] {
  const problems: QuizProblem[] = [];
  const lines = sourcesFile.split('\n');
  const name = sourcesFileName(quiz.id);
  for (const q of quiz.questions) {
    (q.sources ?? []).forEach((s, i) => {
      if (research.includes(s.url)) return;
      const recorded = lines.filter((line) => line.includes(s.url));
      if (recorded.length === 0) {
        problems.push(
          problem(
            'source-unrecorded',
            'error',
            { question: q.id, field: `sources[${i}].url` },
            {
              en: `${s.url} is in neither the research notes nor ${name}.`,
              es: `${s.url} no está ni en las notas de investigación ni en ${name}.`,
            },
          ),
        );
      } else if (!recorded.some((line) => line.includes(s.accessed))) {
        problems.push(
          problem(
            'source-record-undated',
            'error',
            { question: q.id, field: `sources[${i}].accessed` },
            {
              en: `${name} records ${s.url} without the day it was checked (${s.accessed}).`,
              es: `${name} registra ${s.url} sin el día en que se verificó (${s.accessed}).`,
            },
          ),
        );
      }
    });
  }
  return problems;
}
