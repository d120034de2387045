// Shuffled choices (issue 20 §3): each take shows its own order, the same for the whole take, and a question may keep its order.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { choiceOrder, shownChoices } from '../../contract/choice-order.ts';
import type { ChunkName } from '../../widget/core/load-chunk.ts';
import { laterChunk } from '../../widget/later/later-chunk.ts';
import { quizFixture } from './fake-api.ts';
import { fakeLoader, mountTest, settle } from './harness.ts';

const ids = (list: readonly { id: string }[]) => list.map((c) => c.id).join('');
const FOUR = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
/** 300 take keys, the way the widget draws them, but fixed so the test reads the same every run. */
const KEYS = Array.from({ length: 300 }, (_, i) => (i * 2654435761).toString(16).padStart(8, '0').slice(-8));

describe('choiceOrder', () => {
  it('gives the same take the same order, every time, whatever order the choices arrive in', () => {
    const order = ids(choiceOrder(FOUR, 'a1b2c3d4', 'q1'));
    expect(ids(choiceOrder(FOUR, 'a1b2c3d4', 'q1'))).toBe(order);
    expect(ids(choiceOrder([...FOUR].reverse(), 'a1b2c3d4', 'q1'))).toBe(order);
    expect([...order].sort().join('')).toBe('abcd');
  });

  it('gives different takes different orders, and the questions of one take different orders', () => {
    expect(new Set(KEYS.map((key) => ids(choiceOrder(FOUR, key, 'q1')))).size).toBe(24);
    expect(
      new Set(['q1', 'q2', 'q3', 'q4', 'q5'].map((q) => ids(choiceOrder(FOUR, 'a1b2c3d4', q)))).size,
    ).toBeGreaterThan(1);
  });

  it('puts each choice first about as often as any other, so "pick the first" scores at chance', () => {
    const first = new Map<string, number>();
    for (const key of KEYS) {
      const id = choiceOrder(FOUR, key, 'q1')[0]?.id ?? '';
      first.set(id, (first.get(id) ?? 0) + 1);
    }
    for (const id of ['a', 'b', 'c', 'd']) expect(first.get(id) ?? 0).toBeGreaterThan(300 * 0.25 * 0.7);
  });

  it('leaves a question that keeps its order (a scale, True / False) as written', () => {
    const scale = { id: 'q1', fixedOrder: true, choices: [{ id: 'c' }, { id: 'a' }, { id: 'b' }] };
    for (const key of KEYS.slice(0, 20)) expect(ids(shownChoices(scale, key))).toBe('cab');
  });
});

describe('the widget', () => {
  afterEach(() => vi.restoreAllMocks());

  /** The choice ids of the question on screen, in the order shown. */
  const shown = (root: ShadowRoot) =>
    [...root.querySelectorAll<HTMLInputElement>('fieldset.choices input')].map((i) => i.value).join('');
  const [q1 = { id: 'q1', choices: [] }] = quizFixture('en').questions;
  /** The order a take shows question 1 in: the widget's seed (Math.random at 0.25 gives "40000000") and the take. */
  const takeOrder = (take: number) =>
    ids(choiceOrder(q1.choices, `40000000${take.toString(16).padStart(8, '0')}`, 'q1'));

  it("shows question 1 in the take's order from the first frame, and keeps it when checked and the rest arrives", async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.25);
    const w = await mountTest();
    await w.press('Start the quiz');
    expect(shown(w.root)).toBe(takeOrder(1));
    expect(shown(w.root)).not.toBe(ids(q1.choices));
    await w.pick('That troops entered');
    await w.press('Check answer');
    expect(shown(w.root)).toBe(takeOrder(1));
  });

  it('gives a retake its own order', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.25);
    const w = await mountTest();
    await w.press('Start the quiz');
    const first = shown(w.root);
    await w.answer(['That troops entered'], ['Search the author'], ['True']);
    await w.press('See my score');
    await w.press('Retake the quiz');
    expect([first, shown(w.root)]).toEqual([takeOrder(1), takeOrder(2)]);
    expect(takeOrder(1)).not.toBe(takeOrder(2));
  });

  it('leaves a take started before the lazy chunk arrived in the order served, so nothing moves on screen', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.25);
    let arrive = () => {};
    const loader = fakeLoader();
    const slow = Object.assign(
      (name: ChunkName) =>
        name === 'later' ? new Promise<unknown>((resolve) => (arrive = () => resolve(laterChunk))) : loader(name),
      { requested: loader.requested },
    ) as unknown as ReturnType<typeof fakeLoader>;
    const w = await mountTest({ loader: slow });
    await w.press('Start the quiz');
    expect(shown(w.root)).toBe(ids(q1.choices));
    arrive();
    await settle();
    expect(shown(w.root)).toBe(ids(q1.choices));
    await w.answer(['That troops entered'], ['Search the author'], ['True']);
    await w.press('See my score');
    await w.press('Retake the quiz');
    expect(shown(w.root)).toBe(takeOrder(2));
  });
});
