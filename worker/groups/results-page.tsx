/** @jsxImportSource hono/jsx */
// A class group's results page: the quiz's results page for the group only, everyone's figure beside each.

import type { GroupResults } from '../../contract/api.ts';
import type { QuizView } from '../../contract/quiz.ts';
import type { Crowd } from '../results/page/crowd.ts';
import { resultFigures } from '../results/figures.ts';
import { formatFor } from '../results/format.ts';
import { GROUP_STRINGS } from '../results/group-strings.ts';
import { Document, type PageOptions, TopBar, pageQuery } from '../results/page/page-shell.tsx';
import {
  DailySection,
  KeyFigures,
  LanguagesSection,
  QuestionsSection,
  ScoresSection,
  SkillsSection,
} from '../results/page/sections.tsx';
import { STRINGS } from '../results/strings.ts';
import { VersionNote } from '../results/page/version-note.tsx';
import { groupApiPath, groupResultsPath, resultsPath } from '../../contract/links.ts';

/** `quiz` holds the questions of the version `results` covers (`quizAt`), as on the quiz's own page. */
export function renderGroupResultsPage(
  quiz: QuizView,
  results: GroupResults,
  opts: PageOptions,
  key: string,
  unknownVersion?: string,
): string {
  const t = STRINGS[opts.lang];
  const g = GROUP_STRINGS[opts.lang];
  const fmt = formatFor(opts.lang);
  const { group } = results;
  const f = resultFigures(quiz, results, opts.lang);
  const crowd: Crowd | undefined = results.crowd ? { f: resultFigures(quiz, results.crowd, opts.lang), g } : undefined;
  const props = { f, t, fmt, crowd };
  const title = quiz.title[opts.lang];
  const api = groupApiPath(quiz.id, group.code);
  const secret = encodeURIComponent(key);
  const version = results.version === results.currentVersion ? '' : `&version=${results.version}`;
  const page = (
    <Document opts={opts} title={`${g.groupTitle(group.code)} · ${t.htmlTitle(title)}`} noindex>
      <TopBar
        quiz={quiz}
        opts={opts}
        t={t}
        switchable
        keep={{ key }}
        version={results.version === results.currentVersion ? undefined : results.version}
      />
      <main>
        <h1>
          {g.groupTitle(group.code)}
          {group.name ? <span class="badge">{group.name}</span> : null}
        </h1>
        <p class="source">{g.groupIntro(title)}</p>
        <VersionNote f={f} t={t} fmt={fmt} opts={opts} unknownVersion={unknownVersion} keep={{ key }} />
        <KeyFigures {...props} />
        {f.takes === 0 ? (
          <p class="empty">{g.noGroupTakes(group.code)}</p>
        ) : (
          <>
            <ScoresSection
              {...props}
              heldBack={
                f.scoresHeldBack
                  ? g.groupScoresHeldBack(fmt.count(f.minAnswersForShares), fmt.count(f.takes))
                  : undefined
              }
            />
            <DailySection {...props} />
            <SkillsSection {...props} />
            <QuestionsSection {...props} />
            {f.languages.length ? <LanguagesSection {...props} /> : null}
          </>
        )}
        <section aria-labelledby="replace-title">
          <h2 id="replace-title">{g.replaceTitle}</h2>
          <p class="intro">{g.replaceIntro}</p>
          <form method="post" action={`${groupResultsPath(quiz.id, group.code)}/key${pageQuery(opts)}`}>
            <input type="hidden" name="key" value={key} />
            <button type="submit">{g.replaceButton}</button>
          </form>
        </section>
      </main>
      <footer>
        <p>
          {t.updated} <time datetime={results.updatedAt}>{fmt.dateTime(results.updatedAt)}</time>.{' '}
          {t.freshness(fmt.duration(results.freshnessSeconds))}
        </p>
        <p>{g.expires(fmt.day(group.expiresAt.slice(0, 10)))}</p>
        <p>
          {t.downloads}{' '}
          <a href={`${api}/results.csv?key=${secret}&lang=${opts.lang}${version}`} rel="noreferrer">
            {t.csv}
          </a>{' '}
          ·{' '}
          <a href={`${api}/results?key=${secret}${version}`} rel="noreferrer">
            {t.json}
          </a>
        </p>
        {quiz.results === 'public' ? (
          <p>
            <a href={`${resultsPath(quiz.id)}${pageQuery(opts)}`}>{g.everyoneLink}</a>
          </p>
        ) : null}
      </footer>
    </Document>
  );
  return `<!doctype html>${page}`;
}
