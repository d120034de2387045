// A complete draft quiz from an article and its reading map: strongest questions first, varied skills, balanced
// stances, the source check last. Also the editor's moves: another question, a question from a selection, a refresh.

import type { Article } from '../contract/article.ts';
import type { QuestionFile, QuizFile } from '../contract/quiz.ts';
import type { Mark, ReadingMap, TextRange } from '../contract/reading-map.ts';
import type { Skill } from '../contract/skills.ts';
import { articleFacts } from './article-facts.ts';
import { PATTERNS, patternsFor } from './patterns/index.ts';
import type { PatternId, Written, WriterContext } from './patterns/pattern.ts';
import { draftedContent, questionId, toQuestion } from './question.ts';
import { rankedMarks } from './ranking.ts';
import { clip, fingerprint } from './text.ts';

export type DraftOptions = {
  /** Most questions in a draft, the closing source question included. */
  maxQuestions?: number;
  /** At most this many questions practise one skill. */
  maxPerSkill?: number;
};

/** Discernment (questions/README.md): at least 4 questions whose right answer credits the article, over 3 skills. */
const MIN_CREDITS = 4;
const MIN_CREDIT_SKILLS = 3;
const MIN_SKILLS = 4;
/** A passage longer than a question's passage may be is never drafted from (contract: 1,000 characters). */
const MAX_PASSAGE = 1000;

export function writerContext(article: Article, map: ReadingMap): WriterContext {
  return { article, map, facts: articleFacts(article, map) };
}

/** Every question the writer could draft, best first: each mark with each pattern that fits it. */
export function candidates(ctx: WriterContext): Written[] {
  const out: Written[] = [];
  for (const mark of rankedMarks(ctx.map)) {
    if (mark.end - mark.start > MAX_PASSAGE) continue;
    patternsFor(mark).forEach((pattern, i) => {
      const w = pattern.write(mark, ctx);
      // A later pattern for the same mark is a fallback, ranked a little below the first that fits.
      if (w) out.push({ ...w, strength: w.strength * 0.9 ** i });
    });
  }
  return out.sort((a, b) => b.strength - a.strength);
}

/** The closing question about who publishes the site, drafted from the part of the page that names it. */
export function sourceQuestion(ctx: WriterContext): Written | null {
  const { outlet } = ctx.facts;
  if (!outlet) return null;
  const { text, parts } = ctx.article;
  const at = text.indexOf(outlet);
  const part =
    (at >= 0 ? parts.find((p) => p.start <= at && at < p.end && p.end - p.start <= MAX_PASSAGE) : undefined) ??
    parts.find((p) => p.kind === 'headline');
  if (!part) return null;
  const mark: Mark = {
    start: part.start,
    end: part.end,
    kind: 'attribution',
    skill: 'source-investigation',
    reason: { en: '', es: '' },
    strength: 0,
    cue: { start: part.start, end: part.end },
  };
  return PATTERNS['source-check'].write(mark, ctx);
}

type Held = { skill: Skill; stance?: string; passage: string; pattern?: string; must?: boolean };

const passageOf = (ctx: WriterContext, w: Written) => ctx.article.text.slice(w.passage.start, w.passage.end);

/**
 * Picks the questions: headline and opinion questions first when the article has them, then the strongest,
 * at most `maxPerSkill` per skill, one per passage; then swaps the weakest for ones that add a skill or a
 * question that credits the article, until the quiz covers 4 skills and 4 "holds up" answers when it can.
 */
function select(ctx: WriterContext, pool: Written[], kept: Held[], room: number, maxPerSkill: number): Written[] {
  const chosen: (Written & { must?: boolean })[] = [];
  const all = (): Held[] => [
    ...kept,
    ...chosen.map((w) => ({ skill: w.skill, stance: w.stance, passage: passageOf(ctx, w) })),
  ];
  const count = (skill: Skill) => all().filter((h) => h.skill === skill).length;
  const used = (w: Written) => all().some((h) => h.passage === passageOf(ctx, w));
  const fits = (w: Written) => !used(w) && count(w.skill) < maxPerSkill;

  for (const pattern of ['headline-body', 'fact-or-opinion'] as PatternId[]) {
    const best = pool.find((w) => w.pattern === pattern && fits(w));
    if (best && chosen.length < room) chosen.push({ ...best, must: true });
  }
  for (const w of pool) {
    if (chosen.length >= room) break;
    if (fits(w)) chosen.push(w);
  }
  const swap = (want: (w: Written) => boolean, removable: (c: Written) => boolean): boolean => {
    for (const w of pool) {
      if (!want(w) || used(w)) continue;
      const out = [...chosen]
        .reverse()
        .find((c) => !c.must && removable(c) && (c.skill === w.skill || count(w.skill) < maxPerSkill));
      if (!out) continue;
      chosen.splice(chosen.indexOf(out), 1, w);
      return true;
    }
    return false;
  };
  const skills = () => new Set(all().map((h) => h.skill));
  for (let i = 0; i < room && skills().size < MIN_SKILLS; i++) {
    if (
      !swap(
        (w) => !skills().has(w.skill),
        (c) => count(c.skill) > 1,
      )
    )
      break;
  }
  const credits = () => all().filter((h) => h.stance === 'credits');
  const creditSkills = () => new Set(credits().map((h) => h.skill));
  for (let i = 0; i < room && (credits().length < MIN_CREDITS || creditSkills().size < MIN_CREDIT_SKILLS); i++) {
    const newSkill = creditSkills().size < MIN_CREDIT_SKILLS;
    const ok = swap(
      (w) => w.stance === 'credits' && (!newSkill || !creditSkills().has(w.skill)),
      (c) => c.stance !== 'credits' && (count(c.skill) > 1 || skills().size > MIN_SKILLS),
    );
    if (!ok) break;
  }
  return chosen.sort((a, b) => Number(b.must ?? false) - Number(a.must ?? false) || b.strength - a.strength);
}

function title(article: Article) {
  const headline = clip(article.title, 90);
  return { en: `Check the article: ${headline}`, es: `Revisa el artículo: ${headline}` };
}

function intro(count: number, outlet?: string) {
  return {
    en: `${count} questions on an article${outlet ? ` from ${outlet}` : ''}: who says what, on what evidence, and what to check before you share it.`,
    es: `${count} preguntas sobre un artículo${outlet ? ` de ${outlet}` : ''}: quién dice qué, con qué pruebas y qué revisar antes de compartirlo.`,
  };
}

function toQuestions(ctx: WriterContext, written: Written[], taken: Set<string>): QuestionFile[] {
  return written.map((w) => {
    const id = questionId(w, taken);
    taken.add(id);
    return toQuestion(w, id, ctx.article);
  });
}

/** The writer's questions for an article, kept questions counted: what `draftQuiz` and a refresh add. */
function draftQuestions(ctx: WriterContext, kept: QuestionFile[], options: DraftOptions): QuestionFile[] {
  const { maxQuestions = 10, maxPerSkill = 2 } = options;
  const held: Held[] = kept.map((q) => ({
    skill: q.skill,
    ...(q.stance ? { stance: q.stance } : {}),
    passage: q.passage.text,
  }));
  const closing = kept.some(
    (q) => q.needsReview?.pattern === 'source-check' || /* a ticked one keeps its id stem */ q.id.startsWith('source-'),
  )
    ? null
    : sourceQuestion(ctx);
  const room = Math.max(0, maxQuestions - kept.length - (closing ? 1 : 0));
  const picked = select(
    ctx,
    candidates(ctx),
    closing ? [...held, { skill: closing.skill, passage: '' }] : held,
    room,
    maxPerSkill,
  );
  return toQuestions(ctx, closing ? [...picked, closing] : picked, new Set(kept.map((q) => q.id)));
}

/** A complete draft quiz: every question written in English and Spanish, each marked "needs review". */
export function draftQuiz(article: Article, map: ReadingMap, id: string, options: DraftOptions = {}): QuizFile {
  const ctx = writerContext(article, map);
  const questions = draftQuestions(ctx, [], options);
  return {
    id,
    title: title(article),
    intro: intro(questions.length, ctx.facts.outlet),
    source: {
      title: article.title,
      author: article.byline ?? '',
      publisher: article.site ?? '',
      ...(article.published ? { published: article.published } : {}),
    },
    languages: ['en', 'es'],
    results: 'public',
    // Left empty on purpose: only the author can say when the facts were verified.
    checkedAt: '',
    questions,
  };
}

/** Whether the teacher has touched a drafted question: ticked it as checked, or changed anything in it. */
export function isTeachers(q: QuestionFile): boolean {
  return !q.needsReview || fingerprint(draftedContent(q)) !== q.needsReview.drafted;
}

/**
 * Drafts again (after the article or the map changed) and keeps the teacher's work: every question she ticked
 * or edited stays as it is, where it is; only untouched drafted questions are replaced.
 */
export function refreshDraft(quiz: QuizFile, article: Article, map: ReadingMap, options: DraftOptions = {}): QuizFile {
  const ctx = writerContext(article, map);
  const kept = quiz.questions.filter(isTeachers);
  const fresh = draftQuestions(ctx, kept, options);
  // New questions take the places of the ones they replace, so the teacher's stay where she put them.
  const questions = quiz.questions.flatMap((q) => (isTeachers(q) ? [q] : fresh.splice(0, 1)));
  return { ...quiz, questions: [...questions, ...fresh] };
}

/**
 * "Another question": the next-best question for the quiz in place of the one at `index`, from a passage no
 * other question uses and none in `skip` (passages already turned down). Null when the article has no more.
 */
export function anotherQuestion(
  quiz: QuizFile,
  index: number,
  article: Article,
  map: ReadingMap,
  { skip = [], maxPerSkill = 2 }: { skip?: readonly string[]; maxPerSkill?: number } = {},
): QuestionFile | null {
  const ctx = writerContext(article, map);
  const replaced = quiz.questions[index];
  const others = quiz.questions.filter((_, i) => i !== index);
  const refused = new Set([...skip, ...(replaced ? [replaced.passage.text] : [])]);
  const perSkill = (s: Skill) => others.filter((q) => q.skill === s).length;
  const next = candidates(ctx).find(
    (w) =>
      !refused.has(passageOf(ctx, w)) &&
      !others.some((q) => q.passage.text === passageOf(ctx, w)) &&
      perSkill(w.skill) < maxPerSkill,
  );
  if (!next) return null;
  const taken = new Set(quiz.questions.map((q) => q.id));
  return toQuestion(next, questionId(next, taken), article);
}

/**
 * A question on a passage the teacher selected, with the pattern she chose. The map's own mark there is used
 * when it has one of the pattern's kinds (it knows the speaker, the cue); otherwise the selection is the cue.
 * Null when the pattern cannot be written from that passage (no speaker, no date…).
 */
export function questionFromSelection(
  quiz: QuizFile,
  article: Article,
  map: ReadingMap,
  range: TextRange,
  patternId: PatternId,
): QuestionFile | null {
  const pattern = PATTERNS[patternId];
  const ctx = writerContext(article, map);
  const overlapping = rankedMarks(map).find(
    (m) => pattern.kinds.includes(m.kind) && m.start < range.end && range.start < m.end,
  );
  const mark: Mark = overlapping
    ? { ...overlapping, start: Math.min(overlapping.start, range.start), end: Math.max(overlapping.end, range.end) }
    : {
        ...range,
        kind: pattern.kinds[0] ?? 'attribution',
        skill: 'comprehension',
        reason: { en: '', es: '' },
        strength: 0.5,
        cue: range,
      };
  const w = patternId === 'source-check' ? sourceQuestion(ctx) : pattern.write(mark, ctx);
  if (!w) return null;
  return toQuestion(w, questionId(w, new Set(quiz.questions.map((q) => q.id))), article);
}
