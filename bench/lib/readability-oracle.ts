// Extraction oracle: our extractor against Readability's own expected output on its test pages (a local checkout, never committed).

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../reading-map/index.ts';

export type OracleResult = {
  pages: number;
  accepted: number;
  /** Accepted pages whose article has more than 1.3x the expected words. */
  overWords: string[];
  /** Accepted pages that keep fewer than 95 % of the expected sentences. */
  lostSentences: string[];
};

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
const flat = (t: string) => t.replace(/\s+/g, ' ').trim();

/** Runs over `<dir>/test/test-pages/<name>/{source,expected}.html`. */
export async function readabilityOracle(dir: string): Promise<OracleResult> {
  const root = `${dir.replace(/\/$/, '')}/test/test-pages/`;
  const out: OracleResult = { pages: 0, accepted: 0, overWords: [], lostSentences: [] };
  for (const name of readdirSync(root).sort()) {
    const source = `${root}${name}/source.html`;
    const expected = `${root}${name}/expected.html`;
    if (!existsSync(source) || !existsSync(expected)) continue;
    out.pages++;
    const r = await extractArticle(readFileSync(source, 'utf8'), { format: 'html' });
    if (!r.ok) continue;
    out.accepted++;
    const want = flat(
      parseHTML(`<html><body>${readFileSync(expected, 'utf8')}</body></html>`).document.body.textContent ?? '',
    );
    const got = flat(r.article.text);
    if (words(got) > 1.3 * words(want)) out.overWords.push(name);
    const sentences = want.split(/(?<=[.!?])\s+/).filter((s) => words(s) >= 4);
    const kept = sentences.filter((s) => got.includes(s)).length;
    if (sentences.length > 0 && kept / sentences.length < 0.95) out.lostSentences.push(name);
  }
  return out;
}
