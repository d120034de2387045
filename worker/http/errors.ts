// One error policy: every failure leaves as `{ error: { code, message, ...detail } }` with the right status.

import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiError, DetailOf, ErrorCode, Refusal } from '../../contract/api.ts';

/** The detail argument a code takes: required for the codes that carry one, absent for the rest. */
type DetailArg<C extends ErrorCode> = DetailOf<C> extends undefined ? [] : [detail: DetailOf<C>];

/** An expected failure, thrown anywhere below a handler and answered by `onError`. */
export class ApiFailure<C extends ErrorCode = ErrorCode> extends HTTPException {
  readonly detail: DetailOf<C>;

  constructor(
    status: ContentfulStatusCode,
    readonly code: C,
    message: string,
    readonly headers: Record<string, string> = {},
    ...[detail]: DetailArg<C>
  ) {
    super(status, { message });
    this.detail = detail as DetailOf<C>;
  }

  /** The code with its detail, narrowing on `code`: what a page reads instead of the message. */
  get refusal(): Refusal {
    return { code: this.code, detail: this.detail } as Refusal;
  }
}

export function fail<C extends ErrorCode>(
  status: ContentfulStatusCode,
  code: C,
  message: string,
  headers?: Record<string, string>,
  ...detail: DetailArg<C>
): never {
  throw new ApiFailure(status, code, message, headers, ...detail);
}

/** The body of every refusal: code and message, and the fields of the code's detail beside them. */
export function errorBody<C extends ErrorCode>(code: C, message: string, ...[detail]: DetailArg<C>): ApiError {
  return { error: { code, message, ...detail } };
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
    return c.json({ error: { code: err.code, message: err.message, ...err.detail } }, err.status, err.headers);
  }
  if (err instanceof HTTPException && err.status < 500) {
    const code = CODE_BY_STATUS[err.status] ?? 'bad_request';
    return c.json({ error: { code, message: err.message || 'Bad request.' } } satisfies ApiError, err.status);
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
