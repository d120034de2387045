// Step 3: what readers see first (title, introduction), the article's details, when the facts were checked, who sees results.

import { LANGS, type QuizFile } from '../contract/quiz.ts';
import { useEditor } from './context.ts';
import { Bilingual, Field } from './fields.tsx';
import { LanguagesField } from './languages-field.tsx';

export function DetailsStep({ quiz }: { quiz: QuizFile }) {
  const { t, dispatch } = useEditor();
  const set = (path: (string | number)[], value: unknown) =>
    dispatch({ type: 'edit', edit: { type: 'set', path, value } });
  return (
    <div class="details-step">
      <section class="panel" aria-labelledby="reader-title">
        <h2 id="reader-title">{t.whatReadersSee}</h2>
        <LanguagesField
          languages={quiz.languages}
          onSwitch={(lang, on) =>
            set(
              ['languages'],
              LANGS.filter((l) => (l === lang ? on : quiz.languages.includes(l))),
            )
          }
        />
        <Bilingual field="title" legend={t.quizTitle} value={quiz.title} onInput={(l, v) => set(['title', l], v)} />
        <Bilingual
          field="intro"
          legend={t.quizIntro}
          hint={t.quizIntroHint}
          value={quiz.intro}
          onInput={(l, v) => set(['intro', l], v)}
          multiline
          rows={3}
        />
      </section>

      <section class="panel" aria-labelledby="source-title">
        <h2 id="source-title">{t.theSource}</h2>
        <p class="hint">{t.theSourceHint}</p>
        <div class="row two">
          <Field
            field="source.title"
            label={t.headline}
            value={quiz.source.title}
            onInput={(v) => set(['source', 'title'], v)}
            lang="en"
          />
          <Field
            field="source.author"
            label={t.author}
            value={quiz.source.author}
            onInput={(v) => set(['source', 'author'], v)}
          />
          <Field
            field="source.publisher"
            label={t.publisher}
            value={quiz.source.publisher}
            onInput={(v) => set(['source', 'publisher'], v)}
          />
          <Field
            field="source.published"
            label={t.published}
            hint={t.publishedHint}
            value={quiz.source.published ?? ''}
            onInput={(v) => set(['source', 'published'], v || undefined)}
          />
          <Field
            field="source.url"
            label={t.articleUrl}
            hint={t.articleUrlHint}
            type="url"
            value={quiz.source.url ?? ''}
            onInput={(v) => set(['source', 'url'], v || undefined)}
          />
        </div>
      </section>

      <section class="panel" aria-labelledby="facts-title">
        <h2 id="facts-title">{t.factsAndResults}</h2>
        <Field
          field="checkedAt"
          label={t.checkedAt}
          hint={t.checkedAtHint}
          type="date"
          value={quiz.checkedAt ?? ''}
          onInput={(v) => set(['checkedAt'], v || undefined)}
        />
        <fieldset class="field">
          <legend>{t.resultsVisibility}</legend>
          {(['public', 'private'] as const).map((r) => (
            <label class="choice-line" key={r}>
              <input type="radio" name="results" checked={quiz.results === r} onChange={() => set(['results'], r)} />
              {t.resultsChoice[r]}
            </label>
          ))}
        </fieldset>
        <p class="hint">{t.quizAddress(quiz.id)}</p>
      </section>
    </div>
  );
}
