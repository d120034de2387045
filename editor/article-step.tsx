// Step 1: import the article, by pasting its text or uploading a saved web page; replace it later if it changes.

import { useState } from 'preact/hooks';
import type { Draft } from '../contract/editor.ts';
import { useEditor } from './context.ts';
import { ImportRefused } from './article.ts';
import { loadAnalysis } from './use-analysis.ts';

/** Saved pages larger than this are not articles we can read (the map also stops at 200 KB of text). */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

export function ArticleStep({ draft, stale }: { draft: Draft; stale: string[] }) {
  const { t, dispatch, announce } = useEditor();
  const [mode, setMode] = useState<'text' | 'html'>('html');
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const article = draft.article;

  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    let content: string | Uint8Array = text;
    if (mode === 'html') {
      if (!file) return setError(t.importErrors.noFile);
      if (file.size > MAX_FILE_BYTES) return setError(t.importErrors['too-large']);
      // Bytes, not text: the map tells a web page from a PDF or an image by its first bytes.
      content = new Uint8Array(await file.arrayBuffer());
    }
    setBusy(true);
    try {
      const imported = await (await loadAnalysis()).importArticle(content, mode);
      dispatch({ type: 'article', article: imported.article, source: imported.source });
      announce(t.imported);
      setText('');
      setFile(null);
    } catch (err) {
      setError(err instanceof ImportRefused ? t.importErrors[err.code] : t.importErrors.unreadable);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="article-step">
      {article ? (
        <section class="panel" aria-labelledby="article-info-title">
          <h2 id="article-info-title">{t.importedArticle}</h2>
          <dl class="facts">
            <dt>{t.headline}</dt>
            <dd lang={article.lang}>{article.title}</dd>
            {article.byline ? (
              <>
                <dt>{t.byline}</dt>
                <dd lang={article.lang}>{article.byline}</dd>
              </>
            ) : null}
            {article.site ? (
              <>
                <dt>{t.site}</dt>
                <dd>{article.site}</dd>
              </>
            ) : null}
            {article.published ? (
              <>
                <dt>{t.published}</dt>
                <dd lang={article.lang}>{article.published}</dd>
              </>
            ) : null}
            <dt>{t.length}</dt>
            <dd>{`${t.words(article.wordCount)} · ${t.languageName[article.lang]}`}</dd>
            <dt>{t.fingerprint}</dt>
            <dd>
              <code title={article.sha256}>{`SHA-256 ${article.sha256.slice(0, 16)}…`}</code>
            </dd>
          </dl>
          {stale.length ? (
            <p class="warning" role="note">
              {t.staleAfterImport(stale.length)}
            </p>
          ) : null}
          <button type="button" class="primary" onClick={() => dispatch({ type: 'step', step: 'questions' })}>
            {t.nextWriteQuestions}
          </button>
        </section>
      ) : null}

      <section class="panel" aria-labelledby="import-title">
        <h2 id="import-title">{article ? t.replaceArticle : t.importArticle}</h2>
        <p>{article ? t.replaceHelp : t.importHelp}</p>
        <form onSubmit={submit}>
          <fieldset class="modes">
            <legend>{t.importHow}</legend>
            <label class="choice-line">
              <input type="radio" name="mode" checked={mode === 'html'} onChange={() => setMode('html')} />
              {t.uploadPage}
            </label>
            <label class="choice-line">
              <input type="radio" name="mode" checked={mode === 'text'} onChange={() => setMode('text')} />
              {t.pasteText}
            </label>
          </fieldset>
          {mode === 'html' ? (
            <div class="field">
              <label for="article-file">{t.pageFile}</label>
              <p id="article-file-hint" class="hint">
                {t.pageFileHint}
              </p>
              <input
                id="article-file"
                type="file"
                accept=".html,.htm,text/html"
                aria-describedby={error ? 'article-file-hint import-error' : 'article-file-hint'}
                onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
              />
            </div>
          ) : (
            <div class="field">
              <label for="article-paste">{t.articleText}</label>
              <p id="article-paste-hint" class="hint">
                {t.articleTextHint}
              </p>
              <textarea
                id="article-paste"
                rows={12}
                lang="en"
                value={text}
                aria-describedby={error ? 'article-paste-hint import-error' : 'article-paste-hint'}
                onInput={(e) => setText(e.currentTarget.value)}
              />
            </div>
          )}
          {error ? (
            <p id="import-error" class="field-error" role="alert">
              {error}
            </p>
          ) : null}
          <button type="submit" class="primary" disabled={busy}>
            {busy ? t.importing : t.importButton}
          </button>
        </form>
      </section>
    </div>
  );
}
