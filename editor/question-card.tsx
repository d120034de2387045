// One question in the editor: passage, skill, kind, stance, prompt, choices, lesson and sources, both languages.

import type { ComponentChildren } from 'preact';
import { type QuestionFile, type QuestionType, STANCES, type Stance } from '../contract/quiz.ts';
import { SKILLS, SKILL_LABELS } from '../contract/skills.ts';
import { useEditor } from './context.ts';
import type { Edit } from './draft-edits.ts';
import { Bilingual, Field, FieldErrors } from './fields.tsx';
import { fieldId, fieldKey } from './problem-text.ts';

type Props = {
  question: QuestionFile;
  index: number;
  count: number;
  stale: boolean;
  /** The map's reason, when the question was drafted from a mark in this session. */
  reason?: string;
  onEdit: (edit: Edit) => void;
  today: string;
  /** A closed card shows only its heading, what is left to write and its buttons: a long quiz stays scannable. */
  open: boolean;
  onToggle: () => void;
  /** The drafted question's review (review-tick.tsx), shown open or closed. */
  review?: ComponentChildren;
};

const TYPES: QuestionType[] = ['single', 'multiple', 'true-false'];

/** How many problems a question has, shown on its summary line so a closed card still says what's left. */
export function questionProblemCount(problems: Map<string, string[]>, id: string): number {
  let n = 0;
  for (const [key, list] of problems) if (key.startsWith(`${id}|`)) n += list.length;
  return n;
}

export function QuestionCard({
  question: q,
  index,
  count,
  stale,
  reason,
  onEdit,
  today,
  open,
  onToggle,
  review,
}: Props) {
  const { t, lang, problems, shown } = useEditor();
  const set = (path: (string | number)[], value: unknown) =>
    onEdit({ type: 'set', path: ['questions', index, ...path], value });
  const left = questionProblemCount(problems, q.id);
  const title = q.prompt[lang] || q.prompt.en || q.passage.text;
  const headingId = `question-${q.id}`;
  const correctKey = fieldKey(q.id, 'correct');
  const correctErrors = [
    ...(shown(correctKey) ? (problems.get(correctKey) ?? []) : []),
    ...(shown(fieldKey(q.id, 'choices')) ? (problems.get(fieldKey(q.id, 'choices')) ?? []) : []),
  ];
  const multiple = q.type === 'multiple';

  return (
    <article class="question-card" aria-labelledby={headingId} data-question={q.id}>
      <header class="question-head">
        <h3 id={headingId} tabIndex={-1}>
          <span class="number">{`${t.question} ${index + 1}`}</span>
          <span class="question-title">{title ? ` · ${title.slice(0, 90)}${title.length > 90 ? '…' : ''}` : ''}</span>
        </h3>
        <p class={`status ${left ? 'todo' : 'done'}`}>{left ? t.thingsLeft(left) : t.complete}</p>
        <div class="question-actions">
          <button
            type="button"
            class="small"
            id={`toggle-${q.id}`}
            aria-expanded={open}
            aria-controls={`body-${q.id}`}
            onClick={onToggle}
          >
            {open ? t.hideQuestion : t.editQuestion}
          </button>
          <button
            type="button"
            class="small"
            id={`up-${q.id}`}
            disabled={index === 0}
            onClick={() => onEdit({ type: 'move-question', index, by: -1 })}
          >
            {t.moveUp}
          </button>
          <button
            type="button"
            class="small"
            id={`down-${q.id}`}
            disabled={index === count - 1}
            onClick={() => onEdit({ type: 'move-question', index, by: 1 })}
          >
            {t.moveDown}
          </button>
          <button type="button" class="small danger" onClick={() => onEdit({ type: 'delete-question', index })}>
            {t.delete}
          </button>
        </div>
      </header>
      {review}

      {stale ? (
        <p class="warning" role="note">
          {t.stalePassage}
        </p>
      ) : null}
      <div id={`body-${q.id}`} hidden={!open}>
        {reason ? <p class="reason">{`${t.suggestedBecause} ${reason}`}</p> : null}

        <div class="passage-block">
          <Field
            field="passage.text"
            question={q.id}
            label={t.passage}
            hint={t.passageHint}
            value={q.passage.text}
            onInput={(v) => set(['passage', 'text'], v)}
            multiline
            rows={3}
            lang="en"
          />
          <Field
            field="passage.translation.es"
            question={q.id}
            label={t.passageTranslation}
            value={q.passage.translation?.es ?? ''}
            onInput={(v) => set(['passage', 'translation', 'es'], v)}
            multiline
            rows={3}
            lang="es"
          />
        </div>

        <div class="row three">
          <div class="field">
            <label for={fieldId(fieldKey(q.id, 'skill'))}>{t.skill}</label>
            <select
              id={fieldId(fieldKey(q.id, 'skill'))}
              value={q.skill}
              onChange={(e) => set(['skill'], e.currentTarget.value)}
            >
              {SKILLS.map((s) => (
                <option key={s} value={s}>
                  {SKILL_LABELS[s][lang]}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for={fieldId(fieldKey(q.id, 'type'))}>{t.kind}</label>
            <select
              id={fieldId(fieldKey(q.id, 'type'))}
              value={q.type}
              onChange={(e) => onEdit({ type: 'set-type', index, questionType: e.currentTarget.value as QuestionType })}
            >
              {TYPES.map((type) => (
                <option key={type} value={type}>
                  {t.types[type]}
                </option>
              ))}
            </select>
          </div>
          <fieldset class="field stance" id={fieldId(fieldKey(q.id, 'stance'))}>
            <legend>{t.stance}</legend>
            {STANCES.map((s: Stance) => (
              <label key={s} class="choice-line">
                <input
                  type="radio"
                  name={`stance-${q.id}`}
                  value={s}
                  checked={q.stance === s}
                  onChange={() => set(['stance'], s)}
                />
                {t.stances[s]}
              </label>
            ))}
          </fieldset>
        </div>

        <Bilingual
          field="prompt"
          question={q.id}
          legend={t.prompt}
          value={q.prompt}
          onInput={(l, v) => set(['prompt', l], v)}
          multiline
          rows={2}
        />

        <fieldset
          class="choices"
          id={fieldId(correctKey)}
          aria-describedby={correctErrors.length ? `${fieldId(correctKey)}-errors` : undefined}
        >
          <legend>{t.choices}</legend>
          <p class="hint">{multiple ? t.choicesHintMultiple : t.choicesHintSingle}</p>
          <FieldErrors id={`${fieldId(correctKey)}-errors`} errors={correctErrors} />
          {q.choices.map((c, ci) => {
            const letter = String.fromCharCode(65 + ci);
            return (
              <div class={`choice${q.correct.includes(c.id) ? ' is-correct' : ''}`} key={c.id}>
                <div class="choice-head">
                  <label class="choice-line">
                    <input
                      type={multiple ? 'checkbox' : 'radio'}
                      name={`correct-${q.id}`}
                      checked={q.correct.includes(c.id)}
                      onChange={() => onEdit({ type: 'toggle-correct', index, choiceId: c.id })}
                    />
                    {t.rightAnswer(letter)}
                  </label>
                  {q.type !== 'true-false' && q.choices.length > 2 ? (
                    <button
                      type="button"
                      class="small danger"
                      onClick={() => onEdit({ type: 'remove-choice', index, choice: ci })}
                    >
                      {t.removeChoice(letter)}
                    </button>
                  ) : null}
                </div>
                <Bilingual
                  field={`choices[${ci}].text`}
                  question={q.id}
                  legend={t.choiceText(letter)}
                  value={c.text}
                  onInput={(l, v) => set(['choices', ci, 'text', l], v)}
                />
                <Bilingual
                  field={`choices[${ci}].explanation`}
                  question={q.id}
                  legend={t.choiceExplanation(letter)}
                  value={c.explanation}
                  onInput={(l, v) => set(['choices', ci, 'explanation', l], v)}
                  multiline
                  rows={2}
                />
              </div>
            );
          })}
          {q.type !== 'true-false' && q.choices.length < 8 ? (
            <button type="button" class="secondary small" onClick={() => onEdit({ type: 'add-choice', index })}>
              {t.addChoice}
            </button>
          ) : null}
          <Field
            field="fixedOrder"
            question={q.id}
            label={t.fixedOrder}
            hint={t.fixedOrderHint}
            value={q.fixedOrder ?? ''}
            onInput={(v) => set(['fixedOrder'], v || undefined)}
          />
        </fieldset>

        <Bilingual
          field="explanation"
          question={q.id}
          legend={t.lesson}
          hint={t.lessonHint}
          value={q.explanation}
          onInput={(l, v) => set(['explanation', l], v)}
          multiline
          rows={3}
        />

        <fieldset class="sources">
          <legend>{t.sources}</legend>
          <p class="hint">{t.sourcesHint}</p>
          {(q.sources ?? []).map((s, si) => (
            <div class="source" key={si}>
              <Field
                field={`sources[${si}].name`}
                question={q.id}
                label={t.sourceName(si + 1)}
                value={s.name}
                onInput={(v) => set(['sources', si, 'name'], v)}
              />
              <Field
                field={`sources[${si}].url`}
                question={q.id}
                label={t.sourceUrl(si + 1)}
                type="url"
                value={s.url}
                onInput={(v) => set(['sources', si, 'url'], v)}
              />
              <Field
                field={`sources[${si}].accessed`}
                question={q.id}
                label={t.sourceAccessed(si + 1)}
                type="date"
                value={s.accessed ?? ''}
                onInput={(v) => set(['sources', si, 'accessed'], v || undefined)}
              />
              <button
                type="button"
                class="small danger"
                onClick={() => onEdit({ type: 'remove-source', index, source: si })}
              >
                {t.removeSource(si + 1)}
              </button>
            </div>
          ))}
          <button
            type="button"
            class="secondary small"
            onClick={() => onEdit({ type: 'add-source', index, accessed: today })}
          >
            {t.addSource}
          </button>
        </fieldset>
      </div>
    </article>
  );
}
