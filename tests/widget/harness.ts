// Mounts a widget on a scratch element against the fake API and acts on it the way a reader would.

import { options } from 'preact';
import type { WidgetEventName } from '../../contract/messages.ts';
import type { WidgetConfig } from '../../widget/core/config.ts';
import type { ChunkLoader, ChunkName } from '../../widget/core/load-chunk.ts';
import { mountWidget } from '../../widget/core/mount.tsx';
import { framesChunk } from '../../widget/frames/frames-chunk.ts';
import { laterChunk } from '../../widget/later/later-chunk.ts';
import { type FakeApi, fakeApi, ORIGIN, QUIZ_ID } from './fake-api.ts';

export const config = (overrides: Partial<WidgetConfig> = {}): WidgetConfig => ({
  quizId: QUIZ_ID,
  origin: ORIGIN,
  lang: 'en',
  theme: 'auto',
  accent: null,
  view: 'quiz',
  frame: false,
  ...overrides,
});

/** Stands in for the script-injecting loader: chunks come straight from their modules (or fail on demand). */
export function fakeLoader(failing: ChunkName[] = []): ChunkLoader & { requested: ChunkName[] } {
  const requested: ChunkName[] = [];
  const load = (name: ChunkName) => {
    requested.push(name);
    if (failing.includes(name)) {
      failing.splice(failing.indexOf(name), 1);
      return Promise.reject(new Error(`could not load ${name}`));
    }
    return Promise.resolve(name === 'later' ? laterChunk : framesChunk);
  };
  return Object.assign(load as ChunkLoader, { requested });
}

/** Answers a fake still owes the widget from outside its promise chains (a Turnstile callback, say). */
const owed = new Set<Promise<unknown>>();

/** Registers work a fake will finish later by itself, so settle() waits for it. */
export function owe(work: Promise<unknown>): void {
  owed.add(work);
  const done = () => owed.delete(work);
  work.then(done, done);
}

/** Whether Preact drew anything since the flag was last cleared, in any widget on the page. */
let drew = false;
const diffed = options.diffed;
options.diffed = (vnode) => {
  drew = true;
  diffed?.(vnode);
};

/** More tasks than any reader's step takes to come to rest; past it, settle() says what still runs. */
const MAX_TASKS = 50;

/**
 * Waits until the widgets on the page are at rest: a whole task of the event loop passed in which Preact drew
 * nothing, and no fake owes an answer. The widget sets no timers, so its work is promise chains that end
 * within a task unless they wait on a fake; a request a test holds back on purpose stays pending.
 */
export async function settle(): Promise<void> {
  for (let task = 0; task < MAX_TASKS; task++) {
    drew = false;
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (!drew && owed.size === 0) return;
  }
  throw new Error(
    `the widget was still busy after ${MAX_TASKS} tasks (${owed.size} answer(s) owed by a fake${drew ? ', still drawing' : ''})`,
  );
}

export async function mountTest({
  overrides = {},
  api = fakeApi(),
  loader = fakeLoader(),
}: {
  overrides?: Partial<WidgetConfig>;
  api?: FakeApi;
  loader?: ReturnType<typeof fakeLoader>;
} = {}) {
  const host = document.createElement('div');
  document.body.append(host);
  const events: { name: WidgetEventName; detail: unknown; event: CustomEvent }[] = [];
  for (const name of ['lateral:start', 'lateral:answer', 'lateral:complete'] as const) {
    host.addEventListener(name, (event) => {
      events.push({ name, detail: (event as CustomEvent).detail, event: event as CustomEvent });
    });
  }
  const root = host.attachShadow({ mode: 'open' });
  const unmount = mountWidget(host, root, config(overrides), { load: loader, fetch: api.fetch });
  await settle();

  const buttons = () => [...root.querySelectorAll('button')];
  const button = (label: string) => {
    const found = buttons().find((b) => b.textContent?.trim() === label);
    if (!found)
      throw new Error(
        `no button "${label}" among: ${buttons()
          .map((b) => b.textContent)
          .join(' | ')}`,
      );
    return found;
  };
  const choice = (label: string) => {
    const found = [...root.querySelectorAll('label')].find((l) => l.textContent?.startsWith(label));
    const input = found?.querySelector('input');
    if (!input) throw new Error(`no choice "${label}"`);
    return input;
  };
  return {
    host,
    root,
    api,
    loader,
    events,
    unmount,
    text: () => root.textContent ?? '',
    buttons,
    button,
    choice,
    async press(label: string) {
      button(label).click();
      await settle();
    },
    async pick(...labels: string[]) {
      for (const label of labels) choice(label).click();
      await settle();
    },
    /** Start, then answer question by question with the given choice labels, checking each. */
    async answer(...perQuestion: string[][]) {
      for (const [i, labels] of perQuestion.entries()) {
        await this.pick(...labels);
        await this.press('Check answer');
        if (i < perQuestion.length - 1) await this.press('Next question');
      }
    },
  };
}

export type TestWidget = Awaited<ReturnType<typeof mountTest>>;
