// `node bench/spanish-split-eval.ts`: Spanish sentence splitters on cases written for issue 21 (abbreviations, numbers,
// initials, ¿…?, «…»): right answers and CPU per 1,000 words; writes bench/spanish-split-eval.json.

import { writeFileSync } from 'node:fs';
import { segment } from 'sentencex';
import { ParseLatin } from 'parse-latin';
import { sentencesOf } from '../reading-map/signals/spanish.ts';
/** The splitter before issue 21: punctuation and line breaks, a full stop inside a number kept. */
const formerRegex = (text: string) =>
  [...text.matchAll(/(?:[^\n.!?]|[.!?](?![\s"»”)]|$))+(?:[.!?]+["»”)]?|$)/gm)]
    .map((m) => m[0].trim())
    .filter((t) => t.length > 1);

// Each case: a text and the sentences a careful reader would cut it into.
const CASES: [string, string[]][] = [
  ['El plan afecta a 80.000 vecinos. Otra frase.', ['El plan afecta a 80.000 vecinos.', 'Otra frase.']],
  ['La tasa subió al 3,5 %. Es mucho.', ['La tasa subió al 3,5 %.', 'Es mucho.']],
  ['El Sr. García llegó tarde. La Dra. Ruiz no.', ['El Sr. García llegó tarde.', 'La Dra. Ruiz no.']],
  ['Viajó a EE. UU. en 2019. Volvió en 2020.', ['Viajó a EE. UU. en 2019.', 'Volvió en 2020.']],
  ['¿Quién lo pagará? Nadie lo sabe.', ['¿Quién lo pagará?', 'Nadie lo sabe.']],
  ['¡Basta ya! Dijo el vecino.', ['¡Basta ya!', 'Dijo el vecino.']],
  ['«No vamos a cerrar.» Eso dijo.', ['«No vamos a cerrar.»', 'Eso dijo.']],
  ['Compró pan, leche, etc. y se fue. Luego volvió.', ['Compró pan, leche, etc. y se fue.', 'Luego volvió.']],
  ['Lo firmó J. R. Medina ayer. Hoy no.', ['Lo firmó J. R. Medina ayer.', 'Hoy no.']],
  ['Esperó... y nada. Se fue.', ['Esperó... y nada.', 'Se fue.']],
  ['Está en la pág. 12 del informe. Léelo.', ['Está en la pág. 12 del informe.', 'Léelo.']],
  ['Llegó a las 10.30 h. Después habló.', ['Llegó a las 10.30 h.', 'Después habló.']],
  ['Visite www.valdeluna.es para más datos. Gracias.', ['Visite www.valdeluna.es para más datos.', 'Gracias.']],
  ['El art. 14 de la ley lo prohíbe. Así es.', ['El art. 14 de la ley lo prohíbe.', 'Así es.']],
  [
    'Lo dijo el Prof. Gómez (Univ. de Sevilla). Nadie respondió.',
    ['Lo dijo el Prof. Gómez (Univ. de Sevilla).', 'Nadie respondió.'],
  ],
];
const seg = new Intl.Segmenter('es', { granularity: 'sentence' });
const pl = new ParseLatin();
/** An nlcst node as parse-latin returns it: text in leaves, children elsewhere. */
type Node = { type: string; value?: string; children?: Node[] };
const textOf = (n: Node): string => n.value ?? (n.children ?? []).map(textOf).join('');
const splitters: Record<string, (t: string) => string[]> = {
  'former regex': formerRegex,
  'sentencesOf (Intl.Segmenter + abbreviations)': (t) => sentencesOf(t).map((s) => s.text),
  sentencex: (t) =>
    segment('es', t)
      .map((s: string) => s.trim())
      .filter(Boolean),
  'Intl.Segmenter': (t) => [...seg.segment(t)].map((s) => s.segment.trim()).filter(Boolean),
  'parse-latin': (t) =>
    (pl.parse(t) as Node).children!.flatMap((p) =>
      (p.children ?? []).filter((c) => c.type === 'SentenceNode').map((c) => textOf(c).trim()),
    ),
};
const results: Record<string, { right: number; cases: number; cpuMsPer1000Words: number }> = {};
const big = CASES.map((c) => c[0])
  .join(' ')
  .repeat(60);
for (const [name, f] of Object.entries(splitters)) {
  const right = CASES.filter(([t, want]) => JSON.stringify(f(t)) === JSON.stringify(want));
  const wrong = CASES.filter((c) => !right.includes(c)).map(([t]) => JSON.stringify(f(t)));
  f(big);
  const c = process.cpuUsage();
  for (let i = 0; i < 5; i++) f(big);
  const u = process.cpuUsage(c);
  const words = big.split(/\s+/).length;
  console.log(
    `${name}: ${right.length}/${CASES.length} right; ${(((u.user + u.system) / 1000 / 5 / words) * 1000).toFixed(2)} ms CPU per 1,000 words`,
  );
  for (const w of wrong) console.log('    ', w);
}
writeFileSync(
  new URL('spanish-split-eval.json', import.meta.url),
  `${JSON.stringify({ date: new Date().toISOString(), note: 'sentencex is a native (Rust/napi) module: it cannot run in a Worker or a browser, where the map runs.', results }, null, 2)}\n`,
);
