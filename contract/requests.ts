// Request bodies of the public API as Valibot schemas: the Worker checks bodies with them, and contract/api.ts
// derives the request types from them, so a type can't lack a field the route accepts (issue 12).

import * as v from 'valibot';
import { LANGS } from './quiz.ts';

/** Keys a record loses silently in Valibot (prototype safety); as question ids they are refused instead. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const plainObject = (message: string) =>
  v.custom<Record<string, unknown>>(
    (input) =>
      typeof input === 'object' &&
      input !== null &&
      !Array.isArray(input) &&
      !Object.keys(input).some((key) => RESERVED_KEYS.has(key)),
    message,
  );

const choiceIds = v.array(v.string('Choice ids must be strings.'), 'Field "choiceIds" must be an array of choice ids.');

const lang = v.picklist(LANGS, `Field "lang" must be one of: ${LANGS.join(', ')}.`);

/** `POST /api/quizzes/:quizId/attempts`: empty, or the Turnstile token when the quiz JSON asks for a challenge. */
export const attemptRequest = v.object({
  turnstile: v.optional(v.pipe(v.string('Field "turnstile" must be a string.'), v.maxLength(2048))),
});

/** `POST /api/quizzes/:quizId/check`. */
export const checkRequest = v.object({
  questionId: v.string('Field "questionId" must be a question id.'),
  choiceIds,
  lang: v.optional(lang),
});

/** `POST /api/quizzes/:quizId/submissions`: every question answered, by id. */
export const submissionRequest = v.object({
  attempt: v.string('Field "attempt" must be the attempt token.'),
  lang,
  answers: v.pipe(
    plainObject('Field "answers" must be an object keyed by question id.'),
    v.record(v.string(), v.array(v.string(), 'Each answer must be an array of choice ids.')),
  ),
});

/** Longest class group label: the teacher's own note ("Period 3"), shown only behind the results link. */
export const MAX_GROUP_NAME = 60;

/**
 * `POST /api/quizzes/:quizId/groups` (issue 15): every field optional, an empty body too. `days` is
 * bounded above by the Worker's GROUP_LIFETIME_DAYS, which the route checks.
 */
export const groupRequest = v.object({
  name: v.optional(
    v.nullable(
      v.pipe(
        v.string('Field "name" must be text.'),
        // Control characters (line breaks included) would only garble the page and the CSV.
        v.transform((name) => name.replace(/\p{Cc}+/gu, ' ').trim()),
        v.maxLength(MAX_GROUP_NAME, `Field "name" must be at most ${MAX_GROUP_NAME} characters.`),
      ),
    ),
  ),
  days: v.optional(
    v.pipe(
      v.number('Field "days" must be a whole number of days.'),
      v.integer('Field "days" must be a whole number of days.'),
      v.minValue(1, 'Field "days" must be at least 1.'),
    ),
  ),
  lang: v.optional(lang),
});

/** `POST /api/quizzes/:quizId/groups/:code/key`: the current results key, unless it comes as `?key=` or Bearer. */
export const groupKeyRequest = v.object({
  key: v.optional(v.pipe(v.string('Field "key" must be the results key.'), v.maxLength(200))),
  lang: v.optional(lang),
});
