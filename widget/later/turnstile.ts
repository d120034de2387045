// Cloudflare Turnstile, only for quizzes that carry a `challenge`: its script is fetched then, never before.

import type { Ctx } from '../core/effects.ts';
import { addScript } from '../shared/add-script.ts';

/** Explicit rendering: the widget decides where and when (developers.cloudflare.com/turnstile/get-started/client-side-rendering/). */
export const TURNSTILE_SCRIPT = 'https://challenges.cloudflare.com/turnstile/v0/api.js?render=explicit';

type RenderOptions = {
  sitekey: string;
  theme: 'auto' | 'light' | 'dark';
  language: string;
  appearance: 'interaction-only';
  callback: (token: string) => void;
  'error-callback': () => boolean;
  'expired-callback': () => void;
  'timeout-callback': () => void;
};
export type Turnstile = { render: (el: HTMLElement, options: RenderOptions) => string; remove: (id: string) => void };

declare global {
  interface Window {
    turnstile?: Turnstile;
  }
}

/** The script while it loads: several widgets on a page wait for the same one. */
let loading: Promise<Turnstile> | undefined;

function loadTurnstile(nonce: string): Promise<Turnstile> {
  if (window.turnstile) return Promise.resolve(window.turnstile);
  loading ??= new Promise<Turnstile>((resolve, reject) =>
    addScript(TURNSTILE_SCRIPT, nonce, (ok) =>
      ok && window.turnstile ? resolve(window.turnstile) : reject(new Error('[lateral] Turnstile did not load')),
    ),
  );
  // Forgotten once settled: a failed load is tried again on the reader's Try again.
  const settled = () => {
    loading = undefined;
  };
  loading.then(settled, settled);
  return loading;
}

/** Where each widget's challenge is drawn (challenge.tsx), and the challenge now shown there. */
export const boxes = new WeakMap<Ctx, HTMLElement>();
const shown = new WeakMap<Ctx, string>();

/**
 * A fresh Turnstile token (each is good for one request), or null when the check failed, expired or
 * could not run. Managed mode: most readers see nothing; a checkbox appears only when Turnstile needs one.
 */
export async function challengeToken(ctx: Ctx, sitekey: string): Promise<string | null> {
  const box = boxes.get(ctx);
  if (!box) return null;
  let turnstile: Turnstile;
  try {
    turnstile = await loadTurnstile(ctx.nonce);
  } catch {
    return null;
  }
  const before = shown.get(ctx);
  if (before) turnstile.remove(before);
  return new Promise((resolve) => {
    const { lang, theme } = ctx.config;
    const fail = () => resolve(null);
    shown.set(
      ctx,
      turnstile.render(box, {
        sitekey,
        theme,
        language: lang,
        appearance: 'interaction-only',
        callback: resolve,
        // Handled here: Turnstile then leaves the console alone.
        'error-callback': () => {
          fail();
          return true;
        },
        'expired-callback': fail,
        'timeout-callback': fail,
      }),
    );
  });
}
