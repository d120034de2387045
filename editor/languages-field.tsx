// The quiz's languages as one switch each: switching one off hides its fields, and its text waits in the draft.

import { LANGS, type Lang } from '../contract/quiz.ts';
import { useEditor } from './context.ts';

type Props = { languages: readonly Lang[]; onSwitch: (lang: Lang, on: boolean) => void };

/** A checkbox per language; the last one left on cannot be switched off (a quiz has at least one language). */
export function LanguagesField({ languages, onSwitch }: Props) {
  const { t } = useEditor();
  return (
    <fieldset class="field languages">
      <legend>{t.quizLanguages}</legend>
      <p class="hint">{t.quizLanguagesHint}</p>
      {LANGS.map((lang) => {
        const on = languages.includes(lang);
        return (
          <label class="choice-line" key={lang}>
            <input
              type="checkbox"
              checked={on}
              disabled={on && languages.length === 1}
              onChange={(e) => onSwitch(lang, e.currentTarget.checked)}
            />
            {t.languageName[lang]}
          </label>
        );
      })}
    </fieldset>
  );
}
