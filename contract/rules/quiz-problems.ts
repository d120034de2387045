// The one rule set: what is wrong with a quiz, for the build, questions:check, the editor, publishing and the tests alike.

import type { Article } from '../article.ts';
import type { QuizFile } from '../quiz.ts';
import { balanceProblems } from './balance.ts';
import { datedFactProblems } from './dated-facts.ts';
import { houseStyleProblems } from './house-style.ts';
import { duplicateChoiceProblems, keyLengthPatternProblems, keyMuchLongerProblems } from './item-lengths.ts';
import { wordingProblems } from './item-wording.ts';
import { passageProblems } from './passages.ts';
import type { QuizProblem } from './problem.ts';
import { type SourceRecords, sourceRecordProblems } from './source-records.ts';
import { structureProblems } from './structure.ts';

/** What a caller knows besides the quiz; each rule that needs something left out is skipped. */
export type RuleContext = {
  /** The file the quiz was read from (`demo.json`): its id must match the name. */
  file?: string;
  /** Today, UTC, YYYY-MM-DD: for the rules about now (checked in the future, review due). */
  today?: string;
  /** The research notes and the quiz's sources file, which only a checkout of the repository has. */
  records?: SourceRecords;
};

/**
 * Every problem with `quiz`, errors and warnings; no error means it can be built and published.
 * `article` is the text its passages quote: `null` when there is none yet (itself a problem), left
 * out where no article is at hand (then passages are not checked). Pure: no Node, no DOM.
 */
export function quizProblems(quiz: unknown, article?: string | null, context: RuleContext = {}): QuizProblem[] {
  const structure = structureProblems(quiz, context.file);
  const passages = article === undefined ? [] : passageProblemsOf(quiz, article, structure.length === 0);
  // The other rules read a well-formed quiz: they wait until its structure is sound.
  if (structure.length > 0) return [...structure, ...passages];
  const valid = quiz as QuizFile;
  return [
    ...passages,
    ...datedFactProblems(valid, context.today),
    ...(context.records ? sourceRecordProblems(valid, context.records) : []),
    ...balanceProblems(valid),
    ...houseStyleProblems(valid),
    ...duplicateChoiceProblems(valid),
    ...keyMuchLongerProblems(valid),
    ...keyLengthPatternProblems(valid),
    ...wordingProblems(valid),
  ];
}

/** Passages are checked on a broken quiz too, as far as its questions can be read: an editor fixes both at once. */
function passageProblemsOf(quiz: unknown, article: string | null, valid: boolean): QuizProblem[] {
  if (valid || article === null) return passageProblems(quiz as QuizFile, article);
  const questions = (quiz as { questions?: unknown })?.questions;
  if (!Array.isArray(questions)) return [];
  const readable = questions.flatMap((q: { id?: unknown; passage?: { text?: unknown } } | null, index) => {
    const text = q?.passage?.text;
    if (typeof text !== 'string' || text.trim() === '') return [];
    return [{ id: typeof q?.id === 'string' ? q.id : `#${index + 1}`, passage: { text } }];
  });
  return passageProblems({ questions: readable } as unknown as QuizFile, article);
}

/**
 * What the editor shows beside each field and the Worker answers to Publish: the rules on a draft and
 * its imported article, on `today`. One call, so the two can never disagree.
 */
export function draftProblems(
  draft: { quiz: unknown; article: Pick<Article, 'text'> | null },
  today: string,
): QuizProblem[] {
  return quizProblems(draft.quiz, draft.article?.text ?? null, { today });
}
