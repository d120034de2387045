// Signed attempt tokens: issued without storage, verified with HMAC, carrying a time-ordered attempt id and the quiz version.

import { VERSION_PATTERN } from '../../contract/quiz-version.ts';
import { MAX_ATTEMPT_TTL_SECONDS } from '../env.ts';
import { fromBase64Url, toBase64Url } from '../http/base64url.ts';
import { fail } from '../http/errors.ts';
import { IsolateCache } from '../isolate-cache.ts';

const VERSION = 'a2';
/** Tokens from before quiz versions; still honoured for their lifetime, for the quiz's first version. */
const LEGACY_VERSION = 'a1';
const ID_TIME_CHARS = 9; // base36 milliseconds, good until the year 5188

export type Attempt = {
  id: string;
  quizId: string;
  issuedAt: number;
  expiresAt: number;
  /** The quiz version the attempt was issued for; null on a legacy (a1) token, which means the first version. */
  quizVersion: string | null;
  /** The class group's join code, checked when the attempt was issued. */
  group?: string;
};

const encoder = new TextEncoder();
/** The imported key per secret (a deployment has one, tests a few). */
const keys = new IsolateCache<string, CryptoKey>({ max: 8 });

function hmacKey(secret: string): Promise<CryptoKey> {
  return keys.through(secret, () =>
    crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
      'verify',
    ]),
  );
}

/** Sortable by issue time, unique by its random tail. */
export function newAttemptId(now: number): string {
  const random = crypto.getRandomValues(new Uint8Array(8));
  const tail = Array.from(random, (b) => b.toString(16).padStart(2, '0')).join('');
  return now.toString(36).padStart(ID_TIME_CHARS, '0') + tail;
}

export function attemptIssuedAt(id: string): number {
  return Number.parseInt(id.slice(0, ID_TIME_CHARS), 36);
}

/** A token without a group signs exactly what it signed before groups existed. */
const signedText = (quizId: string, id: string, exp: number, quizVersion: string | null, group?: string) =>
  quizVersion === null
    ? `${LEGACY_VERSION}|${quizId}|${id}|${exp}`
    : `${VERSION}|${quizId}|${id}|${exp}|${quizVersion}${group ? `|${group}` : ''}`;

/** `group`, when given, must be a checked, normalized join code: it is signed into the token as is. */
export async function issueAttempt(
  secret: string,
  quizId: string,
  now: number,
  ttlSeconds: number,
  quizVersion: string,
  group?: string,
): Promise<{ token: string; attempt: Attempt }> {
  const id = newAttemptId(now);
  const exp = Math.floor(now / 1000) + ttlSeconds;
  const text = signedText(quizId, id, exp, quizVersion, group);
  const sig = await crypto.subtle.sign('HMAC', await hmacKey(secret), encoder.encode(text));
  return {
    token: `${VERSION}.${id}.${exp}.${quizVersion}.${group ? `${group}.` : ''}${toBase64Url(sig)}`,
    attempt: { id, quizId, issuedAt: now, expiresAt: exp * 1000, quizVersion, ...(group ? { group } : {}) },
  };
}

/** How far ahead of this clock a token's issue time may be: clocks of different machines disagree a little. */
const CLOCK_TOLERANCE_MS = 15 * 60_000;

/**
 * Rejects forged, tampered and other-quiz tokens (422) and expired ones (410). A token is one exact
 * string: the signature and `exp` must be exactly as issued (no padding-bit or leading-zero variants),
 * and the lifetime it claims may not pass MAX_ATTEMPT_TTL_SECONDS, which the rollup waits out.
 */
export async function verifyAttempt(secret: string, quizId: string, token: unknown, now: number): Promise<Attempt> {
  if (typeof token !== 'string' || token.length > 200) invalidAttempt();
  const parts = token.split('.');
  const legacy = parts[0] === LEGACY_VERSION;
  if (parts[0] !== VERSION && !legacy) invalidAttempt();
  // a2.id.exp.version.sig, or a2.id.exp.version.group.sig for a take in a class group; a1.id.exp.sig
  const [, id, expText, ...rest] = parts;
  const quizVersion: string | null = legacy ? null : (rest.shift() ?? null);
  const [group, sigText, extra]: (string | undefined)[] = rest.length === 1 ? [undefined, ...rest] : rest;
  if (extra !== undefined || !id || !expText || !sigText) invalidAttempt();
  if (!/^[0-9a-z]{9}[0-9a-f]{16}$/.test(id) || !/^\d{1,12}$/.test(expText)) invalidAttempt();
  if (quizVersion !== null && !VERSION_PATTERN.test(quizVersion)) invalidAttempt();
  if (group !== undefined && (legacy || !/^[0-9A-Z]{1,12}$/.test(group))) invalidAttempt();
  const sig = fromBase64Url(sigText);
  if (!sig || toBase64Url(sig.buffer) !== sigText) invalidAttempt();
  const exp = Number(expText);
  if (String(exp) !== expText) invalidAttempt();
  const key = await hmacKey(secret);
  const text = signedText(quizId, id, exp, quizVersion, group);
  if (!(await crypto.subtle.verify('HMAC', key, sig, encoder.encode(text)))) invalidAttempt();
  const issuedAt = attemptIssuedAt(id);
  const lifetime = exp * 1000 - issuedAt;
  if (lifetime <= 0 || lifetime > MAX_ATTEMPT_TTL_SECONDS * 1000 || issuedAt > now + CLOCK_TOLERANCE_MS) {
    invalidAttempt();
  }
  if (now >= exp * 1000) fail(410, 'attempt_expired', 'This attempt has expired. Start the quiz again.');
  return { id, quizId, issuedAt, expiresAt: exp * 1000, quizVersion, ...(group ? { group } : {}) };
}

function invalidAttempt(): never {
  fail(422, 'attempt_invalid', 'This attempt token is not valid for this quiz. Start the quiz again.');
}
