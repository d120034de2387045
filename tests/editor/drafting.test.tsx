import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../contract/article.ts';
import type { QuestionFile, QuizFile } from '../../contract/quiz.ts';
import type { ReadingMap } from '../../contract/reading-map.ts';
import { quizProblems } from '../../contract/rules/quiz-problems.ts';
import { Editor, type EditorContext } from '../../editor/context.ts';
import { type Edit, applyEdit, blankQuiz } from '../../editor/draft-edits.ts';
import { draftInto } from '../../editor/drafting.ts';
import { hasDraft } from '../../editor/review-tick.tsx';
import { fieldKey } from '../../editor/problem-text.ts';
import { importArticle, readingMap } from '../../editor/reading-map.ts';
import { ReviewTick } from '../../editor/review-tick.tsx';
import { STRINGS } from '../../editor/strings.ts';
import { draftQuiz } from '../../question-writer/index.ts';
import page from '../fixtures/html/news-site.html?raw';

let article: Article;
let map: ReadingMap;
beforeAll(async () => {
  ({ article } = await importArticle(page, 'html'));
  map = readingMap(article);
});

const teachers = () => blankQuiz('ferry-fares', 'Ferry fares, read closely');

describe('Draft a quiz in the editor', () => {
  it("gives the writer's own complete draft, as quiz:draft does, keeping the title the teacher wrote", () => {
    const drafted = draftInto(teachers(), article, map);
    const cli = draftQuiz(article, map, 'ferry-fares');
    expect(drafted.questions).toEqual(cli.questions);
    expect(drafted.questions.length).toBeGreaterThanOrEqual(8);
    expect(drafted.questions.every((q) => q.needsReview && q.prompt.en && q.prompt.es)).toBe(true);
    expect(drafted.title).toEqual({ en: 'Ferry fares, read closely', es: cli.title.es });
    expect(drafted.intro).toEqual(cli.intro);
    expect(hasDraft(drafted)).toBe(true);
  });

  it('keeps the questions the teacher edited or ticked when the draft is refreshed, where she left them', () => {
    let quiz = draftInto(teachers(), article, map);
    const edited = 'Which figure in the report has no source named beside it?';
    quiz = applyEdit(quiz, { type: 'set', path: ['questions', 1, 'prompt', 'en'], value: edited });
    quiz = applyEdit(quiz, { type: 'set', path: ['questions', 3, 'needsReview'], value: undefined });
    const ticked = quiz.questions[3];
    const refreshed = draftInto(quiz, article, map);
    expect(refreshed.questions[1]?.prompt.en).toBe(edited);
    expect(refreshed.questions[3]).toEqual(ticked);
    expect(new Set(refreshed.questions.map((q) => q.id)).size).toBe(refreshed.questions.length);
  });
});

function mount(question: QuestionFile, onEdit: (e: unknown) => void, problems = new Map<string, string[]>()) {
  const context: EditorContext = {
    lang: 'en',
    t: STRINGS.en,
    dispatch: () => {},
    languages: ['en', 'es'],
    problems,
    advice: new Map(),
    shown: () => true,
    touch: () => {},
    announce: () => {},
  };
  const root = document.createElement('div');
  document.body.append(root);
  const draw = (q: QuestionFile) =>
    act(() =>
      render(
        <Editor.Provider value={context}>
          <ReviewTick question={q} index={2} onEdit={onEdit} onAnother={() => onEdit('another')} />
        </Editor.Provider>,
        root,
      ),
    );
  draw(question);
  return { root, draw };
}

describe("a drafted question's review", () => {
  const drafted = (): QuizFile => draftInto(teachers(), article, map);

  it('shows that it needs review, what the template may have got wrong, and the problem beside the tick', () => {
    const q = drafted().questions[2];
    if (!q?.needsReview) throw new Error('no drafted question');
    const problems = new Map([
      [fieldKey(q.id, 'needsReview'), ['Drafted by the question writer and not checked yet.']],
    ]);
    const { root } = mount(q, () => {}, problems);
    expect(root.textContent).toContain('Needs review');
    expect(root.textContent).toContain(q.needsReview.check.en);
    const tick = root.querySelector<HTMLInputElement>('input[type="checkbox"]');
    expect(tick?.checked).toBe(false);
    expect(root.querySelector('label')?.textContent).toBe(STRINGS.en.reviewTick);
    expect(document.getElementById(tick?.getAttribute('aria-describedby') ?? '')?.textContent).toContain(
      'not checked yet',
    );
  });

  it('clears the needs-review mark when ticked, which is what Publish asks for, and puts it back when unticked', () => {
    const quiz = drafted();
    const q = quiz.questions[2];
    if (!q?.needsReview) throw new Error('no drafted question');
    const onEdit = vi.fn();
    const { root, draw } = mount(q, onEdit);
    act(() => root.querySelector<HTMLInputElement>('input[type="checkbox"]')?.click());
    const edit: Edit = { type: 'set', path: ['questions', 2, 'needsReview'], value: undefined };
    expect(onEdit).toHaveBeenLastCalledWith(edit);
    const ticked = applyEdit(quiz, edit);
    const marked = (z: QuizFile) =>
      quizProblems(z, article.text, { today: '2026-12-07' })
        .filter((p) => p.code === 'needs-review')
        .map((p) => p.where.question);
    expect(marked(quiz)).toContain(q.id);
    expect(marked(ticked)).not.toContain(q.id);

    draw(ticked.questions[2] as QuestionFile);
    expect(root.textContent).toContain('Checked');
    expect(root.textContent).not.toContain(STRINGS.en.anotherQuestion);
    act(() => root.querySelector<HTMLInputElement>('input[type="checkbox"]')?.click());
    expect(onEdit).toHaveBeenLastCalledWith({ ...edit, value: q.needsReview });
  });

  it('offers another question while unchecked, and nothing at all on a question the teacher wrote', () => {
    const q = drafted().questions[0] as QuestionFile;
    const onEdit = vi.fn();
    const { root } = mount(q, onEdit);
    const another = [...root.querySelectorAll('button')].find((b) => b.textContent === STRINGS.en.anotherQuestion);
    act(() => another?.click());
    expect(onEdit).toHaveBeenLastCalledWith('another');
    const { needsReview: _, ...written } = q;
    expect(mount(written, onEdit).root.textContent).toBe('');
  });
});
