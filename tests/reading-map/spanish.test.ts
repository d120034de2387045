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
