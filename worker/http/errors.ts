// One error policy: every failure leaves as `{ error: { code, message } }` with the right status.

import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiError, ErrorCode } from '../../contract/api.ts';

/** An expected failure, thrown anywhere below a handler and answered by `onError`. */
export class ApiFailure extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(status, { message });
  }
}

export function fail(
  status: ContentfulStatusCode,
  code: ErrorCode,
  message: string,
  headers?: Record<string, string>,
): never {
  throw new ApiFailure(status, code, message, headers);
}

export function errorBody(code: ErrorCode, message: string): ApiError {
  return { error: { code, message } };
}

const CODE_BY_STATUS: Partial<Record<number, ErrorCode>> = {
  400: 'bad_request',
  401: 'unauthorized',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

export function onError(err: Error, c: Context): Response {
  if (err instanceof ApiFailure) {
    return c.json(errorBody(err.code, err.message), err.status, err.headers);
  }
  if (err instanceof HTTPException && err.status < 500) {
    const code = CODE_BY_STATUS[err.status] ?? 'bad_request';
    return c.json(errorBody(code, err.message || 'Bad request.'), err.status);
  }
  console.error(`[lateral] ${c.req.method} ${new URL(c.req.url).pathname} failed:`, err);
  return c.json(errorBody('internal', 'Something went wrong on our side. Please try again.'), 500);
}

export function onNotFound(c: Context): Response {
  return c.json(errorBody('not_found', `No route for ${c.req.method} ${new URL(c.req.url).pathname}.`), 404);
}

/** For a known path asked with a method it does not serve. */
export function methodNotAllowed(allowed: string) {
  return (c: Context): Response =>
    c.json(errorBody('method_not_allowed', `Use ${allowed} on this path.`), 405, { Allow: allowed });
}
