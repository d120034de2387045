/** @jsxImportSource hono/jsx */
// A new class group, shown once: its links and key; and the page for a refused creation.

import type { GroupCreated } from '../../contract/api.ts';
import type { QuizFile } from '../../contract/quiz.ts';
import { GROUP_STRINGS, type GroupStrings } from '../results/group-strings.ts';
import { Document, type PageOptions, TopBar } from '../results/page/page-shell.tsx';
import { formatFor } from '../results/format.ts';
import { STRINGS } from '../results/strings.ts';

/** A read-only field with its label and a Copy button (shown by the copy script). */
function CopyField({
  id,
  label,
  value,
  g,
  lines,
}: {
  id: string;
  label: string;
  value: string;
  g: GroupStrings;
  lines?: number;
}) {
  return (
    <div class="copy-field">
      <label for={id} id={`${id}-label`}>
        {label}
      </label>
      <div class="copy-row">
        {lines ? (
          <textarea id={id} readonly rows={lines} spellcheck={false}>
            {value}
          </textarea>
        ) : (
          <input id={id} type="text" readonly value={value} spellcheck={false} />
        )}
        {/* Named "Copy" plus its field's label: five buttons called only "Copy" say nothing in a screen reader's list. */}
        <button
          type="button"
          id={`${id}-copy`}
          aria-labelledby={`${id}-copy ${id}-label`}
          data-copy={id}
          data-done={g.copied}
          hidden
        >
          {g.copy}
        </button>
      </div>
    </div>
  );
}

/** Shown once, after creating a group or replacing its results link: the only place the secret appears. */
export function renderGroupCreatedPage(quiz: QuizFile, created: GroupCreated, opts: PageOptions, replaced = false) {
  const t = STRINGS[opts.lang];
  const g = GROUP_STRINGS[opts.lang];
  const { code } = created.group;
  const page = (
    <Document opts={opts} title={g.createdHtmlTitle} noindex copy>
      <TopBar quiz={quiz} opts={opts} t={t} switchable={false} />
      <main class="created">
        <h1>{replaced ? g.replacedTitle : g.createdTitle}</h1>
        <p class="source">
          {quiz.title[opts.lang]}
          {created.group.name ? ` · ${created.group.name}` : ''}
        </p>
        {replaced ? <p>{g.replacedNote}</p> : null}
        <div class="warning" role="note" aria-labelledby="keep-title">
          <CopyField id="results-link" label={g.resultsLinkLabel} value={created.links.results} g={g} />
          <p id="keep-title">
            <strong>{g.keepWarningTitle}</strong> {g.keepWarning}
          </p>
          <p>
            <a href={created.links.results} rel="noreferrer">
              {g.openResults}
            </a>
          </p>
        </div>
        <h2>{g.codeLabel}</h2>
        <p class="join-code" data-figure="join_code">
          {code}
        </p>
        <p class="note">{g.codeHint(code)}</p>
        <p class="note" data-figure="expires_at">
          {g.expires(formatFor(opts.lang).day(created.group.expiresAt.slice(0, 10)))}
        </p>
        <CopyField id="class-link" label={g.classLinkLabel} value={created.links.classLink} g={g} />
        <p class="note">{g.classLinkHint}</p>
        <section aria-labelledby="embed-title">
          <h2 id="embed-title">{g.embedTitle}</h2>
          <p class="intro">{g.embedIntro}</p>
          <CopyField id="embed-script" label={g.scriptLabel} value={created.snippets.script} g={g} lines={2} />
          <CopyField
            id="embed-placeholder"
            label={g.placeholderLabel}
            value={created.snippets.placeholder}
            g={g}
            lines={3}
          />
          <CopyField id="embed-iframe" label={g.iframeLabel} value={created.snippets.iframe} g={g} lines={5} />
        </section>
        <p id="copy-status" class="visually-hidden" role="status" />
      </main>
    </Document>
  );
  return `<!doctype html>${page}`;
}

/** A group page that shows no figure: an unknown code, a wrong or replaced key, an ended group, a refused form. */
export function renderGroupMessagePage(quiz: QuizFile, opts: PageOptions, title: string, text: string): string {
  const t = STRINGS[opts.lang];
  const page = (
    <Document opts={opts} title={`${title} · Lateral`} noindex>
      <TopBar quiz={quiz} opts={opts} t={t} switchable={false} />
      <main class="lock">
        <h1>{title}</h1>
        <p class="source">{quiz.title[opts.lang]}</p>
        <p>{text}</p>
      </main>
    </Document>
  );
  return `<!doctype html>${page}`;
}
