// Which languages the quiz is published in (issue 19 §3): one switch; text in a dropped language is kept, not deleted.

import type { Lang, QuizFile } from '../contract/quiz.ts';
import { useEditor } from './context.ts';

const CHOICES: { id: 'both' | Lang; languages: Lang[] }[] = [
  { id: 'both', languages: ['en', 'es'] },
  { id: 'en', languages: ['en'] },
  { id: 'es', languages: ['es'] },
];

export function LanguageChoice({ quiz }: { quiz: QuizFile }) {
  const { t, dispatch } = useEditor();
  const current = quiz.languages.length === 1 ? quiz.languages[0] : 'both';
  return (
    <fieldset class="field">
      <legend>{t.quizLanguages}</legend>
      <p class="hint">{t.quizLanguagesHint}</p>
      {CHOICES.map((c) => (
        <label class="choice-line" key={c.id}>
          <input
            type="radio"
            name="quiz-languages"
            checked={current === c.id}
            onChange={() => dispatch({ type: 'edit', edit: { type: 'set', path: ['languages'], value: c.languages } })}
          />
          {t.quizLanguageChoice[c.id]}
        </label>
      ))}
    </fieldset>
  );
}
