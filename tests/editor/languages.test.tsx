// Declaring a quiz's languages in the editor (issue 19 §3): one switch drops a language, and switching it back on
// brings back the text written in it, which the draft keeps until publishing leaves it out.

import { render } from 'preact';
import { useReducer } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../contract/editor.ts';
import type { QuestionFile } from '../../contract/quiz.ts';
import { inLanguages } from '../../contract/quiz-languages.ts';
import { isError } from '../../contract/rules/problem.ts';
import { draftProblems } from '../../contract/rules/quiz-problems.ts';
import { Editor, type EditorContext } from '../../editor/context.ts';
import { DetailsStep } from '../../editor/details-step.tsx';
import { applyEdit, blankQuiz } from '../../editor/draft-edits.ts';
import { type State, initialState, reduce } from '../../editor/state.ts';
import { STRINGS } from '../../editor/strings.ts';
import { articleText, bundled } from './bundled-quiz.ts';

afterEach(() => document.body.replaceChildren());

/** The Details step on a scratch node, driven by the editor's own reducer; `state()` is the latest state. */
function mountDetails(draft: Draft) {
  let latest: State = reduce(initialState('en'), { type: 'open', draft, saved: true });
  function Harness() {
    const [state, dispatch] = useReducer(reduce, latest);
    latest = state;
    const quiz = state.draft?.quiz ?? blankQuiz('x');
    const context: EditorContext = {
      lang: 'en',
      t: STRINGS.en,
      dispatch,
      languages: quiz.languages,
      problems: new Map(),
      advice: new Map(),
      shown: () => false,
      touch: () => {},
      announce: () => {},
    };
    return (
      <Editor.Provider value={context}>
        <DetailsStep quiz={quiz} />
      </Editor.Provider>
    );
  }
  const host = document.createElement('div');
  document.body.append(host);
  act(() => render(<Harness />, host));
  const group = (name: string) =>
    [...host.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent === name);
  const switchOf = (label: string) => {
    const found = [...(group('Languages of the quiz')?.querySelectorAll('label') ?? [])].find(
      (l) => l.textContent?.trim() === label,
    );
    const input = found?.querySelector('input');
    if (!input) throw new Error(`no language switch "${label}"`);
    return input;
  };
  return {
    state: () => latest,
    switchOf,
    /** The inputs of a text field group (its legend), by language. */
    fields: (legend: string) =>
      Object.fromEntries(
        [...(group(legend)?.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea') ?? [])].map(
          (el) => [el.lang, el.value],
        ),
      ),
    /** Flips a switch; `act` returns once Preact has redrawn. */
    async flip(label: string) {
      await act(() => switchOf(label).click());
    },
  };
}

const bilingualDraft = (): Draft => ({
  quiz: structuredClone(bundled),
  article: null,
  updatedAt: '2026-12-01T10:00:00.000Z',
});

describe('the languages of a quiz in the editor', () => {
  it('drops Spanish with one switch, hiding its fields but keeping its text, and brings it back', async () => {
    const w = mountDetails(bilingualDraft());
    const spanishTitle = bundled.title.es;
    expect(w.fields('Title')).toEqual({ en: bundled.title.en, es: spanishTitle });

    await w.flip('Español');
    expect(w.state().draft?.quiz.languages).toEqual(['en']);
    expect(w.fields('Title')).toEqual({ en: bundled.title.en });
    expect(w.fields('Introduction')).toEqual({ en: bundled.intro.en });
    // Still in the draft (saved with it), so nothing written is lost.
    expect(w.state().draft?.quiz.title.es).toBe(spanishTitle);
    expect(w.state().save).toBe('unsaved');

    await w.flip('Español');
    expect(w.state().draft?.quiz.languages).toEqual(['en', 'es']);
    expect(w.fields('Title')).toEqual({ en: bundled.title.en, es: spanishTitle });
  });

  it('will not switch off the last language', async () => {
    const w = mountDetails(bilingualDraft());
    await w.flip('English');
    expect(w.state().draft?.quiz.languages).toEqual(['es']);
    expect(w.switchOf('Español').disabled).toBe(true);
    expect(w.switchOf('Español').checked).toBe(true);
    // Even an edit sent straight to the reducer keeps one language.
    const quiz = applyEdit(w.state().draft?.quiz ?? bundled, { type: 'language', lang: 'es', on: false });
    expect(quiz.languages).toEqual(['es']);
  });

  it('publishes a dropped language neither as a problem nor as text', () => {
    const quiz = applyEdit(structuredClone(bundled), { type: 'language', lang: 'es', on: false });
    quiz.title.es = '';
    const [firstQuestion, second] = quiz.questions as [QuestionFile, QuestionFile];
    const spanish = (bundled.questions[1] as QuestionFile).prompt.es as string;
    firstQuestion.prompt.es = '';
    expect(draftProblems({ quiz, article: { text: articleText(quiz) } }, '2026-12-07').filter(isError)).toEqual([]);
    const published = inLanguages(quiz);
    expect(published.languages).toEqual(['en']);
    expect(JSON.stringify(published)).not.toContain(spanish);
    expect(second.prompt.es).toBe(spanish);
  });

  it('starts a new quiz in both languages, or in the one the teacher chose', () => {
    expect(blankQuiz('a', 'Title').languages).toEqual(['en', 'es']);
    expect(blankQuiz('b', 'Título', ['es'])).toMatchObject({ languages: ['es'], title: { es: 'Título' } });
  });
});
