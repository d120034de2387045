// Item-writing checks on the answers' shape: a key that stands out by length, and answers that repeat each other.

import type { Lang, QuestionFile, QuizFile } from '../quiz.ts';
import { type QuizProblem, problem } from './problem.ts';
import { letter } from './words.ts';

/** Above this share of one-answer questions, "pick the longest" (or "the shortest") beats chance (issue 20). */
export const BLIND_SHARE = 0.4;
/** Fewer one-answer questions than this say nothing about a pattern. */
const MIN_FOR_PATTERN = 3;

/**
 * The share of `questions` a reader who never reads the article gets right by picking the longest (or
 * shortest) choice; among equal lengths the reader picks one at random, so a tie counts as a fraction.
 */
export function blindShare(questions: QuestionFile[], lang: Lang, pick: 'longest' | 'shortest'): number {
  if (questions.length === 0) return 0;
  let won = 0;
  for (const q of questions) {
    const lengths = q.choices.map((c) => c.text[lang]?.length ?? 0);
    const target = pick === 'longest' ? Math.max(...lengths) : Math.min(...lengths);
    const picked = q.choices.filter((_, i) => lengths[i] === target);
    won += picked.filter((c) => q.correct.includes(c.id)).length / picked.length;
  }
  return won / questions.length;
}

const oneAnswer = (quiz: QuizFile) => quiz.questions.filter((q) => q.type === 'single');

/** Quiz level: the key is the longest (or the shortest) choice in more than 40 % of one-answer questions. */
export function keyLengthPatternProblems(quiz: QuizFile): QuizProblem[] {
  const questions = oneAnswer(quiz);
  if (questions.length < MIN_FOR_PATTERN) return [];
  const problems: QuizProblem[] = [];
  for (const lang of quiz.languages) {
    for (const pick of ['longest', 'shortest'] as const) {
      const share = blindShare(questions, lang, pick);
      if (share <= BLIND_SHARE) continue;
      const pct = Math.round(share * 100);
      const es = pick === 'longest' ? 'la más larga' : 'la más corta';
      problems.push(
        problem(
          `key-${pick}`,
          'warning',
          { field: 'questions', lang },
          {
            en: `The right answer is the ${pick} choice in ${pct} % of one-answer questions (${lang}): a reader who never reads the article scores above chance by picking it. Vary which answer is ${pick}, at most ${BLIND_SHARE * 100} %.`,
            es: `La respuesta correcta es ${es} en el ${pct} % de las preguntas de una respuesta (${lang}): quien no lee el artículo acierta más que al azar eligiéndola. Varía cuál es ${es}, como mucho el ${BLIND_SHARE * 100} %.`,
          },
        ),
      );
    }
  }
  return problems;
}

/** A key this many times as long as every distractor, and this many characters longer, gives itself away. */
const MUCH_LONGER = 1.5;
const MUCH_LONGER_CHARS = 20;

/** Item level: in a one-answer question, the key is much longer than every distractor. */
export function keyMuchLongerProblems(quiz: QuizFile): QuizProblem[] {
  const problems: QuizProblem[] = [];
  for (const q of oneAnswer(quiz)) {
    for (const lang of quiz.languages) {
      const key = q.choices.find((c) => q.correct.includes(c.id));
      const others = q.choices.filter((c) => c !== key).map((c) => c.text[lang].length);
      if (!key || others.length === 0) continue;
      const longest = Math.max(...others);
      const length = key.text[lang].length;
      if (length < longest * MUCH_LONGER || length - longest < MUCH_LONGER_CHARS) continue;
      const n = letter(q.choices.indexOf(key));
      problems.push(
        problem(
          'key-much-longer',
          'warning',
          { question: q.id, choice: key.id, field: `choices[${q.choices.indexOf(key)}].text.${lang}`, lang },
          {
            en: `The right answer (${n}) is much longer than every other (${length} characters against at most ${longest}): shorten it or give the others the same care.`,
            es: `La respuesta correcta (${n}) es mucho más larga que las demás (${length} caracteres frente a ${longest} como máximo): acórtala o cuida igual las otras.`,
          },
        ),
      );
    }
  }
  return problems;
}

/** Lowercase words, punctuation and accents' case aside: what two choices are compared on. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Two choices overlap when this share of their words (of the union) is common to both, or one holds the other whole. */
const OVERLAP = 0.8;

/** Item level: two choices say the same thing (an error), or one largely repeats the other (a warning). */
export function duplicateChoiceProblems(quiz: QuizFile): QuizProblem[] {
  const problems: QuizProblem[] = [];
  for (const q of quiz.questions) {
    for (const lang of quiz.languages) {
      const texts = q.choices.map((c) => words(c.text[lang]));
      for (const [i, a] of texts.entries()) {
        for (const [j, b] of texts.entries()) {
          if (j <= i) continue;
          const where = { question: q.id, choice: q.choices[j]?.id, field: `choices[${j}].text.${lang}`, lang };
          const pair = { i: letter(i), j: letter(j) };
          if (a.join(' ') === b.join(' ')) {
            problems.push(
              problem('choices-duplicate', 'error', where, {
                en: `Answers ${pair.i} and ${pair.j} say the same thing.`,
                es: `Las respuestas ${pair.i} y ${pair.j} dicen lo mismo.`,
              }),
            );
          } else if (overlaps(a, b)) {
            problems.push(
              problem('choices-overlap', 'warning', where, {
                en: `Answers ${pair.i} and ${pair.j} overlap: one mostly repeats the other, so both are right or both wrong. Make each one distinct.`,
                es: `Las respuestas ${pair.i} y ${pair.j} se solapan: una repite casi la otra, así que ambas aciertan o ambas fallan. Haz que cada una sea distinta.`,
              }),
            );
          }
        }
      }
    }
  }
  return problems;
}

function overlaps(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 3 && ` ${long.join(' ')} `.includes(` ${short.join(' ')} `)) return true;
  const sa = new Set(a);
  const sb = new Set(b);
  const common = [...sa].filter((w) => sb.has(w)).length;
  return common / new Set([...sa, ...sb]).size >= OVERLAP;
}
