// Small text helpers the patterns share: quoting the article inside a prompt, and a stable fingerprint.

import type { Localized } from '../contract/quiz.ts';

/** The same words in both languages: names, dates and figures are quoted from the article as written. */
export const both = (text: string): Localized => ({ en: text, es: text });

/** The article's words cut to about `max` characters at a word boundary, with an ellipsis where cut. */
export function clip(text: string, max = 150): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max * 0.6 ? space : max).replace(/[\s,;:.—–-]+$/, '')}…`;
}

/** Quotation marks around article words inside a prompt; the article's own quotation marks become single ones. */
export function quoted(text: string, max?: number): string {
  let open = false;
  const inner = clip(text, max).replace(/["“”]/g, (mark) => {
    open = mark === '“' ? true : mark === '”' ? false : !open;
    return open ? '‘' : '’';
  });
  return `“${inner}”`;
}

/** A short, stable hash of any JSON value (FNV-1a, 32 bits): enough to tell an edited question from the drafted one. */
export function fingerprint(value: unknown): string {
  const text = JSON.stringify(value);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** Where a value sits in a sequence of `n`, stable for the same seed: the key's position among the choices. */
export function slot(seed: string, n: number): number {
  return Number.parseInt(fingerprint(seed), 36) % n;
}
