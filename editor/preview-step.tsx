// Step 4: the draft in the real widget, loaded by the same embed.js readers get, in either language and theme.

import { useEffect, useRef, useState } from 'preact/hooks';
import { LANGS, type Lang, type QuizFile } from '../contract/quiz.ts';
import { useEditor } from './context.ts';
import { PREVIEW_ORIGIN } from './preview-api.ts';
import { setPreviewQuiz } from './preview-quiz.ts';
// window.Lateral, as embed.js defines it.
import type {} from '../widget/core/global.ts';

type Theme = 'light' | 'dark';

/** Loads /embed.js once per page, exactly as a host page does, and resolves with window.Lateral. */
let loading: Promise<NonNullable<Window['Lateral']>> | undefined;
function loadWidget(): Promise<NonNullable<Window['Lateral']>> {
  loading ??= new Promise((resolve, reject) => {
    if (window.Lateral) return resolve(window.Lateral);
    const script = document.createElement('script');
    script.src = '/embed.js';
    script.async = true;
    script.onload = () => (window.Lateral ? resolve(window.Lateral) : reject(new Error('no Lateral')));
    script.onerror = () => {
      loading = undefined;
      reject(new Error('embed.js did not load'));
    };
    document.head.append(script);
  });
  return loading;
}

export function PreviewStep({ quiz }: { quiz: QuizFile }) {
  const { t, lang: editorLang } = useEditor();
  // The editor's own language first: a teacher working in Spanish sees the Spanish quiz first.
  const [lang, setLang] = useState<Lang>(editorLang);
  const [theme, setTheme] = useState<Theme>('light');
  const [run, setRun] = useState(0);
  const [failed, setFailed] = useState(false);
  const host = useRef<HTMLDivElement>(null);
  setPreviewQuiz(quiz);

  useEffect(() => {
    let unmount: (() => void) | undefined;
    let live = true;
    setFailed(false);
    loadWidget().then(
      (lateral) => {
        if (!live || !host.current) return;
        unmount = lateral.mount(host.current, { quiz: quiz.id, lang, theme, origin: PREVIEW_ORIGIN });
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
      unmount?.();
    };
    // The quiz is read through the preview API at each request; a restart picks up edits made meanwhile.
  }, [lang, theme, run, quiz.id]);

  return (
    <section class="preview-step" aria-labelledby="preview-title">
      <h2 id="preview-title">{t.previewTitle}</h2>
      <p>{t.previewHelp}</p>
      <p class="note">{t.previewShuffled}</p>
      <div class="preview-tools">
        <fieldset class="segmented">
          <legend>{t.previewLanguage}</legend>
          {LANGS.map((l) => (
            <label key={l} class="choice-line">
              <input type="radio" name="preview-lang" checked={lang === l} onChange={() => setLang(l)} />
              {t.languageName[l]}
            </label>
          ))}
        </fieldset>
        <fieldset class="segmented">
          <legend>{t.previewTheme}</legend>
          {(['light', 'dark'] as const).map((th) => (
            <label key={th} class="choice-line">
              <input type="radio" name="preview-theme" checked={theme === th} onChange={() => setTheme(th)} />
              {t.themeName[th]}
            </label>
          ))}
        </fieldset>
        <button type="button" class="secondary" onClick={() => setRun((n) => n + 1)}>
          {t.restartPreview}
        </button>
      </div>
      {failed ? (
        <p class="field-error" role="alert">
          {t.previewFailed}
        </p>
      ) : null}
      <div class={`preview-stage ${theme}`}>
        <div ref={host} class="preview-host" />
      </div>
    </section>
  );
}
