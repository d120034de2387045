// The editor: one state, the screens, and the side effects (loading, saving as you go, publishing).

import { quizLabel, textIn, textLang } from '../contract/quiz-languages.ts';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { LANGS, type Lang } from '../contract/quiz.ts';
import { type QuizProblem, isError } from '../contract/rules/problem.ts';
import { draftProblems } from '../contract/rules/quiz-problems.ts';
import { ArticleStep } from './article-step.tsx';
import { Editor, type EditorContext } from './context.ts';
import { DetailsStep } from './details-step.tsx';
import { editorApi } from './editor-api.ts';
import { HomeScreen } from './home-screen.tsx';
import { PreviewStep } from './preview-step.tsx';
import { fieldId, fieldKey, problemsByField } from './problem-text.ts';
import { PublishStep } from './publish-step.tsx';
import { QuestionsStep } from './questions-step.tsx';
import { downloadQuizFiles } from './quiz-file.ts';
import { articleParts } from './article.ts';
import { useAnalysis } from './use-analysis.ts';
import { type Event, STEPS, type Step, initialState, reduce } from './state.ts';
import { STRINGS } from './strings.ts';
import { clearBackup, keepBackup, readBackup } from './backup.ts';
import { isoDay } from '../contract/utc-day.ts';

/** Long enough to save once per pause in typing, short enough that closing the tab loses at most a moment. */
const SAVE_DELAY_MS = 800;
const RETRY_DELAY_MS = 5000;

/** The step that holds a problem's field. */
function stepOf({ where }: QuizProblem): Step {
  if (where.field === 'article') return 'article';
  if (where.question || where.field === 'questions') return 'questions';
  return 'details';
}

export function App({ initialLang }: { initialLang: Lang }) {
  const [state, dispatchToReducer] = useReducer(reduce, initialLang, initialState);
  const [touched, setTouched] = useState<Set<string>>(() => new Set());
  const [showAll, setShowAll] = useState(false);
  const [message, setMessage] = useState('');
  const [reasons, setReasons] = useState<Map<string, string>>(() => new Map());
  const [notice, setNotice] = useState<string | null>(null);
  const focusField = useRef<string | null>(null);
  const stateRef = useRef(state);
  stateRef.current = state;
  /**
   * Every event goes to the reducer and, at once, to `stateRef`: the effects below read the state an event
   * made right after dispatching it, by state, never after waiting for a render (the reducer is pure).
   */
  const dispatch = useCallback((event: Event) => {
    stateRef.current = reduce(stateRef.current, event);
    dispatchToReducer(event);
  }, []);
  /** The save on its way, if any: one at a time, and Publish waits for it rather than failing. */
  const inflight = useRef<Promise<boolean> | null>(null);
  const t = STRINGS[state.lang];
  const draft = state.draft;
  // The quiz's title in the editor's language when the quiz has it, else in the quiz's own.
  const heading = draft
    ? textIn(draft.quiz.title, textLang(draft.quiz.languages, state.lang)) || quizLabel(draft.quiz)
    : '';

  useEffect(() => {
    document.documentElement.lang = state.lang;
    document.title = draft ? `${heading} · ${t.appName}` : t.appName;
  }, [state.lang, heading, t]);

  // ---- The quiz list ----
  const loadDrafts = useCallback(async () => {
    const r = await editorApi.drafts();
    dispatch(r.ok ? { type: 'drafts-loaded', drafts: r.data.drafts } : { type: 'drafts-failed' });
  }, []);
  useEffect(() => {
    if (state.screen === 'home' && state.drafts === null) void loadDrafts();
  }, [state.screen, state.drafts, loadDrafts]);

  // ---- Opening a quiz: the saved copy, or changes kept on this device that never reached the server ----
  const open = async (id: string) => {
    const r = await editorApi.draft(id);
    if (!r.ok) return setNotice(t.openFailed);
    const backup = readBackup(id);
    if (backup && backup.base === r.data.revision) {
      dispatch({ type: 'open', draft: backup.draft, saved: false });
      dispatch({ type: 'rebase', base: r.data.revision });
      setNotice(t.restored);
    } else {
      clearBackup(id);
      dispatch({ type: 'open', draft: r.data, saved: true });
      setNotice(null);
    }
    setTouched(new Set());
    setShowAll(false);
    setReasons(new Map());
  };

  // ---- Saving as you go ----
  const saveNow = useCallback((): Promise<boolean> => {
    const s = stateRef.current;
    if (!s.draft || inflight.current) return Promise.resolve(false);
    const revision = s.revision;
    dispatch({ type: 'save-start' });
    // editorApi never rejects: a failure is an outcome, so `inflight` is always cleared.
    const saving = editorApi
      .save(s.draft.quiz.id, {
        quiz: s.draft.quiz,
        article: s.draft.article,
        ...(s.base !== undefined ? { base: s.base } : {}),
      })
      .then((r) => {
        inflight.current = null;
        if (!r.ok) {
          dispatch({ type: 'save-failed', status: r.status });
          return false;
        }
        dispatch({ type: 'saved', draft: r.data, revision });
        if (revision === stateRef.current.revision) clearBackup(r.data.quiz.id);
        return true;
      });
    inflight.current = saving;
    return saving;
  }, []);

  useEffect(() => {
    if (!draft) return;
    if (state.save === 'unsaved') keepBackup(draft, state.base);
    if (state.save !== 'unsaved' && state.save !== 'failed') return;
    const timer = setTimeout(saveNow, state.save === 'failed' ? RETRY_DELAY_MS : SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [state.revision, state.save, state.base, draft, saveNow]);

  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (stateRef.current.draft && stateRef.current.save !== 'saved') e.preventDefault();
    };
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, []);

  // ---- What is left to do ----
  // The rules the build and the Worker run: errors hold Publish back; warnings are the reviewer's advice.
  const found = useMemo(() => (draft ? draftProblems(draft, isoDay(Date.now())) : []), [draft?.quiz, draft?.article]);
  const problems = useMemo(() => found.filter(isError), [found]);
  const warnings = useMemo(() => found.filter((p) => !isError(p)), [found]);
  const byField = useMemo(() => problemsByField(problems, state.lang), [problems, state.lang]);
  const adviceByField = useMemo(() => problemsByField(warnings, state.lang), [warnings, state.lang]);
  // The reading map and the writer come as a chunk of their own once there is an article (use-analysis.ts).
  const { analysis } = useAnalysis(Boolean(draft?.article));
  const map = useMemo(
    () => (draft?.article && analysis ? analysis.readingMap(draft.article) : null),
    [draft?.article, analysis],
  );
  const marks = useMemo(() => map?.marks ?? [], [map]);
  const parts = useMemo(() => (draft?.article ? articleParts(draft.article) : []), [draft?.article]);

  useEffect(() => {
    const key = focusField.current;
    if (!key) return;
    focusField.current = null;
    const element = document.getElementById(key);
    element?.scrollIntoView({ block: 'center' });
    element?.focus();
  });

  const goTo = (p: QuizProblem) => {
    const { question } = p.where;
    setShowAll(true);
    dispatch({ type: 'step', step: stepOf(p) });
    const field = p.where.field === 'choices' ? 'correct' : p.where.field;
    const id = fieldId(fieldKey(question, field));
    focusField.current = question && field === 'id' ? `question-${question}` : id;
    if (field === 'article') focusField.current = 'import-title';
  };

  // ---- Publishing ----
  const publish = async () => {
    const s = stateRef.current;
    if (!s.draft) return;
    if (problems.length) {
      setShowAll(true);
      setMessage(t.fixFirst(problems.length));
      focusField.current = 'missing-title';
      dispatch({ type: 'step', step: 'publish' });
      return;
    }
    dispatch({ type: 'publish-start' });
    // An autosave on its way would make saveNow() refuse, and Publish fail: wait for it (its 'saved' event has
    // recorded the new base in stateRef by then), then save whatever came after it.
    if (inflight.current) await inflight.current;
    if (stateRef.current.save !== 'saved' && !(await saveNow())) {
      return dispatch({ type: 'publish-failed', message: t.saveBeforePublish });
    }
    const r = await editorApi.publish(s.draft.quiz.id);
    if (r.ok) {
      dispatch({ type: 'published', result: r.data });
      setMessage(t.publishedNow(r.data.revision));
      // The embed codes are what the teacher came for: take them there.
      focusField.current = 'published-title';
    } else {
      dispatch({ type: 'publish-failed', message: r.message });
    }
  };

  const unpublish = async () => {
    const s = stateRef.current;
    if (!s.draft || !window.confirm(t.confirmUnpublish)) return;
    const r = await editorApi.unpublish(s.draft.quiz.id);
    if (r.ok) {
      dispatch({ type: 'unpublished' });
      setMessage(t.unpublishedNow);
    } else {
      dispatch({ type: 'publish-failed', message: r.message });
    }
  };

  const keepMine = async () => {
    const s = stateRef.current;
    if (!s.draft) return;
    const r = await editorApi.draft(s.draft.quiz.id);
    if (r.ok) dispatch({ type: 'rebase', base: r.data.revision });
  };

  const context: EditorContext = {
    lang: state.lang,
    t,
    languages: draft?.quiz.languages ?? [],
    dispatch,
    problems: byField,
    advice: adviceByField,
    shown: (key) => showAll || touched.has(key),
    touch: (key) => setTouched((set) => (set.has(key) ? set : new Set(set).add(key))),
    announce: setMessage,
  };

  const switchLang = (lang: Lang) => {
    localStorage.setItem('lateral-editor-lang', lang);
    dispatch({ type: 'lang', lang });
  };

  return (
    <Editor.Provider value={context}>
      <a class="skip" href="#main">
        {t.skip}
      </a>
      <header class="topbar">
        <p class="brand">
          Lateral <span>{t.appTagline}</span>
        </p>
        <nav aria-label={t.editorLanguage} class="lang-switch">
          {LANGS.map((l) => (
            <button key={l} type="button" lang={l} aria-pressed={state.lang === l} onClick={() => switchLang(l)}>
              {STRINGS[l].languageName[l]}
            </button>
          ))}
        </nav>
        <form method="post" action="/editor/session/end">
          <button type="submit" class="link">
            {t.signOut}
          </button>
        </form>
      </header>
      <p class="sr-only" role="status" aria-live="polite">
        {message}
      </p>
      <main id="main" tabIndex={-1}>
        {state.screen === 'home' || !draft ? (
          <>
            <h1>{t.appName}</h1>
            <p class="lede">{t.homeIntro}</p>
            {notice ? <p class="note">{notice}</p> : null}
            <HomeScreen
              drafts={state.drafts}
              listFailed={state.listFailed}
              onOpen={open}
              onCreate={(d) => {
                dispatch({ type: 'open', draft: d, saved: false, step: 'article' });
                setNotice(null);
              }}
              onDelete={async (id) => {
                await editorApi.remove(id);
                clearBackup(id);
                await loadDrafts();
              }}
              onRetry={loadDrafts}
            />
          </>
        ) : (
          <>
            <div class="quiz-head">
              <button type="button" class="link back" onClick={() => dispatch({ type: 'home' })}>
                {t.allQuizzes}
              </button>
              <h1>{heading}</h1>
              <p class={`save-status ${state.save}`}>{t.saveStatus[state.save]}</p>
            </div>
            {notice ? <p class="note">{notice}</p> : null}
            {state.save === 'conflict' ? (
              <div class="banner" role="alert">
                <p>{t.conflict}</p>
                <button type="button" class="secondary" onClick={() => open(draft.quiz.id)}>
                  {t.loadSaved}
                </button>{' '}
                <button type="button" class="secondary" onClick={keepMine}>
                  {t.keepMine}
                </button>
              </div>
            ) : null}
            {state.save === 'signed-out' ? (
              <div class="banner" role="alert">
                <p>{t.signedOut}</p>
                <a href="/editor" target="_blank" rel="noopener">
                  {t.signInAgain}
                </a>{' '}
                <button type="button" class="secondary" onClick={saveNow}>
                  {t.saveNow}
                </button>
              </div>
            ) : null}
            <nav aria-label={t.steps} class="steps">
              <ol>
                {STEPS.map((step, i) => (
                  <li key={step}>
                    <button
                      type="button"
                      aria-current={state.step === step ? 'step' : undefined}
                      onClick={() => dispatch({ type: 'step', step })}
                    >
                      <span class="step-number">{i + 1}</span> {t.stepName[step]}
                    </button>
                  </li>
                ))}
              </ol>
            </nav>
            {state.step === 'article' ? <ArticleStep draft={draft} stale={state.stale} /> : null}
            {state.step === 'questions' ? (
              <QuestionsStep
                draft={draft}
                map={map}
                marks={marks}
                parts={parts}
                stale={state.stale}
                reasons={reasons}
                onReason={(id, reason) => setReasons((m) => new Map(m).set(id, reason))}
                today={isoDay(Date.now())}
              />
            ) : null}
            {state.step === 'details' ? <DetailsStep quiz={draft.quiz} /> : null}
            {state.step === 'preview' ? <PreviewStep quiz={draft.quiz} /> : null}
            {state.step === 'publish' ? (
              <PublishStep
                draft={draft}
                problems={problems}
                warnings={warnings}
                marks={marks}
                parts={parts}
                publish={state.publish}
                onPublish={publish}
                onUnpublish={unpublish}
                onGoTo={goTo}
                onExport={() => downloadQuizFiles(draft.quiz, draft.article?.text ?? null)}
              />
            ) : null}
            <div class="step-footer">
              {STEPS.indexOf(state.step) < STEPS.length - 1 ? (
                <button
                  type="button"
                  class="primary"
                  onClick={() => {
                    dispatch({ type: 'step', step: STEPS[STEPS.indexOf(state.step) + 1] ?? 'publish' });
                    focusField.current = 'main';
                  }}
                >
                  {t.nextStep(t.stepName[STEPS[STEPS.indexOf(state.step) + 1] ?? 'publish'])}
                </button>
              ) : null}
            </div>
          </>
        )}
      </main>
    </Editor.Provider>
  );
}
