// Step 5: what is still missing, then publish; afterwards the embed codes, the results link, and unpublish.

import { type Lang, LOCALES } from '../contract/quiz.ts';
import type { Draft, PublishResult } from '../contract/editor.ts';
import type { QuizProblem } from '../contract/rules/problem.ts';
import { useEditor } from './context.ts';
import { CoveragePanel } from './coverage-panel.tsx';
import { problemText } from './problem-text.ts';
import type { ArticlePart, Mark } from './reading-map.ts';
import type { State } from './state.ts';

type Props = {
  draft: Draft;
  problems: QuizProblem[];
  /** The item-writing review and other advice: shown, never blocking. */
  warnings: QuizProblem[];
  marks: Mark[];
  parts: ArticlePart[];
  publish: State['publish'];
  onPublish: () => void;
  onUnpublish: () => void;
  onGoTo: (problem: QuizProblem) => void;
  onExport: () => void;
};

function Snippet({ id, title, help, code }: { id: string; title: string; help: string; code: string }) {
  const { t, announce } = useEditor();
  return (
    <div class="snippet">
      <h4 id={`${id}-title`}>{title}</h4>
      <p class="hint">{help}</p>
      <pre>
        <code id={id}>{code}</code>
      </pre>
      <button
        type="button"
        class="small secondary"
        aria-describedby={`${id}-title`}
        onClick={() =>
          navigator.clipboard?.writeText(code).then(
            () => announce(t.copied),
            () => {},
          )
        }
      >
        {t.copy}
      </button>
    </div>
  );
}

export function PublishedCodes({ result }: { result: Pick<PublishResult, 'snippets' | 'resultsUrl'> }) {
  const { t } = useEditor();
  const s = result.snippets;
  return (
    <div class="codes">
      <Snippet id="code-script" title={t.codeScript} help={t.codeScriptHelp} code={s.script} />
      <Snippet id="code-placeholder" title={t.codePlaceholder} help={t.codePlaceholderHelp} code={s.placeholder} />
      <Snippet id="code-iframe" title={t.codeIframe} help={t.codeIframeHelp} code={s.iframe} />
      <Snippet id="code-url" title={t.codeUrl} help={t.codeUrlHelp} code={s.pasteUrl} />
      <p>
        <strong>{t.resultsLink}:</strong>{' '}
        <a href={result.resultsUrl} target="_blank" rel="noopener">
          {result.resultsUrl}
          <span class="sr-only"> {t.newTab}</span>
        </a>
      </p>
    </div>
  );
}

export function PublishStep({
  draft,
  problems,
  warnings,
  marks,
  parts,
  publish,
  onPublish,
  onUnpublish,
  onGoTo,
  onExport,
}: Props) {
  const { t, lang } = useEditor();
  const published = draft.published;
  const ready = problems.length === 0;
  return (
    <div class="publish-step">
      <section class="panel" aria-labelledby="missing-title">
        <h2 id="missing-title">{ready ? t.readyTitle : t.missingTitle(problems.length)}</h2>
        {ready ? (
          <p>{t.readyHelp}</p>
        ) : (
          <ProblemList draft={draft} problems={problems} onGoTo={onGoTo} shown={SHOWN_PER_QUESTION} />
        )}
      </section>

      {warnings.length > 0 ? (
        <section class="panel" aria-labelledby="advice-title">
          <h2 id="advice-title">{t.adviceTitle(warnings.length)}</h2>
          <p class="hint">{t.adviceHelp}</p>
          <ProblemList draft={draft} problems={warnings} onGoTo={onGoTo} />
        </section>
      ) : null}

      <section class="panel" aria-labelledby="publish-title">
        <h2 id="publish-title">{t.publishTitle}</h2>
        {published ? (
          <p class="status-line">
            {published.hidden
              ? t.unpublishedState(published.revision)
              : t.publishedState(published.revision, formatDate(published.publishedAt, lang))}
          </p>
        ) : (
          <p class="status-line">{t.notPublished}</p>
        )}
        <div class="actions">
          <button
            type="button"
            class="primary"
            onClick={onPublish}
            disabled={publish.status === 'working'}
            aria-describedby={ready ? undefined : 'publish-blocked'}
          >
            {publish.status === 'working'
              ? t.publishing
              : published && !published.hidden
                ? t.publishChanges
                : t.publish}
          </button>
          {published && !published.hidden ? (
            <button type="button" class="secondary danger" onClick={onUnpublish}>
              {t.unpublish}
            </button>
          ) : null}
          <button type="button" class="secondary" onClick={onExport}>
            {t.exportFile}
          </button>
        </div>
        {!ready ? (
          <p id="publish-blocked" class="hint">
            {t.publishBlocked}
          </p>
        ) : null}
        <p class="hint">{t.exportHelp(`${draft.quiz.id}.json`)}</p>
        {publish.status === 'failed' ? (
          <p class="field-error" role="alert">
            {publish.message}
          </p>
        ) : null}
        {publish.result ? (
          <div class="published">
            <h3 id="published-title" tabIndex={-1}>
              {publish.result.newRevision ? t.publishedNow(publish.result.revision) : t.publishedSame}
            </h3>
            <PublishedCodes result={publish.result} />
          </div>
        ) : null}
      </section>

      <CoveragePanel quiz={draft.quiz} article={draft.article} marks={marks} parts={parts} />
    </div>
  );
}

/** A question's problems are listed together (its first three in words); the quiz's own, one by one. */
const SHOWN_PER_QUESTION = 3;

/** Problems by question, each group with a "Go there"; a limited list (`shown`) counts and cuts each group short. */
function ProblemList({
  draft,
  problems,
  onGoTo,
  shown = Number.POSITIVE_INFINITY,
}: {
  draft: Draft;
  problems: QuizProblem[];
  onGoTo: (problem: QuizProblem) => void;
  shown?: number;
}) {
  const { t, lang } = useEditor();
  return (
    <ul class="problem-list">
      {groupProblems(draft, problems).map((group) => (
        <li key={group.key}>
          <span class="where">{group.question ? `${t.question} ${group.number}` : t.quizLevel}</span>{' '}
          {Number.isFinite(shown) && group.items.length > 1 ? `(${t.thingsLeft(group.items.length)}) ` : ''}
          {group.items
            .slice(0, shown)
            .map((p) => problemText(p, lang))
            .join(' ')}
          {group.items.length > shown ? ` ${t.andMore(group.items.length - shown)}` : ''}{' '}
          <button type="button" class="link" onClick={() => group.items[0] && onGoTo(group.items[0])}>
            {t.goTo}
          </button>
        </li>
      ))}
    </ul>
  );
}

type ProblemGroup = { key: string; question?: string; number: number | string; items: QuizProblem[] };

function groupProblems(draft: Draft, problems: QuizProblem[]): ProblemGroup[] {
  const groups: ProblemGroup[] = [];
  const byQuestion = new Map<string, ProblemGroup>();
  for (const [i, p] of problems.entries()) {
    const { question } = p.where;
    if (!question) {
      groups.push({ key: `quiz-${i}`, number: 0, items: [p] });
      continue;
    }
    let group = byQuestion.get(question);
    if (!group) {
      const index = draft.quiz.questions.findIndex((q) => q.id === question);
      group = {
        key: `q-${question}`,
        question,
        number: index === -1 ? question : index + 1,
        items: [],
      };
      byQuestion.set(question, group);
      groups.push(group);
    }
    group.items.push(p);
  }
  return groups;
}

export function formatDate(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}
