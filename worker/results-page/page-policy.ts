// The results page's Content-Security-Policy: its one stylesheet and one script are inline, allowed by hash.

import { EMBED_SCRIPT } from './embed-script.ts';
import { RESULTS_CSS } from './styles.ts';

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}

let hashes: Promise<{ style: string; script: string }> | undefined;

/** Computed on first use (Workers allow no async work at module load), then reused. */
function inlineHashes() {
  hashes ??= Promise.all([sha256(RESULTS_CSS), sha256(EMBED_SCRIPT)]).then(([style, script]) => ({ style, script }));
  return hashes;
}

/**
 * No 'unsafe-inline' anywhere: the stylesheet and the resize script are pinned by hash, the charts are
 * inline SVG styled by class, and the only form posts back here. Framed pages (embed=1) may be framed by
 * anyone, except a private quiz's pages: its token form must never sit inside someone else's page.
 */
export async function resultsPagePolicy(embed: boolean, isPrivate = false): Promise<string> {
  const { style, script } = await inlineHashes();
  return [
    "default-src 'none'",
    `style-src ${style}`,
    `script-src ${embed ? script : "'none'"}`,
    "img-src 'self' data:",
    "form-action 'self'",
    "base-uri 'none'",
    `frame-ancestors ${embed && !isPrivate ? '*' : "'self'"}`,
  ].join('; ');
}
