// Spanish readers get natural Mexican Spanish, numbers and plurals through Intl, and the article quote marked as such.

import { afterEach, describe, expect, it } from 'vitest';
import { fill, formatPercent, plural } from '../../widget/shared/format.ts';
import { coreStrings, laterStrings } from '../../widget/shared/strings.ts';
import { fakeApi } from './fake-api.ts';
import { mountTest } from './harness.ts';

afterEach(() => document.body.replaceChildren());

describe('in Spanish', () => {
  it('sets lang and dir on the widget root and speaks Spanish from the first screen', async () => {
    const w = await mountTest({ overrides: { lang: 'es' } });
    const root = w.root.querySelector('.lt');
    expect(root?.getAttribute('lang')).toBe('es');
    expect(root?.getAttribute('dir')).toBe('ltr');
    expect(w.api.callsTo('quiz')[0]?.url).toContain('lang=es');
    expect(w.root.querySelector('.meta')?.textContent).toBe('3 preguntas · alrededor de 2 minutos');
    expect(w.text()).toContain('Basado en');
    await w.press('Empezar el quiz');
    expect(w.root.querySelector('.count')?.textContent).toBe('Pregunta 1 de 3');
    expect(w.text()).toContain('Elige una respuesta.');
  });

  it('says when the facts were checked in Spanish around the day the Worker wrote out', async () => {
    const w = await mountTest({
      overrides: { lang: 'es' },
      api: fakeApi({ extras: { checkedAt: '2026-11-24', checkedOn: '24 de noviembre de 2026' } }),
    });
    expect(w.root.querySelector('.meta')?.textContent).toBe(
      '3 preguntas · alrededor de 2 minutosDatos verificados el 24 de noviembre de 2026',
    );
  });

  it('checks answers in Spanish and shows the quote with its translation, marked "Traducción"', async () => {
    const w = await mountTest({ overrides: { lang: 'es' } });
    await w.press('Empezar el quiz');
    await w.pick('Que entraron tropas');
    await w.press('Revisar respuesta');
    expect(w.api.callsTo('check')[0]?.url).toContain('lang=es');
    expect(w.root.querySelector('.verdict')?.textContent).toBe('No exactamente');
    expect(w.text()).toContain('Tu respuesta: incorrecta');
    expect(w.text()).toContain('Respuesta correcta');
    const [original, translation] = [...w.root.querySelectorAll('blockquote')];
    expect(original?.textContent).toBe('Trump said Mexico had agreed.');
    expect(original?.getAttribute('lang')).toBe('en');
    expect(w.root.querySelector('.tr-label')?.textContent).toBe('Traducción');
    expect(translation?.textContent).toBe('Trump dijo que México había aceptado.');
    expect(w.root.querySelector('.skill')?.textContent).toBe('Habilidad que practicaste: Comprensión de lectura');
    expect(w.button('Siguiente pregunta')).toBeTruthy();
  });

  it('sends the Spanish language with the submission and shows the end in Spanish', async () => {
    const w = await mountTest({ overrides: { lang: 'es' } });
    await w.press('Empezar el quiz');
    for (const [i, choice] of ['Que entraron tropas', 'Buscar a la autora', 'Verdadero'].entries()) {
      await w.pick(choice);
      await w.press('Revisar respuesta');
      await w.press(i < 2 ? 'Siguiente pregunta' : 'Ver mi resultado');
    }
    expect(w.api.callsTo('submit')[0]?.body).toMatchObject({ lang: 'es' });
    expect(w.root.querySelector('.end h2')?.textContent).toBe('1 de 3');
    expect(w.text()).toContain('Te fue igual o mejor que al 60% de quienes lo hicieron.');
    expect(w.root.querySelector('.histo figcaption')?.textContent).toBe('Resultados de 20 personas');
    expect(w.button('Hacerlo de nuevo')).toBeTruthy();
    expect(w.button('Compartir')).toBeTruthy();
  });

  it('does not show an English translation to English readers', async () => {
    const w = await mountTest();
    await w.press('Start the quiz');
    await w.answer(['That troops entered']);
    expect(w.root.querySelectorAll('blockquote')).toHaveLength(1);
    expect(w.root.querySelector('.tr-label')).toBeNull();
  });
});

describe('formatting', () => {
  it('chooses singular and plural forms by Intl.PluralRules', () => {
    expect(plural('en', 1, coreStrings.en.questions)).toBe('1 question');
    expect(plural('en', 12, coreStrings.en.questions)).toBe('12 questions');
    expect(plural('es', 1, coreStrings.es.questions)).toBe('1 pregunta');
    expect(plural('es', 16, coreStrings.es.minutes)).toBe('alrededor de 16 minutos');
    expect(plural('es', 1, laterStrings.es.takes)).toBe('Resultados de 1 persona');
    expect(plural('en', 1200, laterStrings.en.takes)).toBe('Scores of 1,200 readers');
  });

  it('formats percentages for each language and fills placeholders as plain text', () => {
    expect(formatPercent('en', 72)).toBe('72%');
    expect(formatPercent('es', 72)).toBe(new Intl.NumberFormat('es-MX', { style: 'percent' }).format(0.72));
    expect(fill('{a} of {b} {c}', { a: '<b>1</b>', b: 2 })).toBe('<b>1</b> of 2 {c}');
  });

  it('has every string in both languages', () => {
    for (const group of [coreStrings, laterStrings]) {
      expect(Object.keys(group.es).sort()).toEqual(Object.keys(group.en).sort());
      for (const [key, value] of Object.entries(group.es)) {
        expect(value, key).not.toEqual(group.en[key as keyof typeof group.en]);
      }
    }
  });
});
