// The question writer in the editor (issue 19): "Draft a quiz" or refresh it, the warning that templates can be wrong,
// the pattern for quoted selections, and the moves a drafted question card offers (another question).

import { useState } from 'preact/hooks';
import type { Article } from '../contract/article.ts';
import type { QuestionFile, QuizFile } from '../contract/quiz.ts';
import type { ReadingMap, TextRange } from '../contract/reading-map.ts';
import type { PatternId } from '../question-writer/patterns/pattern.ts';
import { useEditor } from './context.ts';
import type { Edit } from './draft-edits.ts';
import { hasDraft } from './review-tick.tsx';
import { useAnalysis } from './use-analysis.ts';

/** The writer's moves on one quiz; each ends in an edit, so saving, undo-by-refresh and problems work as for typing. */
export function useWriter(quiz: QuizFile, article: Article | null, map: ReadingMap | null, onEdit: (e: Edit) => void) {
  const { t, lang, announce } = useEditor();
  // Loaded already whenever there is a map (app.tsx asked for it): the writer lives in the same chunk.
  const { analysis } = useAnalysis(Boolean(article));
  const [pattern, setPattern] = useState<PatternId | ''>('');
  /** Passages the teacher turned down with "Another question" in this session: never offered again. */
  const [skip, setSkip] = useState<string[]>([]);
  /** What the last move could not do, in words, until the next move. */
  const [notice, setNotice] = useState('');
  const tell = (text: string) => {
    setNotice(text);
    announce(text);
  };

  const draft = () => {
    if (!article || !map || !analysis) return;
    const next = analysis.draftInto(quiz, article, map);
    onEdit({ type: 'replace', quiz: next });
    const added = next.questions.filter((q) => q.needsReview).length;
    setNotice(added ? '' : t.nothingToDraft);
    announce(added ? t.draftedQuiz(added) : t.nothingToDraft);
  };

  /** Replaces question `index`; returns the new question, or null (and says so) when the article has no other. */
  const another = (index: number): QuestionFile | null => {
    const replaced = quiz.questions[index];
    if (!article || !map || !analysis || !replaced) return null;
    const turnedDown = [...skip, replaced.passage.text];
    const next = analysis.anotherQuestion(quiz, index, article, map, { skip: turnedDown });
    if (!next) {
      tell(t.noOtherQuestion);
      return null;
    }
    setNotice('');
    setSkip(turnedDown);
    onEdit({ type: 'set', path: ['questions', index], value: next });
    announce(t.anotherDrafted(index + 1));
    return next;
  };

  /** A question on the selected words with the chosen pattern; null when none is chosen or it can't be written there. */
  const fromSelection = (range: TextRange): QuestionFile | null => {
    if (!pattern || !article || !map || !analysis) return null;
    const q = analysis.questionFromSelection(quiz, article, map, range, pattern);
    if (!q) {
      const label = analysis.SELECTABLE.find((p) => p.id === pattern)?.label[lang] ?? pattern;
      tell(t.cantDraftThere(label));
      return null;
    }
    setNotice('');
    onEdit({ type: 'set', path: ['questions', quiz.questions.length], value: q });
    return q;
  };

  const patterns = analysis?.SELECTABLE ?? [];
  return { draft, another, fromSelection, pattern, setPattern, notice, patterns, refresh: hasDraft(quiz) };
}

export type Writer = ReturnType<typeof useWriter>;

export function DraftPanel({ writer, canDraft }: { writer: Writer; canDraft: boolean }) {
  const { t, lang } = useEditor();
  return (
    <section class="panel draft-panel" aria-labelledby="draft-title">
      <h2 id="draft-title">{t.draftTitle}</h2>
      <p class="hint">{t.draftHelp}</p>
      <p class="warning" role="note" id="draft-warning">
        {t.draftWarning}
      </p>
      <button
        type="button"
        class="primary"
        id="draft-quiz"
        disabled={!canDraft}
        aria-describedby="draft-warning"
        onClick={writer.draft}
      >
        {writer.refresh ? t.refreshDraft : t.draftQuiz}
      </button>
      {writer.refresh ? <p class="hint">{t.refreshHelp}</p> : null}
      {writer.notice ? <p class="note">{writer.notice}</p> : null}
      <div class="field inline">
        <label for="selection-pattern">{t.selectionPattern}</label>
        <select
          id="selection-pattern"
          value={writer.pattern}
          disabled={!canDraft}
          onChange={(e) => writer.setPattern(e.currentTarget.value as PatternId | '')}
        >
          <option value="">{t.selectionBlank}</option>
          {writer.patterns.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label[lang]}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
