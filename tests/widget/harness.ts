// Mounts a widget on a scratch element against the fake API and acts on it the way a reader would.

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

/** Lets every pending promise and timer-free callback run (the fake API answers at once). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
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
