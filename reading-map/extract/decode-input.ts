// Turns what the author gave (bytes or a string) into text, or says clearly why it is not text.

import type { ArticleError } from '../../contract/article.ts';

export type Decoded = { ok: true; text: string } | { ok: false; error: ArticleError };

const SIGNATURES: [string, number[]][] = [
  ['a PDF', [0x25, 0x50, 0x44, 0x46]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a ZIP archive or Office document', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
];

const binary = (what: string): Decoded => ({
  ok: false,
  error: {
    code: 'binary',
    message: `This looks like ${what}, not text or a web page. Save the article as HTML ("Save page as…") or paste its text.`,
  },
});

export function decodeInput(input: string | Uint8Array): Decoded {
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    for (const [what, magic] of SIGNATURES) if (magic.every((b, i) => input[i] === b)) return binary(what);
    if (input.subarray(0, 8192).includes(0)) return binary('a binary file');
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return binary('a file that is not UTF-8 text');
    }
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    return {
      ok: false,
      error: { code: 'empty', message: 'The article is empty: paste its text or a saved web page.' },
    };
  }
  const sample = text.slice(0, 20_000);
  if (sample.includes('\u0000')) return binary('a binary file');
  let odd = 0;
  for (let i = 0; i < sample.length; i++) if (isOddCode(sample.charCodeAt(i))) odd++;
  if (odd > sample.length * 0.01) return binary('a binary file or text in an unreadable encoding');
  return { ok: true, text };
}

/** Control characters that text never holds (tab, newlines and form feed aside), and the replacement character. */
function isOddCode(code: number): boolean {
  return (code >= 0x01 && code <= 0x08) || code === 0x0b || (code >= 0x0e && code <= 0x1f) || code === 0xfffd;
}
