// Reads a small JSON request body: right content type, bounded size, valid JSON object.

import type { Context } from 'hono';
import { fail } from './errors.ts';

export const MAX_BODY_BYTES = 8 * 1024;

/** `text/plain` is accepted so the widget can post without a CORS preflight. */
const ACCEPTED_TYPES = ['application/json', 'text/plain'];

export async function readJsonObject(c: Context, optional = false): Promise<Record<string, unknown>> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const declared = Number(c.req.header('content-length'));
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) tooLarge();
  // An optional body may be absent whatever the content type says (curl -X POST sends none, and no type).
  if (!optional && !ACCEPTED_TYPES.includes(type)) unsupported();
  const bytes = await readBounded(c.req.raw);
  if (optional && bytes.byteLength === 0) return {};
  if (!ACCEPTED_TYPES.includes(type)) unsupported();
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes));
  } catch {
    fail(400, 'invalid_json', 'The body is not valid JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    fail(400, 'bad_request', 'The body must be a JSON object.');
  }
  return parsed as Record<string, unknown>;
}

/** For routes whose body is optional: no body, or an empty one, reads as `{}`. */
export function readOptionalJsonObject(c: Context): Promise<Record<string, unknown>> {
  return readJsonObject(c, true);
}

function unsupported(): never {
  fail(415, 'unsupported_media_type', 'Send the body as application/json (or text/plain holding JSON).');
}

function tooLarge(): never {
  fail(413, 'payload_too_large', `The body is larger than ${MAX_BODY_BYTES} bytes.`);
}

/** Streams the body and stops as soon as it passes the limit, whatever Content-Length said. */
async function readBounded(request: Request): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
