/** @jsxImportSource hono/jsx */
// The frame every results page shares: the HTML document with its inlined style, and the top bar.

import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import type { Theme } from '../../contract/embed-options.ts';
import type { Lang, QuizView } from '../../contract/quiz.ts';
import { EMBED_SCRIPT } from './embed-script.ts';
import { STRINGS, type Strings } from './strings.ts';
import { RESULTS_CSS } from './styles.ts';

export type PageOptions = { lang: Lang; theme: Theme; embed: boolean };

/** How the reader got in: a public quiz, or a private one opened with the token (kept for the CSV button). */
export type Access = { kind: 'public' } | { kind: 'token'; token: string };

/** The query string that keeps the page's language and theme, for links that switch one of them. */
export function pageQuery({ lang, theme, embed }: PageOptions): string {
  const params = new URLSearchParams({ lang });
  if (theme !== 'auto') params.set('theme', theme);
  if (embed) params.set('embed', '1');
  return `?${params}`;
}

export function Document({
  opts,
  title,
  noindex,
  children,
}: {
  opts: PageOptions;
  title: string;
  noindex?: boolean;
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
}: {
  quiz: QuizView;
  opts: PageOptions;
  t: Strings;
  switchable: boolean;
  /** An earlier version's page keeps showing that version in the other language. */
  version?: string | undefined;
}) {
  const keep = version ? `&version=${encodeURIComponent(version)}` : '';
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
                  href={`${pageQuery({ ...opts, lang: l })}${keep}`}
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
