// The results pages' Content-Security-Policy: their one stylesheet and their scripts are inline, allowed by hash.

import { COPY_SCRIPT } from './copy-script.ts';
import { EMBED_SCRIPT } from './embed-script.ts';
import { RESULTS_CSS } from './styles.ts';
import { IsolateCache } from '../../isolate-cache.ts';

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}

const hashes = new IsolateCache<'inline', { style: string; script: string; copy: string }>();

/** Computed on first use (Workers allow no async work at module load), then reused. */
function inlineHashes() {
  return hashes.through('inline', async () => {
    const [style, script, copy] = await Promise.all([sha256(RESULTS_CSS), sha256(EMBED_SCRIPT), sha256(COPY_SCRIPT)]);
    return { style, script, copy };
  });
}

/**
 * No 'unsafe-inline' anywhere: the stylesheet, the resize script and the copy buttons' script (class group
 * pages) are pinned by hash, the charts are inline SVG styled by class, and forms post back to this origin
 * only. Framed pages (embed=1) may be framed by anyone, except a private quiz's pages: its token form must
 * never sit inside someone else's page. Group pages are never framed.
 */
export async function resultsPagePolicy(
  embed: boolean,
  isPrivate = false,
  { copyButtons = false } = {},
): Promise<string> {
  const { style, script, copy } = await inlineHashes();
  const scripts = [...(embed ? [script] : []), ...(copyButtons ? [copy] : [])];
  return [
    "default-src 'none'",
    `style-src ${style}`,
    `script-src ${scripts.length ? scripts.join(' ') : "'none'"}`,
    "img-src 'self' data:",
    "form-action 'self'",
    "base-uri 'none'",
    `frame-ancestors ${embed && !isPrivate ? '*' : "'self'"}`,
  ].join('; ');
}
