// Every screen a reader meets, in order: loading, start, questions, feedback, the end with and without the crowd.

import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi } from './fake-api.ts';
import { SKELETON_AFTER_MS } from '../../widget/core/effects.ts';
import { mountTest, settle } from './harness.ts';

afterEach(() => document.body.replaceChildren());

describe('loading and start', () => {
  it('shows a skeleton of the start screen, announced as loading, once the quiz is slow to come', async () => {
    const api = fakeApi();
    let release = () => {};
    const slow: typeof fetch = (input, init) =>
      new Promise((resolve) => {
        release = () => resolve(api.fetch(input, init));
      });
    const w = await mountTest({ api: { ...api, fetch: slow } });
    expect(w.root.querySelector('.sk')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, SKELETON_AFTER_MS + 20));
    const skeleton = w.root.querySelector('.sk');
    expect(skeleton?.getAttribute('aria-busy')).toBe('true');
    expect(skeleton?.querySelectorAll('.bone').length).toBeGreaterThan(5);
    expect(w.root.querySelector('[role="status"]')?.textContent).toBe('Loading the quiz…');
    release();
    await settle();
    expect(w.root.querySelector('.sk')).toBeNull();
    expect(w.root.querySelector('h2')?.textContent).toBe('Reading a claim');
  });

  it('never draws the skeleton when question 1 is already there (embed.js or a preload asked first)', async () => {
    // Watch every shadow root from its creation, so a skeleton drawn and removed within the mount still shows.
    const skeletons: Element[] = [];
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
      const root = attach.call(this, init);
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.addedNodes)
            if (n instanceof Element && (n.matches('.sk') || n.querySelector('.sk'))) skeletons.push(n);
      }).observe(root, { subtree: true, childList: true });
      return root;
    };
    try {
      const w = await mountTest();
      await new Promise((resolve) => setTimeout(resolve, SKELETON_AFTER_MS + 20));
      expect(w.root.querySelector('h2')?.textContent).toBe('Reading a claim');
      expect(skeletons).toEqual([]);
    } finally {
      Element.prototype.attachShadow = attach;
    }
  });

  it('introduces the quiz: title, intro, the source it is drawn from, length and time', async () => {
    const w = await mountTest();
    expect(w.text()).toContain('Practise reading like a fact-checker.');
    expect(w.root.querySelector('cite')?.textContent).toBe('Troops claim denied');
    expect(w.text()).toContain('by A. Writer · Example Press');
    expect(w.root.querySelector('.meta')?.textContent).toBe('3 questions · about 2 minutes');
    // The source has no captured address: no link is invented.
    expect(w.root.querySelector('.src a')).toBeNull();
    expect(w.button('Start the quiz')).toBeTruthy();
  });

  it('says when the facts were checked, as the Worker wrote the day, and nothing when a quiz has none', async () => {
    const w = await mountTest({
      api: fakeApi({ extras: { checkedAt: '2026-11-24', checkedOn: '24 November 2026', version: 'a1b2c3' } }),
    });
    expect(w.root.querySelector('.meta')?.textContent).toBe(
      '3 questions · about 2 minutesFacts checked 24 November 2026',
    );
    expect(w.root.querySelector('.meta br')).not.toBeNull();
    const without = await mountTest();
    expect(without.text()).not.toContain('Facts checked');
    // The widget formats no date itself (no Intl on the first screens): a bare checkedAt shows nothing.
    const bare = await mountTest({ api: fakeApi({ extras: { checkedAt: '2026-11-24' } }) });
    expect(bare.root.querySelector('.meta')?.textContent).toBe('3 questions · about 2 minutes');
  });

  it('asks for an attempt token only when the reader presses Start', async () => {
    const w = await mountTest();
    expect(w.api.callsTo('attempt')).toHaveLength(0);
    await w.press('Start the quiz');
    expect(w.api.callsTo('attempt')).toHaveLength(1);
    expect(w.api.callsTo('attempt')[0]?.method).toBe('POST');
  });
});

describe('a question', () => {
  it('shows progress, the prompt as a focused heading inside a legend, and a native radio group', async () => {
    const w = await mountTest();
    await w.press('Start the quiz');
    expect(w.root.querySelector('.count')?.textContent).toBe('Question 1 of 3');
    const heading = w.root.querySelector('legend h2');
    expect(heading?.textContent).toBe('What did the article claim?');
    expect(heading?.getAttribute('tabindex')).toBe('-1');
    expect(w.root.activeElement).toBe(heading);
    const radios = w.root.querySelectorAll('fieldset input[type="radio"]');
    expect(radios).toHaveLength(3);
    expect(new Set([...radios].map((r) => r.getAttribute('name'))).size).toBe(1);
    expect(w.text()).toContain('Choose one answer.');
  });

  it('keeps "Check answer" inert until a choice is made, without taking it out of the tab order', async () => {
    const w = await mountTest();
    await w.press('Start the quiz');
    const check = w.button('Check answer');
    expect(check.getAttribute('aria-disabled')).toBe('true');
    expect(check.hasAttribute('disabled')).toBe(false);
    await w.press('Check answer');
    expect(w.api.callsTo('check')).toHaveLength(0);
    await w.pick('That troops entered');
    expect(w.button('Check answer').getAttribute('aria-disabled')).toBe('false');
    expect(w.choice('That troops entered').closest('label')?.classList.contains('sel')).toBe(true);
  });

  it('offers checkboxes for a question with several right answers', async () => {
    const w = await mountTest();
    await w.press('Start the quiz');
    await w.answer(['That troops entered'], []);
    await w.pick('Search the author', 'Find other coverage');
    expect(w.root.querySelectorAll('fieldset input[type="checkbox"]')).toHaveLength(3);
    expect(w.text()).toContain('Choose every answer that applies.');
    await w.press('Check answer');
    expect(w.api.callsTo('check')[1]?.body).toEqual({ questionId: 'q2', choiceIds: ['a', 'c'] });
    expect(w.root.querySelector('.verdict')?.textContent).toBe('Correct');
  });
});

describe('feedback', () => {
  it('says a right answer is right in words and with an icon, and explains it', async () => {
    const w = await mountTest();
    await w.press('Start the quiz');
    await w.pick('<img');
    await w.press('Check answer');
    const verdict = w.root.querySelector('.fb.ok .verdict');
    expect(verdict?.textContent).toBe('Correct');
    expect(verdict?.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    expect(w.root.querySelector('[role="status"]')?.textContent).toBe('Correct.');
    expect(w.text()).toContain('Your answer: correct');
    expect(w.text()).toContain('Why a');
    expect(w.text()).toContain('Pin down exactly what is claimed.');
    expect(w.root.querySelector('blockquote')?.textContent).toBe('Trump said Mexico had agreed.');
    expect(w.root.querySelector('.quote figcaption')?.textContent).toBe('What the article says');
    expect(w.root.querySelector('.skill')?.textContent).toBe('Skill practised: Reading comprehension');
  });

  it('says a wrong answer is wrong, marks the correct one, and explains both', async () => {
    const w = await mountTest();
    await w.press('Start the quiz');
    await w.pick('That troops entered');
    await w.press('Check answer');
    expect(w.root.querySelector('.fb.bad .verdict')?.textContent).toBe('Not quite');
    expect(w.root.querySelector('[role="status"]')?.textContent).toBe('Not quite. The correct answer is marked.');
    // The choices come in the take's shuffled order: each is found by its value.
    const label = (id: string) => w.root.querySelector(`input[value="${id}"]`)?.closest('label');
    expect(label('b')?.className).toContain('bad');
    expect(label('b')?.textContent).toContain('Your answer: incorrect');
    expect(label('b')?.textContent).toContain('Why b');
    expect(label('a')?.className).toContain('ok');
    expect(label('a')?.textContent).toContain('Correct answer');
    expect(label('c')?.className).toContain('dim');
    expect(label('c')?.textContent).not.toContain('Why c');
  });

  it('links outside sources safely, in a new tab', async () => {
    const w = await mountTest();
    await w.press('Start the quiz');
    await w.answer(['That troops entered']);
    const links = [...w.root.querySelectorAll('.sources a')];
    expect(links).toHaveLength(1);
    expect(links[0]?.getAttribute('href')).toBe('https://example.org/reuters');
    expect(links[0]?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(links[0]?.getAttribute('target')).toBe('_blank');
    expect(links[0]?.textContent).toBe('Reuters report (2025-03-01) (opens in a new tab)');
  });

  it('locks the answers once checked, keeps focus on the same button and moves on to the next question', async () => {
    const w = await mountTest();
    await w.press('Start the quiz');
    await w.pick('That troops entered');
    const button = w.button('Check answer');
    button.focus();
    await w.press('Check answer');
    expect(w.root.querySelector('fieldset')?.hasAttribute('disabled')).toBe(true);
    expect(w.button('Next question')).toBe(button);
    expect(w.root.activeElement).toBe(button);
    await w.press('Next question');
    expect(w.root.querySelector('.count')?.textContent).toBe('Question 2 of 3');
    expect(w.root.activeElement).toBe(w.root.querySelector('legend h2'));
    expect(w.root.querySelector('.fb')).toBeNull();
  });
});

describe('the end', () => {
  it('shows the score, skills in two groups, and how the reader compares with everyone', async () => {
    const w = await mountTest();
    await w.press('Start the quiz');
    await w.answer(['<img'], ['Search the author', 'Find other coverage'], ['False']);
    await w.press('See my score');
    const heading = w.root.querySelector('.end h2');
    expect(heading?.textContent).toBe('2 of 3');
    expect(w.root.activeElement).toBe(heading);
    expect(w.text()).toContain('Good instincts.');
    const groups = [...w.root.querySelectorAll('.chips')].map((ul) => ul.textContent);
    expect(groups).toEqual(['Reading comprehension', 'Lateral readingClaim vs. denial · 1 of 2']);
    expect(w.text()).toContain('You did as well as or better than 60% of readers.');
    expect(w.root.querySelector('.histo figcaption')?.textContent).toBe('Scores of 20 readers');
    const bars = [...w.root.querySelectorAll('.histo li')];
    expect(bars).toHaveLength(4);
    expect(bars[2]?.className).toBe('me');
    expect(bars[2]?.querySelector('.sr')?.textContent).toBe('2 right: 8 (you)');
    const missed = [...w.root.querySelectorAll('.missed li')].map((li) => li.textContent);
    expect(missed[0]).toBe('Which are good checks?25% got it right');
    expect(missed).toHaveLength(3);
  });

  it('leaves out the crowd comparison, saying why, when the quiz results are private', async () => {
    const w = await mountTest({ api: fakeApi({ visibility: 'private' }) });
    await w.press('Start the quiz');
    await w.answer(['<img'], ['Search the author'], ['True']);
    await w.press('See my score');
    expect(w.text()).toContain("This quiz's results are private");
    expect(w.root.querySelector('.histo')).toBeNull();
    expect(w.api.callsTo('results')).toHaveLength(0);
  });

  it('says there is no one to compare with yet when the percentile is not known', async () => {
    const w = await mountTest({ api: fakeApi({ percentile: null }) });
    await w.press('Start the quiz');
    await w.answer(['<img'], ['Search the author'], ['True']);
    await w.press('See my score');
    expect(w.text()).toContain('Not enough readers to compare with yet.');
    expect(w.root.querySelector('.histo')).toBeNull();
  });

  it('retakes the quiz with a fresh attempt token and no answers carried over', async () => {
    const w = await mountTest();
    await w.press('Start the quiz');
    await w.answer(['<img'], ['Search the author'], ['True']);
    await w.press('See my score');
    await w.press('Retake the quiz');
    expect(w.root.querySelector('.count')?.textContent).toBe('Question 1 of 3');
    expect(w.root.querySelector('input:checked')).toBeNull();
    await w.answer(['That troops entered'], ['Trust the headline'], ['False']);
    await w.press('See my score');
    const [first, second] = w.api.callsTo('submit').map((c) => c.body as { attempt: string; answers: object });
    expect(first?.attempt).toBe('token-1');
    expect(second?.attempt).toBe('token-2');
    expect(second?.answers).toEqual({ q1: ['b'], q2: ['b'], q3: ['f'] });
    expect(w.root.querySelector('.end h2')?.textContent).toBe('0 of 3');
  });

  it('shares the page with the score through the share sheet, or copies the link', async () => {
    const w = await mountTest();
    await w.press('Start the quiz');
    await w.answer(['<img'], ['Search the author'], ['True']);
    await w.press('See my score');
    const shared: ShareData[] = [];
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: async (data: ShareData) => void shared.push(data),
    });
    await w.press('Share');
    expect(shared[0]).toEqual({
      title: 'Reading a claim',
      text: 'I got 2 of 3 on “Reading a claim”. How well do you read the news?',
      url: location.href,
    });
    Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (t: string) => void copied.push(t) },
    });
    await w.press('Share');
    expect(copied[0]).toContain(location.href);
    expect(w.root.querySelector('.shared')?.textContent).toBe('Link copied');
  });
});
