import { describe, expect, it } from 'vitest';
import type { Article } from '../../contract/article.ts';
import type { Draft } from '../../contract/editor.ts';
import { blankQuiz } from '../../editor/draft-edits.ts';
import { initialState, reduce } from '../../editor/state.ts';
import { articleText, bundled } from './bundled-quiz.ts';

const articleOf = (text: string): Article => ({
  text,
  sha256: 'h',
  title: 't',
  lang: 'en',
  format: 'text',
  wordCount: 1,
  parts: [],
});
const draft = (article: string | null, quiz = structuredClone(bundled)): Draft => ({
  quiz,
  article: article === null ? null : articleOf(article),
  updatedAt: '2026-11-24T10:00:00.000Z',
});
const opened = (d: Draft) => reduce(initialState('en'), { type: 'open', draft: d, saved: true });

describe("the editor's state", () => {
  it('opens a saved draft on the questions step, or on the article step when it has no article', () => {
    expect(opened(draft(articleText(bundled)))).toMatchObject({ screen: 'quiz', step: 'questions', save: 'saved' });
    expect(opened(draft(null))).toMatchObject({ step: 'article' });
  });

  it('flags the questions whose passage a re-imported article no longer holds word for word', () => {
    let state = opened(draft(articleText(bundled)));
    expect(state.stale).toEqual([]);
    // A question whose passage no other passage contains, so rewriting it removes it from the article.
    const index = bundled.questions.findIndex((q, i) =>
      bundled.questions.every((other, j) => j === i || !other.passage.text.includes(q.passage.text)),
    );
    const target = bundled.questions[index];
    if (!target) throw new Error('no question with a passage of its own');
    const changed = articleText(bundled).replace(target.passage.text, 'A rewritten paragraph.');
    state = reduce(state, { type: 'article', article: articleOf(changed), source: bundled.source });
    expect(state.stale).toEqual([target.id]);
    expect(state.save).toBe('unsaved');
    // Quoting it again from the new article clears the flag.
    state = reduce(state, {
      type: 'edit',
      edit: { type: 'set', path: ['questions', index, 'passage', 'text'], value: 'A rewritten paragraph.' },
    });
    expect(state.stale).toEqual([]);
  });

  it("fills the quiz's source from the imported article without overwriting what was written", () => {
    const quiz = blankQuiz('new-one', 'T');
    quiz.source.publisher = 'Our paper';
    let state = opened(draft(null, quiz));
    state = reduce(state, {
      type: 'article',
      article: articleOf('Headline\nBy Ana'),
      source: { title: 'Headline', author: 'Ana', publisher: 'Vocal', published: '9 months ago' },
    });
    expect(state.draft?.quiz.source).toEqual({
      title: 'Headline',
      author: 'Ana',
      publisher: 'Our paper',
      published: '9 months ago',
    });
  });

  it('marks edits saved only when the save that finished included them', () => {
    let state = opened(draft(articleText(bundled)));
    state = reduce(state, { type: 'edit', edit: { type: 'set', path: ['title', 'en'], value: 'One' } });
    const first = state.revision;
    state = reduce(state, { type: 'save-start' });
    state = reduce(state, { type: 'edit', edit: { type: 'set', path: ['title', 'en'], value: 'Two' } });
    state = reduce(state, {
      type: 'saved',
      draft: { ...draft(null), updatedAt: '2026-11-24T10:00:05.000Z', revision: 2 },
      revision: first,
    });
    expect(state.save).toBe('unsaved');
    expect(state.base).toBe(2);
    expect(state.draft?.quiz.title.en).toBe('Two');
    state = reduce(state, {
      type: 'saved',
      draft: { ...draft(null), updatedAt: '2026-11-24T10:00:06.000Z', revision: 3 },
      revision: state.revision,
    });
    expect(state.save).toBe('saved');
  });

  it('tells a conflict and an ended session from a connection failure', () => {
    const state = opened(draft(null));
    expect(reduce(state, { type: 'save-failed', status: 409 }).save).toBe('conflict');
    expect(reduce(state, { type: 'save-failed', status: 401 }).save).toBe('signed-out');
    expect(reduce(state, { type: 'save-failed', status: 0 }).save).toBe('failed');
  });
});
