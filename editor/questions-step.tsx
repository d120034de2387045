// Step 2: the article with its marks beside the questions drafted from them.

import { useEffect, useRef, useState } from 'preact/hooks';
import type { Draft } from '../contract/editor.ts';
import { SKILL_LABELS } from '../contract/skills.ts';
import { ArticleView } from './article-view.tsx';
import { useEditor } from './context.ts';
import { CoverageSummary } from './coverage-panel.tsx';
import { DraftPanel, useWriter } from './draft-panel.tsx';
import { type Edit, nextQuestionId } from './draft-edits.ts';
import { QuestionCard, questionProblemCount } from './question-card.tsx';
import type { ArticlePart, Mark, ReadingMap } from './reading-map.ts';
import { ReviewTick } from './review-tick.tsx';

type Props = {
  draft: Draft;
  /** The article's reading map, which the question writer drafts from; null before an article is imported. */
  map: ReadingMap | null;
  marks: Mark[];
  parts: ArticlePart[];
  stale: string[];
  reasons: Map<string, string>;
  onReason: (questionId: string, reason: string) => void;
  today: string;
};

export function QuestionsStep({ draft, map, marks, parts, stale, reasons, onReason, today }: Props) {
  const { t, lang, dispatch, announce, problems } = useEditor();
  const quiz = draft.quiz;
  // Open at first: the questions with something left to write (all of them in a new quiz).
  const [open, setOpen] = useState<Set<string>>(
    () => new Set(quiz.questions.filter((q) => questionProblemCount(problems, q.id) > 0).map((q) => q.id)),
  );
  const toggle = (id: string) =>
    setOpen((set) => {
      const next = new Set(set);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  /** After a change that moves or adds a card, where focus goes once it is drawn. */
  const focusNext = useRef<string | null>(null);

  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    const element = document.getElementById(target);
    element?.focus();
    element?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  });

  const edit = (e: Edit) => {
    if (e.type === 'move-question') {
      const q = quiz.questions[e.index];
      if (q) {
        const to = e.index + e.by;
        focusNext.current =
          to === 0
            ? `down-${q.id}`
            : to === quiz.questions.length - 1
              ? `up-${q.id}`
              : `${e.by < 0 ? 'up' : 'down'}-${q.id}`;
        announce(t.movedTo(to + 1));
      }
    }
    if (e.type === 'delete-question') {
      const next = quiz.questions[e.index + 1] ?? quiz.questions[e.index - 1];
      focusNext.current = next ? `question-${next.id}` : 'add-question';
      announce(t.deleted(e.index + 1));
    }
    dispatch({ type: 'edit', edit: e });
  };
  const writer = useWriter(quiz, draft.article, map, (e) => dispatch({ type: 'edit', edit: e }));

  const draftQuestion = (passage: string, mark?: Mark, range?: { start: number; end: number }) => {
    // A selection quoted with a chosen pattern: the writer drafts the whole question when it can.
    const written = !mark && range ? writer.fromSelection(range) : null;
    if (written) {
      setOpen((set) => new Set(set).add(written.id));
      focusNext.current = `question-${written.id}`;
      announce(t.draftedFromSelection(quiz.questions.length + 1));
      return;
    }
    const id = nextQuestionId(quiz);
    dispatch({ type: 'edit', edit: { type: 'add-question', id, passage, ...(mark ? { skill: mark.skill } : {}) } });
    if (mark) onReason(id, mark.reason[lang]);
    setOpen((set) => new Set(set).add(id));
    focusNext.current = `question-${id}`;
    announce(
      mark
        ? t.draftedFromMark(quiz.questions.length + 1, SKILL_LABELS[mark.skill][lang])
        : t.draftedFromSelection(quiz.questions.length + 1),
    );
  };

  return (
    <div class="questions-step">
      <div class="article-column">
        {draft.article ? (
          <ArticleView article={draft.article} marks={marks} quiz={quiz} onDraft={draftQuestion} />
        ) : (
          <p class="note">{t.noArticleYet}</p>
        )}
      </div>
      <div class="questions-column">
        <DraftPanel writer={writer} canDraft={Boolean(draft.article && map)} />
        <CoverageSummary quiz={quiz} article={draft.article} marks={marks} parts={parts} />
        <div class="questions-heading">
          <h2>{t.questionsHeading(quiz.questions.length)}</h2>
          {quiz.questions.length > 1 ? (
            <div class="question-actions">
              <button type="button" class="small" onClick={() => setOpen(new Set(quiz.questions.map((q) => q.id)))}>
                {t.openAll}
              </button>
              <button type="button" class="small" onClick={() => setOpen(new Set())}>
                {t.closeAll}
              </button>
            </div>
          ) : null}
        </div>
        {quiz.questions.length === 0 ? <p class="note">{t.noQuestionsYet}</p> : null}
        {quiz.questions.map((q, i) => (
          <QuestionCard
            key={q.id}
            question={q}
            index={i}
            count={quiz.questions.length}
            stale={stale.includes(q.id)}
            reason={reasons.get(q.id)}
            onEdit={edit}
            today={today}
            open={open.has(q.id)}
            onToggle={() => toggle(q.id)}
            review={
              <ReviewTick
                question={q}
                index={i}
                onEdit={edit}
                onAnother={
                  map
                    ? () => {
                        const next = writer.another(i);
                        if (next) focusNext.current = `question-${next.id}`;
                      }
                    : undefined
                }
              />
            }
          />
        ))}
        <button type="button" id="add-question" class="secondary" onClick={() => draftQuestion('')}>
          {t.addBlankQuestion}
        </button>
      </div>
    </div>
  );
}
