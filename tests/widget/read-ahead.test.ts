// The lazy chunk is read ahead only for a widget the reader is near or reaches for, never before question 1 (issue 26).

import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi } from './fake-api.ts';
import { mountTest, settle } from './harness.ts';
import { farBelow, scrollToWidgets } from './viewport.ts';

afterEach(() => document.body.replaceChildren());

const chunkRequests = (w: Awaited<ReturnType<typeof mountTest>>) => w.loader.requested.filter((n) => n === 'later');

describe('reading the lazy chunk ahead', () => {
  it('fetches it once question 1 is usable, for a widget in view', async () => {
    const w = await mountTest();
    expect(w.root.querySelector('.start button')).not.toBeNull();
    expect(chunkRequests(w)).toEqual(['later']);
  });

  it('never fetches it before question 1 is usable', async () => {
    const api = fakeApi();
    const release = api.hold('quiz');
    const w = await mountTest({ api });
    expect(chunkRequests(w)).toEqual([]);
    release();
    await settle();
    expect(chunkRequests(w)).toEqual(['later']);
  });

  it('leaves it alone for a widget far below the viewport, until the reader scrolls near', async () => {
    farBelow();
    const w = await mountTest();
    expect(w.root.querySelector('.start button')).not.toBeNull();
    expect(chunkRequests(w)).toEqual([]);
    scrollToWidgets();
    await settle();
    expect(chunkRequests(w)).toEqual(['later']);
  });

  it('fetches it on the first sign of intent (pointer or focus on the widget), once', async () => {
    farBelow();
    const w = await mountTest();
    w.root
      .querySelector<HTMLButtonElement>('.start button')
      ?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    w.root
      .querySelector<HTMLButtonElement>('.start button')
      ?.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await settle();
    expect(chunkRequests(w)).toEqual(['later']);
  });

  it('still gets it at Start for a reader who never came near it any other way', async () => {
    farBelow();
    const w = await mountTest();
    await w.press('Start the quiz');
    expect(chunkRequests(w)).toEqual(['later']);
    expect(w.root.querySelector('.count')?.textContent).toBe('Question 1 of 3');
  });
});
