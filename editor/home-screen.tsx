// The editor's first screen: your quizzes, a new quiz, or a quiz file to open.

import { useState } from 'preact/hooks';
import type { Draft, DraftListItem } from '../contract/editor.ts';
import { LANGS, type Lang, isQuizId } from '../contract/quiz.ts';
import { switchLanguage } from '../contract/quiz-languages.ts';
import { useEditor } from './context.ts';
import { editorApi } from './editor-api.ts';
import { blankQuiz } from './draft-edits.ts';
import { LanguagesField } from './languages-field.tsx';
import { parseQuizFile, slugOf } from './quiz-file.ts';
import { loadAnalysis } from './use-analysis.ts';
import { formatDate } from './publish-step.tsx';

type Props = {
  drafts: DraftListItem[] | null;
  listFailed: boolean;
  onOpen: (id: string) => void;
  onCreate: (draft: Draft) => void;
  onDelete: (id: string) => void;
  onRetry: () => void;
};

/** Whether an id is taken: by a draft, or by a quiz readers can reach (bundled, published or unpublished). */
async function idTaken(id: string, drafts: DraftListItem[]): Promise<boolean> {
  if (drafts.some((d) => d.id === id)) return true;
  const r = await editorApi.idFree(id);
  return !r.ok || !r.data.free;
}

export function HomeScreen({ drafts, listFailed, onOpen, onCreate, onDelete, onRetry }: Props) {
  const { t, lang } = useEditor();
  const [title, setTitle] = useState('');
  const [languages, setLanguages] = useState<Lang[]>([...LANGS]);
  const [id, setId] = useState('');
  const [idEdited, setIdEdited] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const quizId = idEdited ? id : slugOf(title);

  const create = async (e: Event) => {
    e.preventDefault();
    setError(null);
    if (!title.trim()) return setError(t.newErrors.title);
    if (!isQuizId(quizId)) return setError(t.newErrors.id);
    if (await idTaken(quizId, drafts ?? [])) return setError(t.newErrors.taken(quizId));
    onCreate({ quiz: blankQuiz(quizId, title.trim(), languages), article: null, updatedAt: new Date().toISOString() });
  };

  /** The quiz file, and its article text if chosen with it (`<id>.article.txt`, as questions/ keeps them). */
  const openFile = async (e: Event) => {
    setFileError(null);
    const input = e.currentTarget as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    const quizFile = files.find((f) => f.name.endsWith('.json'));
    const articleFile = files.find((f) => f.name.endsWith('.txt'));
    if (!quizFile) return setFileError(t.fileErrors['not-json']);
    const read = parseQuizFile(await quizFile.text());
    if (!read.ok) return setFileError(t.fileErrors[read.failure]);
    if ((drafts ?? []).some((d) => d.id === read.quiz.id)) return setFileError(t.fileErrors.exists(read.quiz.id));
    let article: Draft['article'] = null;
    if (articleFile) {
      try {
        const { importArticle } = await loadAnalysis();
        article = (await importArticle(new Uint8Array(await articleFile.arrayBuffer()), 'text')).article;
      } catch {
        return setFileError(t.fileErrors.article);
      }
    }
    onCreate({ quiz: read.quiz, article, updatedAt: new Date().toISOString() });
  };

  return (
    <div class="home">
      <section class="panel" aria-labelledby="drafts-title">
        <h2 id="drafts-title">{t.yourQuizzes}</h2>
        {listFailed ? (
          <p class="field-error" role="alert">
            {t.listFailed}{' '}
            <button type="button" class="link" onClick={onRetry}>
              {t.retry}
            </button>
          </p>
        ) : drafts === null ? (
          <p class="note">{t.loading}</p>
        ) : drafts.length === 0 ? (
          <p class="note">{t.noDrafts}</p>
        ) : (
          <ul class="draft-list">
            {drafts.map((d) => (
              <li key={d.id}>
                <div>
                  <button type="button" class="link title" onClick={() => onOpen(d.id)}>
                    {d.title}
                  </button>
                  <span class={`badge ${d.published ? (d.published.hidden ? 'hidden' : 'live') : 'draft'}`}>
                    {d.published ? (d.published.hidden ? t.badgeUnpublished : t.badgePublished) : t.badgeDraft}
                  </span>
                </div>
                <p class="hint">{t.lastSaved(formatDate(d.updatedAt, lang))}</p>
                <button
                  type="button"
                  class="small danger"
                  aria-label={t.deleteDraftNamed(d.title)}
                  onClick={() => window.confirm(t.confirmDelete(d.title)) && onDelete(d.id)}
                >
                  {t.deleteDraft}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section class="panel" aria-labelledby="new-title">
        <h2 id="new-title">{t.newQuiz}</h2>
        <form onSubmit={create}>
          <LanguagesField
            languages={languages}
            onSwitch={(lang, on) => setLanguages((now) => switchLanguage(now, lang, on))}
          />
          <div class="field">
            <label for="new-quiz-title">{t.newQuizTitle(languages[0] ?? 'en')}</label>
            <input id="new-quiz-title" value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="new-quiz-id">{t.newQuizId}</label>
            <p id="new-quiz-id-hint" class="hint">
              {t.newQuizIdHint}
            </p>
            <input
              id="new-quiz-id"
              value={quizId}
              aria-describedby={error ? 'new-quiz-id-hint new-quiz-error' : 'new-quiz-id-hint'}
              onInput={(e) => {
                setIdEdited(true);
                setId(e.currentTarget.value);
              }}
            />
          </div>
          {error ? (
            <p id="new-quiz-error" class="field-error" role="alert">
              {error}
            </p>
          ) : null}
          <button type="submit" class="primary">
            {t.createQuiz}
          </button>
        </form>
      </section>

      <section class="panel" aria-labelledby="open-file-title">
        <h2 id="open-file-title">{t.openFile}</h2>
        <p>{t.openFileHelp}</p>
        <div class="field">
          <label for="quiz-file">{t.quizFile}</label>
          <p id="quiz-file-hint" class="hint">
            {t.quizFileHint}
          </p>
          <input
            id="quiz-file"
            type="file"
            multiple
            accept=".json,.txt,application/json,text/plain"
            aria-describedby={fileError ? 'quiz-file-hint quiz-file-error' : 'quiz-file-hint'}
            onChange={openFile}
          />
        </div>
        {fileError ? (
          <p id="quiz-file-error" class="field-error" role="alert">
            {fileError}
          </p>
        ) : null}
      </section>
    </div>
  );
}
