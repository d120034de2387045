// Signed attempt tokens: issued without storage, verified with HMAC, carrying a time-ordered attempt id.

import { fail } from './errors.ts';

const VERSION = 'a1';
const ID_TIME_CHARS = 9; // base36 milliseconds, good until the year 5188

export type Attempt = {
  id: string;
  quizId: string;
  issuedAt: number;
  expiresAt: number;
  /** The class group's join code, checked when the attempt was issued. */
  group?: string;
};

const encoder = new TextEncoder();
const keys = new Map<string, Promise<CryptoKey>>();

function hmacKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
      'verify',
    ]);
    keys.set(secret, key);
  }
  return key;
}

function toBase64Url(bytes: ArrayBuffer): string {
  let s = '';
  for (const b of new Uint8Array(bytes)) s += String.fromCharCode(b);
  return btoa(s).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  try {
    const bin = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    return Uint8Array.from(bin, (ch) => ch.charCodeAt(0));
  } catch {
    return null;
  }
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

/** A token without a group signs exactly what tokens signed before groups existed, so those stay valid. */
const signedText = (quizId: string, id: string, exp: number, group?: string) =>
  `${VERSION}|${quizId}|${id}|${exp}${group ? `|${group}` : ''}`;

/** `group` must be a checked, normalized join code: it is signed into the token as is. */
export async function issueAttempt(
  secret: string,
  quizId: string,
  now: number,
  ttlSeconds: number,
  group?: string,
): Promise<{ token: string; attempt: Attempt }> {
  const id = newAttemptId(now);
  const exp = Math.floor(now / 1000) + ttlSeconds;
  const sig = await crypto.subtle.sign(
    'HMAC',
    await hmacKey(secret),
    encoder.encode(signedText(quizId, id, exp, group)),
  );
  return {
    token: `${VERSION}.${id}.${exp}.${group ? `${group}.` : ''}${toBase64Url(sig)}`,
    attempt: { id, quizId, issuedAt: now, expiresAt: exp * 1000, ...(group ? { group } : {}) },
  };
}

/** Rejects forged, tampered and other-quiz tokens (422) and expired ones (410). */
export async function verifyAttempt(secret: string, quizId: string, token: unknown, now: number): Promise<Attempt> {
  if (typeof token !== 'string' || token.length > 200) invalidAttempt();
  const parts = token.split('.');
  // version.id.exp.sig, or version.id.exp.group.sig for a take in a class group
  const [version, id, expText] = parts;
  const group = parts.length === 5 ? parts[3] : undefined;
  const sigText = parts.length === 5 ? parts[4] : parts[3];
  if (version !== VERSION || parts.length < 4 || parts.length > 5 || !id || !expText || !sigText) invalidAttempt();
  if (!/^[0-9a-z]{9}[0-9a-f]{16}$/.test(id) || !/^\d{1,12}$/.test(expText)) invalidAttempt();
  if (group !== undefined && !/^[0-9A-Z]{1,12}$/.test(group)) invalidAttempt();
  const sig = fromBase64Url(sigText);
  if (!sig) invalidAttempt();
  const exp = Number(expText);
  const key = await hmacKey(secret);
  if (!(await crypto.subtle.verify('HMAC', key, sig, encoder.encode(signedText(quizId, id, exp, group))))) {
    invalidAttempt();
  }
  if (now >= exp * 1000) fail(410, 'attempt_expired', 'This attempt has expired. Start the quiz again.');
  return { id, quizId, issuedAt: attemptIssuedAt(id), expiresAt: exp * 1000, ...(group ? { group } : {}) };
}

function invalidAttempt(): never {
  fail(422, 'attempt_invalid', 'This attempt token is not valid for this quiz. Start the quiz again.');
}
