/** @jsxImportSource hono/jsx */
// The results page as one server-rendered HTML document: pure functions from a quiz and its results to markup.

import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import type { Results } from '../../contract/api.ts';
import type { Lang, QuizFile } from '../../contract/quiz.ts';
import { EMBED_SCRIPT } from './embed-script.ts';
import { resultFigures } from './figures.ts';
import { type Format, formatFor } from './format.ts';
import {
  DailySection,
  KeyFigures,
  LanguagesSection,
  QuestionsSection,
  ScoresSection,
  SkillsSection,
} from './sections.tsx';
import { STRINGS, type Strings } from './strings.ts';
import { RESULTS_CSS } from './styles.ts';

export type Theme = 'auto' | 'light' | 'dark';

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

function Document({
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

function TopBar({ quiz, opts, t, switchable }: { quiz: QuizFile; opts: PageOptions; t: Strings; switchable: boolean }) {
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
                  href={pageQuery({ ...opts, lang: l })}
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

function Footer({
  quiz,
  opts,
  t,
  fmt,
  results,
  access,
}: {
  quiz: QuizFile;
  opts: PageOptions;
  t: Strings;
  fmt: Format;
  results: Results;
  access: Access;
}) {
  const base = `/api/quizzes/${encodeURIComponent(quiz.id)}`;
  return (
    <footer>
      <p>
        {t.updated} <time datetime={results.updatedAt}>{fmt.dateTime(results.updatedAt)}</time>.{' '}
        {t.freshness(fmt.duration(results.freshnessSeconds))}
      </p>
      {opts.embed ? null : access.kind === 'public' ? (
        <p>
          {t.downloads} <a href={`${base}/results.csv?lang=${opts.lang}`}>{t.csv}</a> ·{' '}
          <a href={`${base}/results`}>{t.json}</a>
        </p>
      ) : (
        // A private quiz's exports need the token, which a plain link cannot carry: this form posts it back.
        <form method="post" class="inline-form">
          {t.downloads} <input type="hidden" name="token" value={access.token} />
          <input type="hidden" name="format" value="csv" />
          <button type="submit">{t.csv}</button>
        </form>
      )}
    </footer>
  );
}

/** The whole results page for one quiz, ready to send (doctype included). */
export function renderResultsPage(
  quiz: QuizFile,
  results: Results,
  opts: PageOptions,
  access: Access = { kind: 'public' },
): string {
  const t = STRINGS[opts.lang];
  const fmt = formatFor(opts.lang);
  const f = resultFigures(quiz, results, opts.lang);
  const props = { f, t, fmt };
  const page = (
    <Document opts={opts} title={t.htmlTitle(quiz.title[opts.lang])} noindex={access.kind !== 'public'}>
      <TopBar quiz={quiz} opts={opts} t={t} switchable={access.kind === 'public'} />
      <main>
        <h1>
          {quiz.title[opts.lang]}
          {quiz.results === 'private' ? <span class="badge">{t.privateBadge}</span> : null}
        </h1>
        <p class="source">{t.quizOn(quiz.source.title, quiz.source.publisher)}</p>
        <KeyFigures {...props} />
        {f.takes === 0 ? (
          <p class="empty">{t.noTakes}</p>
        ) : (
          <>
            <ScoresSection {...props} />
            <DailySection {...props} />
            <SkillsSection {...props} />
            <QuestionsSection {...props} />
            <LanguagesSection {...props} />
          </>
        )}
      </main>
      <Footer quiz={quiz} opts={opts} t={t} fmt={fmt} results={results} access={access} />
    </Document>
  );
  return `<!doctype html>${page}`;
}

/** What a private quiz's page shows without the token: the quiz's name and a form, and no figure at all. */
export function renderLockedPage(quiz: QuizFile, opts: PageOptions, wrongToken: boolean): string {
  const t = STRINGS[opts.lang];
  const page = (
    <Document opts={opts} title={t.htmlTitle(quiz.title[opts.lang])} noindex>
      <TopBar quiz={quiz} opts={opts} t={t} switchable />
      <main class="lock">
        <h1>{t.privateHeading}</h1>
        <p class="source">{quiz.title[opts.lang]}</p>
        <p>{t.privateIntro}</p>
        <form method="post">
          <label for="token">{t.tokenLabel}</label>
          <input
            id="token"
            name="token"
            type="password"
            autocomplete="off"
            required
            aria-describedby={wrongToken ? 'token-error token-hint' : 'token-hint'}
            aria-invalid={wrongToken ? 'true' : undefined}
          />
          {wrongToken ? (
            <p id="token-error" class="error" role="alert">
              {t.wrongToken}
            </p>
          ) : null}
          <p id="token-hint" class="note">
            {t.tokenHint}
          </p>
          <button type="submit">{t.unlock}</button>
        </form>
      </main>
    </Document>
  );
  return `<!doctype html>${page}`;
}

export function renderNotFoundPage(opts: PageOptions): string {
  const t = STRINGS[opts.lang];
  const page = (
    <Document opts={opts} title={`${t.notFoundTitle} · Lateral`} noindex>
      <main>
        <h1>{t.notFoundTitle}</h1>
        <p>{t.notFoundText}</p>
      </main>
    </Document>
  );
  return `<!doctype html>${page}`;
}
