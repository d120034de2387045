/** @jsxImportSource hono/jsx */
// What the figures cover: the quiz's checked date, which version is shown, and links to the other versions' figures.

import type { ResultFigures } from '../figures.ts';
import type { Format } from '../format.ts';
import { type PageOptions, pageQuery } from './page-shell.tsx';
import type { Strings } from '../strings.ts';

/** The page's own address for one version; the current version's is the plain address. `keep`: a group page's key. */
export function versionHref(opts: PageOptions, version: string | null, keep?: Record<string, string>): string {
  const query = pageQuery(opts, keep);
  return version === null ? query : `${query}&version=${encodeURIComponent(version)}`;
}

export function VersionNote({
  f,
  t,
  fmt,
  opts,
  unknownVersion,
  keep,
}: {
  f: ResultFigures;
  t: Strings;
  fmt: Format;
  opts: PageOptions;
  keep?: Record<string, string>;
  /** A `?version=` the quiz never had: said plainly, above the current version's figures. */
  unknownVersion?: string | undefined;
}) {
  const earlier = f.versions.filter((v) => !v.current);
  const current = f.versions.find((v) => v.current);
  return (
    <div class="versions">
      <p class="checked" data-figure="checked_at">
        {t.factsChecked(fmt.day(f.checkedAt))}
      </p>
      {unknownVersion !== undefined ? <p class="note">{t.unknownVersion(unknownVersion)}</p> : null}
      {f.version.current ? (
        earlier.length > 0 ? (
          <>
            <p data-figure="version">
              {current ? `${t.updatedOn(fmt.day(current.since))} ` : null}
              {t.currentCovers(fmt.count(f.total))}
            </p>
            <p>
              {t.earlierVersions}{' '}
              {earlier.map((v, i) => (
                <>
                  {i > 0 ? '; ' : null}
                  <a href={versionHref(opts, v.version, keep)} data-version={v.version}>
                    {t.versionEntry(fmt.day(v.since), fmt.count(v.takes), fmt.count(v.questionCount))}
                  </a>
                </>
              ))}
            </p>
          </>
        ) : null
      ) : (
        <p data-figure="version">
          {t.earlierCovers(fmt.day(f.version.since), fmt.day(f.version.until ?? f.version.since), fmt.count(f.total))}{' '}
          <a href={versionHref(opts, null, keep)}>{t.seeCurrent}</a>
        </p>
      )}
    </div>
  );
}
