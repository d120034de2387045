// Spanish articles: sentences that keep "80.000" whole, dates through chrono-node (relative ones kept as words) and a timeline.

import { expect, it } from 'vitest';
import { extractArticle, mapArticle } from '../../reading-map/index.ts';
import { sentencesOf } from '../../reading-map/signals/spanish.ts';

const ARTICLE = [
  'El ayuntamiento revisará el plan de tráfico',
  '',
  'El Ayuntamiento de Valdeluna anunció la semana pasada que revisará el plan de tráfico del centro, aprobado en 2014 por el anterior equipo de gobierno.',
  '',
  'El plan afecta a 80.000 vecinos y a unos 3.500 comercios, según el último censo municipal, que se publicó el 5 de enero de 2024 en la web del ayuntamiento.',
  '',
  'La alcaldesa, Rosa Medina, explicó en el pleno que la revisión estará lista antes de 2026 y que los vecinos podrán presentar alegaciones durante dos meses.',
  '',
  'Los comerciantes de la calle Mayor llevan tiempo pidiendo cambios, y la asociación que los agrupa presentó sus propuestas por escrito a todos los grupos municipales para que las estudien antes del próximo pleno.',
].join('\n');

async function article() {
  const r = await extractArticle(ARTICLE, { format: 'text' });
  if (!r.ok) throw new Error(r.error.message);
  expect(r.article.lang).toBe('es');
  return r.article;
}

it('keeps a figure written with a thousands point inside one sentence', () => {
  const s = sentencesOf('El plan afecta a 80.000 vecinos y a 3.500 comercios. Otra frase.');
  expect(s.map((x) => x.text)).toEqual(['El plan afecta a 80.000 vecinos y a 3.500 comercios.', 'Otra frase.']);
});

it('does not end a sentence after an abbreviation or an initial, and never runs across a line break', () => {
  const text =
    'El Sr. García viajó a EE. UU. con J. R. Medina.\nTitular sin punto\nLa Dra. Ruiz lo citó (art. 14). ¿Y ahora?';
  expect(sentencesOf(text).map((x) => x.text)).toEqual([
    'El Sr. García viajó a EE. UU. con J. R. Medina.',
    'Titular sin punto',
    'La Dra. Ruiz lo citó (art. 14).',
    '¿Y ahora?',
  ]);
  for (const s of sentencesOf(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
});

it('marks "la semana pasada" as a relative date and "5 de enero de 2024" as an absolute one', async () => {
  const a = await article();
  const dates = mapArticle(a).marks.filter((m) => m.kind === 'date');
  const at = (words: string) => dates.find((m) => a.text.slice(m.cue.start, m.cue.end) === words);
  expect(at('la semana pasada')?.reason.es).toMatch(/^Fecha relativa/);
  expect(at('5 de enero de 2024')?.reason.es).toMatch(/^Fechado/);
});

it('builds a timeline in Spanish: written dates as ISO, relative ones as words only', async () => {
  const { timeline } = mapArticle(await article());
  expect(timeline.find((e) => e.text === '5 de enero de 2024')?.date).toBe('2024-01-05');
  expect(timeline.find((e) => e.text === '2014')?.date).toBe('2014');
  const relative = timeline.find((e) => e.text === 'la semana pasada');
  expect(relative?.relative).toBe(true);
  expect(relative?.date).toBeUndefined();
  // Time order: 2014 before 2024.
  const order = timeline.filter((e) => e.date).map((e) => e.date);
  expect(order).toEqual([...order].sort());
});

/** Marks of one kind on a Spanish article (headline first) and the words each one points at. */
async function cues(text: string, kind: string): Promise<string[]> {
  const r = await extractArticle(text, { format: 'text' });
  if (!r.ok) throw new Error(r.error.message);
  expect(r.article.lang).toBe('es');
  return mapArticle(r.article)
    .marks.filter((m) => m.kind === kind)
    .map((m) => r.article.text.slice(m.cue.start, m.cue.end));
}
const HEAD = 'El ayuntamiento y el plan de tráfico del centro\n\n';

it('reads speech verbs that end in an accented letter ("negó", "según"), which \\b never matched', async () => {
  const text = `${HEAD}El Ayuntamiento de Valdeluna negó el martes que vaya a cerrar la biblioteca municipal del barrio.`;
  expect(await cues(text, 'attribution')).toContain('negó');
});

it('marks opinion in the author’s voice, not in a reported sentence', async () => {
  const own = `${HEAD}Creo que el plan de tráfico es una pérdida de tiempo para todos los vecinos del barrio.`;
  expect(await cues(own, 'opinion')).toEqual(['Creo que']);
  const reported = `${HEAD}La alcaldesa dijo que el plan de tráfico es una pérdida de tiempo para todos los vecinos del barrio.`;
  expect(await cues(reported, 'opinion')).toEqual([]);
});

it('asks for the source of "9 de cada 10" and "14 millones", not of a figure "según el INE"', async () => {
  const text = `${HEAD}Nueve de cada 10 médicos lo recomiendan a sus pacientes. El vídeo se vio 14 millones de veces en una semana. El plan afecta a 80.000 vecinos y al 12 % de los comercios, según el INE.`;
  expect(await cues(text, 'unsourced-number')).toEqual(['Nueve de cada 10', '14 millones']);
});

it('names the speaker of a Spanish quote and skips quoted titles', async () => {
  const text = `${HEAD}El ayuntamiento presentó el programa «Ciudad Viva» el lunes por la tarde. «No vamos a cerrar nada», dijo Rosa Medina en el pleno municipal.`;
  const r = await extractArticle(text, { format: 'text' });
  if (!r.ok) throw new Error(r.error.message);
  const quotes = mapArticle(r.article).marks.filter((m) => m.kind === 'quote');
  expect(quotes.map((m) => m.speaker)).toEqual(['Rosa Medina']);
});

it('marks a headline decision the body says is still open', async () => {
  const text =
    'El ayuntamiento elimina el carril bici de la calle Mayor\n\nLa comisión de tráfico estudiará el martes una propuesta para revisar el carril bici de la calle Mayor.';
  expect(await cues(text, 'headline-mismatch')).toEqual(['elimina']);
});
