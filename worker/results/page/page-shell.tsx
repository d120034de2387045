/** @jsxImportSource hono/jsx */
// The frame every results page shares: the HTML document with its inlined style, and the top bar.

import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import type { Theme } from '../../../contract/embed-options.ts';
import type { Lang, QuizView } from '../../../contract/quiz.ts';
import { COPY_SCRIPT } from './copy-script.ts';
import { EMBED_SCRIPT } from './embed-script.ts';
import { STRINGS, type Strings } from '../strings.ts';
import { RESULTS_CSS } from './styles.ts';

export type PageOptions = { lang: Lang; theme: Theme; embed: boolean };

/** How the reader got in: a public quiz, or a private one opened with the token (kept for the CSV button). */
export type Access = { kind: 'public' } | { kind: 'token'; token: string };

/**
 * The query string that keeps the page's language and theme, for links that switch one of them;
 * `keep` adds what else the address needs (a group page's results key).
 */
export function pageQuery({ lang, theme, embed }: PageOptions, keep: Record<string, string> = {}): string {
  const params = new URLSearchParams({ lang });
  if (theme !== 'auto') params.set('theme', theme);
  if (embed) params.set('embed', '1');
  for (const [name, value] of Object.entries(keep)) params.set(name, value);
  return `?${params}`;
}

export function Document({
  opts,
  title,
  noindex,
  copy,
  children,
}: {
  opts: PageOptions;
  title: string;
  noindex?: boolean;
  /** The page has Copy buttons: it carries their script (and its CSP must allow it). */
  copy?: boolean;
  children: Child;
}) {
  return (
    <html lang={opts.lang} data-theme={opts.theme}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content={opts.theme === 'auto' ? 'light dark' : opts.theme} />
        {noindex ? <meta name="robots" content="noindex" /> : null}
        <title>{title}</title>
        <link rel="icon" href="data:," />
        <style>{raw(RESULTS_CSS)}</style>
      </head>
      <body class={opts.embed ? 'embed' : undefined}>
        <div class="page">{children}</div>
        {opts.embed ? <script>{raw(EMBED_SCRIPT)}</script> : null}
        {copy ? <script>{raw(COPY_SCRIPT)}</script> : null}
      </body>
    </html>
  );
}

export function TopBar({
  quiz,
  opts,
  t,
  switchable,
  version,
  keep = {},
}: {
  quiz: QuizView;
  opts: PageOptions;
  t: Strings;
  switchable: boolean;
  /** An earlier version's page keeps showing that version in the other language. */
  version?: string | undefined;
  /** What else the address needs kept (a group page's results key). */
  keep?: Record<string, string>;
}) {
  const kept = version ? { ...keep, version } : keep;
  if (opts.embed) return null;
  return (
    <header class="topbar">
      <div class="brand">
        {t.brand} <span>· {t.heading}</span>
      </div>
      {switchable ? (
        <nav aria-label={t.languageSwitch}>
          <ul class="langs">
            {quiz.languages.map((l) => (
              <li>
                <a
                  href={pageQuery({ ...opts, lang: l }, kept)}
                  lang={l}
                  hreflang={l}
                  aria-current={l === opts.lang ? 'page' : undefined}
                >
                  {STRINGS[l].languageName[l]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
