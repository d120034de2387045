// Form fields with their label, hint and problems beside them, and the English–Spanish pair side by side.

import type { ComponentChildren } from 'preact';
import { LANGS, type Lang } from '../contract/quiz.ts';
import { useEditor } from './context.ts';
import { fieldId, fieldKey } from './problem-text.ts';

type FieldProps = {
  /** The validator's field path, e.g. "prompt.es" or "choices[0].text.en". */
  field: string;
  /** The question the field belongs to, when it does. */
  question?: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'url' | 'date';
  hint?: string;
  lang?: Lang;
  placeholder?: string;
};

/** The problems of one field, announced politely, tied to the control by aria-describedby; advice is marked as such. */
export function FieldErrors({ id, errors, advice = false }: { id: string; errors: string[]; advice?: boolean }) {
  if (errors.length === 0) return null;
  return (
    <ul id={id} class={advice ? 'field-advice' : 'field-errors'}>
      {errors.map((e) => (
        <li key={e}>{e}</li>
      ))}
    </ul>
  );
}

export function Field({
  field,
  question,
  label,
  value,
  onInput,
  multiline,
  rows = 3,
  type = 'text',
  hint,
  lang,
  placeholder,
}: FieldProps) {
  const { problems, advice, shown, touch } = useEditor();
  const key = fieldKey(question, field);
  const id = fieldId(key);
  const errors = shown(key) ? (problems.get(key) ?? []) : [];
  const notes = shown(key) ? (advice.get(key) ?? []) : [];
  const described =
    [hint ? `${id}-hint` : '', errors.length ? `${id}-errors` : '', notes.length ? `${id}-advice` : '']
      .filter(Boolean)
      .join(' ') || undefined;
  const common = {
    id,
    value,
    lang,
    placeholder,
    'aria-invalid': errors.length ? ('true' as const) : undefined,
    'aria-describedby': described,
    onInput: (e: Event) => onInput((e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
    onBlur: () => touch(key),
  };
  return (
    <div class={`field${errors.length ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      ) : null}
      {multiline ? <textarea rows={rows} {...common} /> : <input {...common} type={type as 'text'} />}
      <FieldErrors id={`${id}-errors`} errors={errors} />
      <FieldErrors id={`${id}-advice`} errors={notes} advice />
    </div>
  );
}

type PairProps = {
  /** The field path without its language, e.g. "prompt" or "choices[1].explanation". */
  field: string;
  question?: string;
  legend: string;
  value: { en?: string; es?: string } | undefined;
  onInput: (lang: Lang, value: string) => void;
  multiline?: boolean;
  rows?: number;
  hint?: string;
  children?: ComponentChildren;
};

/** The same text in English and Spanish, side by side (stacked on narrow screens). */
export function Bilingual({ field, question, legend, value, onInput, multiline, rows, hint }: PairProps) {
  const { t } = useEditor();
  return (
    <fieldset class="pair">
      <legend>{legend}</legend>
      {hint ? <p class="hint">{hint}</p> : null}
      <div class="pair-fields">
        {LANGS.map((lang) => (
          <Field
            key={lang}
            field={`${field}.${lang}`}
            question={question}
            label={t.languageName[lang]}
            lang={lang}
            value={value?.[lang] ?? ''}
            onInput={(v) => onInput(lang, v)}
            multiline={multiline}
            rows={rows}
          />
        ))}
      </div>
    </fieldset>
  );
}
