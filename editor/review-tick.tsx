// A drafted question's review (issue 19): its "needs review" state, what its template may have got wrong, the tick
// that clears the mark, and "Another question" to swap it for the next-best one.

import { useRef } from 'preact/hooks';
import type { QuestionFile, QuizFile, ReviewMark } from '../contract/quiz.ts';
import { useEditor } from './context.ts';
import type { Edit } from './draft-edits.ts';
import { FieldErrors } from './fields.tsx';
import { fieldId, fieldKey } from './problem-text.ts';

/** Whether any drafted question still waits for review: the draft button then says "Refresh the draft". */
export const hasDraft = (quiz: QuizFile) => quiz.questions.some((q) => q.needsReview);

type Props = {
  question: QuestionFile;
  index: number;
  onEdit: (edit: Edit) => void;
  /** Swaps this question for the next-best drafted one; absent when there is no article to draft from. */
  onAnother?: () => void;
};

export function ReviewTick({ question: q, index, onEdit, onAnother }: Props) {
  const { t, lang, problems, shown } = useEditor();
  // The mark as drafted, kept while the card is on screen so an untick puts it back as it was.
  const drafted = useRef<ReviewMark | undefined>(q.needsReview);
  if (q.needsReview) drafted.current = q.needsReview;
  const mark = drafted.current;
  // A question the teacher wrote herself has nothing to review.
  if (!mark) return null;

  const key = fieldKey(q.id, 'needsReview');
  const id = fieldId(key);
  const checked = !q.needsReview;
  const errors = shown(key) ? (problems.get(key) ?? []) : [];
  const tick = (on: boolean) =>
    onEdit({ type: 'set', path: ['questions', index, 'needsReview'], value: on ? undefined : mark });

  return (
    <div class={`review${checked ? ' is-checked' : ''}`} data-review={checked ? 'checked' : 'needed'}>
      <p class="review-state">
        <strong>{checked ? t.checkedByYou : t.needsReview}</strong>{' '}
        {checked ? null : (
          <span>
            {t.whatToCheck} {mark.check[lang]}
          </span>
        )}
      </p>
      <label class="choice-line">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          aria-describedby={errors.length ? `${id}-errors` : undefined}
          onChange={(e) => tick(e.currentTarget.checked)}
        />
        {t.reviewTick}
      </label>
      <FieldErrors id={`${id}-errors`} errors={errors} />
      {onAnother && !checked ? (
        <button type="button" class="small secondary" onClick={onAnother}>
          {t.anotherQuestion}
        </button>
      ) : null}
    </div>
  );
}
