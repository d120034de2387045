// Generators of hostile input for the fuzz tests: raw bodies, content types, and valid requests broken in exactly one way.

import fc from 'fast-check';
import type { QuizFile } from '../../contract/quiz.ts';
import { MAX_BODY_BYTES } from '../../worker/http/read-body.ts';

/** Strings that have broken parsers, templates and object lookups elsewhere. */
export const NASTY_STRINGS = [
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '\u202Egnp.exe',
  '\uFEFF',
  '\u0000',
  '\uD800',
  '%',
  '%ZZ',
  '%00',
  '../../etc/passwd',
  '',
  ' ',
  'NaN',
  '-1',
  '1e309',
  'a'.repeat(600),
  '𝕷𝖆𝖙𝖊𝖗𝖆𝖑',
  'مرحبا',
];

export const hostileString = fc.oneof(
  fc.constantFrom(...NASTY_STRINGS),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** JSON-ish values of every shape, with prototype-polluting keys mixed in. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  hostileString,
  fc.dictionary(
    fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype'), hostileString),
    fc.jsonValue({ maxDepth: 2 }),
    {
      maxKeys: 4,
    },
  ),
);

const deepNesting = fc
  .tuple(fc.integer({ min: 50, max: 4000 }), fc.constantFrom(['[', ']'], ['{"a":', '}'], ['{"__proto__":', '}']))
  .map(([depth, [open, close]]) => `${(open ?? '').repeat(depth)}1${(close ?? '').repeat(depth)}`);

/** A raw body, as text or bytes: not JSON, not an object, truncated, oversized, deeply nested, not UTF-8. */
export const rawBody: fc.Arbitrary<string | Uint8Array<ArrayBuffer>> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  hostileValue.map((v) => JSON.stringify(v) ?? 'undefined'),
  hostileValue.map((v) => (JSON.stringify(v) ?? '').slice(0, -1)),
  deepNesting,
  fc.integer({ min: MAX_BODY_BYTES + 1, max: 4 * MAX_BODY_BYTES }).map((n) => `{"pad":"${'x'.repeat(n)}"}`),
  fc.uint8Array({ minLength: 1, maxLength: 200 }).map((bytes) => Uint8Array.from([0xff, 0xfe, ...bytes])),
  fc.constant('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'),
  fc.constant(''),
);

/** Content types a client might send; undefined sends none. */
export const contentType = fc.oneof(
  fc.constantFrom(
    'application/json',
    'text/plain',
    'text/plain;charset=UTF-8',
    'APPLICATION/JSON; charset=utf-8',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/json-patch+json',
    '',
    undefined,
  ),
  hostileString,
);

/** Extra headers that must change nothing. */
export const extraHeaders = fc.dictionary(
  fc.constantFrom(
    'Authorization',
    'If-None-Match',
    'Origin',
    'Accept-Language',
    'X-Forwarded-For',
    'Content-Length',
    'Transfer-Encoding',
  ),
  fc.string({ unit: 'grapheme-ascii', maxLength: 60 }).filter((s) => /^[\x20-\x7e]*$/.test(s)),
  { maxKeys: 3 },
);

/** A random raw request: body, content type and extra headers. */
export const rawRequest = fc.record({ body: rawBody, type: contentType, headers: extraHeaders });

/** A value that is never a valid list of choice ids for this question. */
export function badChoiceIds(question: QuizFile['questions'][number]): fc.Arbitrary<unknown> {
  const ids = question.choices.map((c) => c.id);
  const known = fc.constantFrom(...ids);
  const wrongShapes = fc.oneof(
    fc.constant([]),
    hostileValue.filter((v) => !Array.isArray(v)),
    fc.array(fc.oneof(fc.integer(), fc.constant(null), fc.object({ maxDepth: 1 })), { minLength: 1, maxLength: 3 }),
    known.map((id) => [id, id]),
    hostileString.filter((s) => !ids.includes(s)).map((s) => [s]),
  );
  if (question.type === 'multiple') return wrongShapes;
  return fc.oneof(wrongShapes, fc.constant(ids.slice(0, 2)));
}

/** A language value that is neither "en" nor "es" (nor empty, which means the default). */
export const badLang = fc
  .oneof(hostileString, fc.constantFrom('fr', 'EN', 'en-US', 'es '))
  .filter((s) => s !== 'en' && s !== 'es' && s !== '');
