// The rules' problems where an editor looks for them: keyed by field, in the editor's language.

import type { Lang } from '../contract/quiz.ts';
import type { QuizProblem } from '../contract/rules/problem.ts';

/** Where a problem is shown: the question's id (empty for the quiz itself) and the rules' field path. */
export function fieldKey(question: string | undefined, field: string): string {
  return `${question ?? ''}|${field}`;
}

/** A DOM id for a field, so "Go to" links and aria-describedby can point at it. */
export function fieldId(key: string): string {
  return `f-${key.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
}

/** One problem in plain words, e.g. "Write the question in Spanish.": the rules write it in each language. */
export function problemText(p: QuizProblem, lang: Lang): string {
  return p.message[lang];
}

/** Problems grouped by the field they belong beside. */
export function problemsByField(problems: QuizProblem[], lang: Lang): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  for (const p of problems) {
    const key = fieldKey(p.where.question, p.where.field);
    byField.set(key, [...(byField.get(key) ?? []), problemText(p, lang)]);
  }
  return byField;
}
