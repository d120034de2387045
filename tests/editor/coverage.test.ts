import { describe, expect, it } from 'vitest';
import type { Article } from '../../contract/article.ts';
import { coverage } from '../../editor/coverage.ts';
import { applyEdit, blankQuiz } from '../../editor/draft-edits.ts';
import type { ArticlePart, Mark } from '../../editor/reading-map.ts';

const text = 'Headline of the piece\nExperts say it works.\nA poll shows 60% agree.\nThe mayor spoke on Monday.';
const article: Article = {
  text,
  sha256: 'x',
  title: 'Headline of the piece',
  lang: 'en',
  format: 'text',
  wordCount: 16,
  parts: [],
};
const line = (s: string): ArticlePart => ({
  kind: 'paragraph',
  start: text.indexOf(s),
  end: text.indexOf(s) + s.length,
});
const parts = [
  line('Headline of the piece'),
  line('Experts say it works.'),
  line('A poll shows 60% agree.'),
  line('The mayor spoke on Monday.'),
];
const mark = (s: string, skill: Mark['skill']): Mark => ({
  start: text.indexOf(s),
  end: text.indexOf(s) + s.length,
  kind: 'unnamed-source',
  skill,
  reason: { en: 'r', es: 'r' },
  strength: 0.8,
  cue: { start: text.indexOf(s), end: text.indexOf(s) + s.length },
});

describe('the coverage panel', () => {
  it('counts skills, the parts with questions, credits and doubts, and says what is worth a look', () => {
    let quiz = blankQuiz('c', 't');
    quiz = applyEdit(quiz, {
      type: 'add-question',
      id: 'q-aaaa',
      passage: 'Experts say',
      skill: 'evidence-attribution',
      stance: 'doubts',
    });
    quiz = applyEdit(quiz, { type: 'add-question', id: 'q-bbbb', passage: 'A poll shows 60%', skill: 'stats-polls' });
    const marks = [mark('Experts say', 'evidence-attribution'), mark('on Monday', 'date-context')];
    const c = coverage(quiz, article, marks, parts);
    expect(c.skills).toEqual([
      { skill: 'evidence-attribution', questions: 1 },
      { skill: 'stats-polls', questions: 1 },
    ]);
    expect(c.suggested).toEqual(['date-context']);
    expect(c.parts.map((p) => p.questions)).toEqual([[], ['q-aaaa'], ['q-bbbb'], []]);
    expect({ credits: c.credits, doubts: c.doubts, unset: c.unset }).toEqual({ credits: 0, doubts: 1, unset: 1 });
    // Fewer than 4 credit the article: the quiz rules' own threshold (contract/rules/balance.ts).
    expect(c.advice).toEqual(['few-questions', 'stance-unset', 'few-credits', 'parts-uncovered']);
  });
});
