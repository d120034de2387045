/** @jsxImportSource hono/jsx */
// The pages that show no figures: a private quiz's token form, and the page for an unknown quiz.

import type { QuizFile } from '../../../contract/quiz.ts';
import { Document, type PageOptions, TopBar } from './page-shell.tsx';
import { STRINGS } from '../strings.ts';

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
