// Every explanation reaches every reader (issue 20 §4): after checking, "why not the others" opens the rest.

import { expect, it } from 'vitest';
import { mountTest } from './harness.ts';

it('explains the right answer and the reader’s own under each, and keeps the others one disclosure away', async () => {
  const w = await mountTest();
  await w.press('Start the quiz');
  await w.pick('That troops entered');
  await w.press('Check answer');
  const label = (id: string) => w.root.querySelector(`input[value="${id}"]`)?.closest('label');
  expect(label('a')?.textContent).toContain('Why a');
  expect(label('b')?.textContent).toContain('Why b');
  const others = w.root.querySelector('.fb details.others');
  expect(others).not.toBeNull();
  expect(others?.hasAttribute('open')).toBe(false);
  expect(others?.querySelector('summary')?.textContent).toBe('Why not the other answers');
  expect([...(others?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual(['Nothing at all Why c']);
});

it('says it in the reader’s language, and leaves it out when every choice is already explained', async () => {
  const es = await mountTest({ overrides: { lang: 'es' } });
  await es.press('Empezar el quiz');
  await es.pick('Nada');
  await es.press('Revisar respuesta');
  expect(es.root.querySelector('.others summary')?.textContent).toBe('Por qué no las otras respuestas');
  expect([...es.root.querySelectorAll('.others li')].map((li) => li.textContent)).toEqual([
    'Que entraron tropas Por qué b',
  ]);

  const w = await mountTest();
  await w.press('Start the quiz');
  await w.answer(['That troops entered'], ['Search the author'], ['False']);
  // A true-or-false question answered wrongly: both choices are explained in place.
  expect(w.root.querySelector('.count')?.textContent).toBe('Question 3 of 3');
  expect(w.root.querySelector('.others')).toBeNull();
});
