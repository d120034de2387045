// Raw, gzip (level 9) and brotli (quality 11) sizes of a file, as a CDN would serve it compressed.

import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type Sized = { raw: number; gzip: number; brotli: number };

export function sized(data: Buffer | string): Sized {
  return {
    raw: Buffer.byteLength(data),
    gzip: gzipSync(data, { level: 9 }).byteLength,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength,
  };
}

export const sumSized = (items: Sized[]): Sized =>
  items.reduce((t, s) => ({ raw: t.raw + s.raw, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
