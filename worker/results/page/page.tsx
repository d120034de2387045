/** @jsxImportSource hono/jsx */
// The results page as one server-rendered HTML document: pure functions from a quiz and its results to markup.

import type { Results } from '../../../contract/api.ts';
import type { QuizView } from '../../../contract/quiz.ts';
import { resultFigures } from '../figures.ts';
import { type Format, formatFor } from '../format.ts';
import { CreateGroupForm } from './create-group-form.tsx';
import { type Access, Document, type PageOptions, TopBar } from './page-shell.tsx';
import {
  DailySection,
  KeyFigures,
  LanguagesSection,
  QuestionsSection,
  ScoresSection,
  SkillsSection,
} from './sections.tsx';
import { STRINGS, type Strings } from '../strings.ts';
import { VersionNote } from './version-note.tsx';
import { quizApiPath } from '../../../contract/links.ts';

function Footer({
  quiz,
  opts,
  t,
  fmt,
  results,
  access,
}: {
  quiz: QuizView;
  opts: PageOptions;
  t: Strings;
  fmt: Format;
  results: Results;
  access: Access;
}) {
  const base = quizApiPath(quiz.id);
  // The exports cover the same version as the page.
  const version = results.version === results.currentVersion ? '' : `version=${results.version}`;
  return (
    <footer>
      <p>
        {t.updated} <time datetime={results.updatedAt}>{fmt.dateTime(results.updatedAt)}</time>.{' '}
        {t.freshness(fmt.duration(results.freshnessSeconds))} {t.versionLine(results.version)}
      </p>
      {opts.embed ? null : access.kind === 'public' ? (
        <p>
          {t.downloads} <a href={`${base}/results.csv?lang=${opts.lang}${version ? `&${version}` : ''}`}>{t.csv}</a> ·{' '}
          <a href={`${base}/results${version ? `?${version}` : ''}`}>{t.json}</a>
        </p>
      ) : (
        // A private quiz's exports need the token, which a plain link cannot carry: this form posts it back.
        <form method="post" class="inline-form">
          {t.downloads} <input type="hidden" name="token" value={access.token} />
          <input type="hidden" name="format" value="csv" />
          {version ? <input type="hidden" name="version" value={results.version} /> : null}
          <button type="submit">{t.csv}</button>
        </form>
      )}
    </footer>
  );
}

/**
 * The whole results page for one quiz, ready to send (doctype included). `quiz` holds the questions of
 * the version `results` covers (`quizAt`).
 */
export function renderResultsPage(
  quiz: QuizView,
  results: Results,
  opts: PageOptions,
  access: Access = { kind: 'public' },
  unknownVersion?: string,
): string {
  const t = STRINGS[opts.lang];
  const fmt = formatFor(opts.lang);
  const f = resultFigures(quiz, results, opts.lang);
  const props = { f, t, fmt };
  const page = (
    <Document opts={opts} title={t.htmlTitle(quiz.title[opts.lang])} noindex={access.kind !== 'public'}>
      <TopBar
        quiz={quiz}
        opts={opts}
        t={t}
        switchable={access.kind === 'public'}
        version={results.version === results.currentVersion ? undefined : results.version}
      />
      <main>
        <h1>
          {quiz.title[opts.lang]}
          {quiz.results === 'private' ? <span class="badge">{t.privateBadge}</span> : null}
        </h1>
        <p class="source">{t.quizOn(quiz.source.title, quiz.source.publisher)}</p>
        {results.stale ? (
          <p class="delayed" role="note" data-figure="delayed">
            {t.delayed(fmt.dateTime(results.updatedAt))}
          </p>
        ) : null}
        <VersionNote f={f} t={t} fmt={fmt} opts={opts} unknownVersion={unknownVersion} />
        <KeyFigures {...props} />
        {f.takes > 0 ? (
          <>
            <ScoresSection
              {...props}
              heldBack={
                f.scoresHeldBack ? t.scoresHeldBack(fmt.count(f.minAnswersForShares), fmt.count(f.takes)) : undefined
              }
            />
            <DailySection {...props} />
            <SkillsSection {...props} />
            <QuestionsSection {...props} />
            {f.languages.length ? <LanguagesSection {...props} /> : null}
          </>
        ) : f.versions.some((v) => v.takes > 0) ? (
          // A version with no takes of its own (the current one just after an edit, or an earlier one):
          // its unchanged questions carry their answers from the other versions, as in the JSON and CSV.
          <>
            <p class="empty">{t.noTakesOfVersion}</p>
            <SkillsSection {...props} />
            <QuestionsSection {...props} />
          </>
        ) : (
          <p class="empty">{t.noTakes}</p>
        )}
        {opts.embed ? null : <CreateGroupForm quiz={quiz} opts={opts} />}
      </main>
      <Footer quiz={quiz} opts={opts} t={t} fmt={fmt} results={results} access={access} />
    </Document>
  );
  return `<!doctype html>${page}`;
}
