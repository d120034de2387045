// Reads every request body: bounded by hono/body-limit; JSON (application/json or text/plain) checked by one
// Valibot schema, or a small urlencoded form.

import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as v from 'valibot';
import type { AppEnv } from '../env.ts';
import { fail } from './errors.ts';

export const MAX_BODY_BYTES = 8 * 1024;

/** `text/plain` is accepted so the widget can post without a CORS preflight. */
const ACCEPTED_TYPES = ['application/json', 'text/plain'];

/** A form of a page (a token, a group's name): a few hundred bytes at most. */
export const MAX_FORM_BYTES = 4096;

/** The request's media type, lowercased and without parameters: `text/plain; charset=utf-8` → `text/plain`. */
export function mediaType(c: Context): string {
  return (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * Reads at most `maxSize` bytes: a declared Content-Length over it is refused before reading, and a
 * chunked body is refused as soon as it passes the bound, without reading the rest.
 */
export async function readBounded(c: Context, maxSize: number, what: string): Promise<ArrayBuffer> {
  const limit = bodyLimit({
    maxSize,
    onError: () => fail(413, 'payload_too_large', `${what} is larger than ${maxSize} bytes.`),
  });
  await limit(c, async () => {});
  return c.req.raw.body ? c.req.arrayBuffer() : new ArrayBuffer(0);
}

/**
 * The body as a JSON object, or a 415, 413 or 400 that says what is wrong with it. An `optional` body
 * may be absent or empty whatever its type says (curl -X POST sends none, and no type): it reads as `{}`.
 */
async function readJsonObject(c: Context, optional = false): Promise<unknown> {
  const typed = ACCEPTED_TYPES.includes(mediaType(c));
  if (!typed && !optional) unsupported();
  const bytes = await readBounded(c, MAX_BODY_BYTES, 'The body');
  if (optional && bytes.byteLength === 0) return {};
  if (!typed) unsupported();
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes));
  } catch {
    fail(400, 'invalid_json', 'The body is not valid JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    fail(400, 'bad_request', 'The body must be a JSON object.');
  }
  return parsed;
}

/** A page's urlencoded form, at most MAX_FORM_BYTES; anything else is a 415, a larger one a 413. */
export async function readForm(c: Context): Promise<URLSearchParams> {
  if (mediaType(c) !== 'application/x-www-form-urlencoded') {
    fail(415, 'unsupported_media_type', 'Send the form as application/x-www-form-urlencoded.');
  }
  const bytes = await readBounded(c, MAX_FORM_BYTES, 'The form');
  return new URLSearchParams(new TextDecoder().decode(bytes));
}

function unsupported(): never {
  fail(415, 'unsupported_media_type', 'Send the body as application/json (or text/plain holding JSON).');
}

type Issues = [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]];

/** What a route answers when its body does not match the schema. */
export type OnInvalid = (issues: Issues) => never;

/** The first top-level field an issue is about, e.g. "attempt". */
export function issueField(issue: v.BaseIssue<unknown>): string | undefined {
  const key = issue.path?.[0]?.key;
  return typeof key === 'string' ? key : undefined;
}

const badRequest: OnInvalid = (issues) => {
  const [first] = issues;
  const where = first.path && first.path.length > 1 ? ` (at "${v.getDotPath(first)?.slice(0, 80)}")` : '';
  fail(400, 'bad_request', `${first.message}${where}`);
};

/** Reads a JSON body and checks it against `schema`: the checked value has the type the schema declares. */
export async function readBody<S extends v.GenericSchema>(
  c: Context,
  schema: S,
  onInvalid: OnInvalid = badRequest,
  { optional = false } = {},
): Promise<v.InferOutput<S>> {
  const result = v.safeParse(schema, await readJsonObject(c, optional));
  if (!result.success) onInvalid(result.issues);
  return result.output;
}

/** `readBody` as middleware: the handler reads the checked body with `c.req.valid('json')`. */
export function jsonBody<S extends v.GenericSchema<unknown, object>>(
  schema: S,
  onInvalid: OnInvalid = badRequest,
): MiddlewareHandler<AppEnv, string, { in: { json: v.InferInput<S> }; out: { json: v.InferOutput<S> } }> {
  return async (c, next) => {
    c.req.addValidatedData('json', await readBody(c, schema, onInvalid));
    await next();
  };
}
