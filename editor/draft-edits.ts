// Every change an editor makes to a quiz, as one pure function: (quiz, edit) → a new quiz.

import {
  type ChoiceFile,
  type Citation,
  LANGS,
  type QuestionFile,
  type QuestionType,
  type QuizFile,
  type Stance,
} from '../contract/quiz.ts';
import type { Skill } from '../contract/skills.ts';

const empty = () => ({ en: '', es: '' });

export type Edit =
  /** Any text or value inside the quiz, by path: ['title', 'es'], ['questions', 2, 'choices', 0, 'text', 'en']. */
  | { type: 'set'; path: (string | number)[]; value: unknown }
  /** `id` comes from nextQuestionId(), so whoever drafts the question knows where it went. */
  | { type: 'add-question'; id: string; passage: string; skill?: Skill; stance?: Stance }
  | { type: 'move-question'; index: number; by: -1 | 1 }
  | { type: 'delete-question'; index: number }
  | { type: 'set-type'; index: number; questionType: QuestionType }
  | { type: 'toggle-correct'; index: number; choiceId: string }
  | { type: 'add-choice'; index: number }
  | { type: 'remove-choice'; index: number; choice: number }
  | { type: 'add-source'; index: number; accessed: string }
  | { type: 'remove-source'; index: number; source: number }
  | { type: 'replace'; quiz: QuizFile };

/** A quiz with nothing written yet: the shape of a file in questions/, every text empty. */
export function blankQuiz(id: string, title = ''): QuizFile {
  return {
    id,
    title: { en: title, es: '' },
    intro: empty(),
    source: { title: '', author: '', publisher: '' },
    languages: [...LANGS],
    results: 'public',
    // Empty until the author says when they checked the facts: the validator asks for it.
    checkedAt: '',
    questions: [],
  };
}

function choice(id: string): ChoiceFile {
  return { id, text: empty(), explanation: empty() };
}

/**
 * A new question's id: "q-" and four random letters or digits. Results are kept by question id, so an id
 * is never changed and never given again: a question deleted after publishing must not lend its figures
 * to a new one, which a counter (q1, q2…) would do once the last question is deleted and another added.
 */
export function nextQuestionId(quiz: QuizFile, random: () => number = Math.random): string {
  const taken = new Set(quiz.questions.map((q) => q.id));
  for (;;) {
    const id = `q-${Array.from({ length: 4 }, () => '0123456789abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 36)]).join('')}`;
    if (!taken.has(id)) return id;
  }
}

const LETTERS = 'abcdefgh';

function nextChoiceId(question: QuestionFile): string {
  const taken = new Set(question.choices.map((c) => c.id));
  return [...LETTERS].find((l) => !taken.has(l)) ?? `c${question.choices.length + 1}`;
}

export function newQuestion(
  id: string,
  passage: string,
  skill: Skill = 'comprehension',
  stance?: Stance,
): QuestionFile {
  return {
    id,
    type: 'single',
    skill,
    prompt: empty(),
    choices: [choice('a'), choice('b'), choice('c')],
    correct: [],
    explanation: empty(),
    passage: { text: passage, translation: { es: '' } },
    ...(stance ? { stance } : {}),
  };
}

function setIn(target: unknown, path: (string | number)[], value: unknown): void {
  let at = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    if (typeof at[key] !== 'object' || at[key] === null) at[key] = typeof key === 'number' ? [] : {};
    at = at[key] as Record<string | number, unknown>;
  }
  const last = path.at(-1);
  if (last === undefined) return;
  if (value === undefined) delete at[last];
  else at[last] = value;
}

export function applyEdit(quiz: QuizFile, edit: Edit): QuizFile {
  if (edit.type === 'replace') return edit.quiz;
  const next = structuredClone(quiz);
  const q = 'index' in edit ? next.questions[edit.index] : undefined;
  switch (edit.type) {
    case 'set':
      setIn(next, edit.path, edit.value);
      break;
    case 'add-question':
      next.questions.push(newQuestion(edit.id, edit.passage, edit.skill, edit.stance));
      break;
    case 'move-question': {
      const to = edit.index + edit.by;
      if (!q || to < 0 || to >= next.questions.length) return quiz;
      next.questions.splice(edit.index, 1);
      next.questions.splice(to, 0, q);
      break;
    }
    case 'delete-question':
      next.questions.splice(edit.index, 1);
      break;
    case 'set-type':
      if (!q) return quiz;
      q.type = edit.questionType;
      if (edit.questionType === 'true-false') {
        // True/false has exactly two choices, by convention t and f; what was written for the first two is kept.
        const [first, second] = q.choices;
        q.choices = [
          { ...(first ?? choice('t')), id: 't' },
          { ...(second ?? choice('f')), id: 'f' },
        ];
        if (!q.choices[0]?.text.en) q.choices[0] = { ...choice('t'), text: { en: 'True', es: 'Verdadero' } };
        if (!q.choices[1]?.text.en) q.choices[1] = { ...choice('f'), text: { en: 'False', es: 'Falso' } };
        q.correct = q.correct
          .map((id) => (id === first?.id ? 't' : id === second?.id ? 'f' : id))
          .filter((id) => id === 't' || id === 'f');
      }
      if (edit.questionType !== 'multiple' && q.correct.length > 1) q.correct = q.correct.slice(0, 1);
      break;
    case 'toggle-correct':
      if (!q) return quiz;
      if (q.type === 'multiple') {
        q.correct = q.correct.includes(edit.choiceId)
          ? q.correct.filter((id) => id !== edit.choiceId)
          : q.choices.map((c) => c.id).filter((id) => id === edit.choiceId || q.correct.includes(id));
      } else {
        q.correct = [edit.choiceId];
      }
      break;
    case 'add-choice':
      if (!q || q.type === 'true-false') return quiz;
      q.choices.push(choice(nextChoiceId(q)));
      break;
    case 'remove-choice': {
      const removed = q?.choices[edit.choice];
      if (!q || !removed || q.type === 'true-false') return quiz;
      q.choices.splice(edit.choice, 1);
      q.correct = q.correct.filter((id) => id !== removed.id);
      break;
    }
    case 'add-source': {
      if (!q) return quiz;
      const source: Citation = { name: '', url: '', accessed: edit.accessed };
      q.sources = [...(q.sources ?? []), source];
      break;
    }
    case 'remove-source':
      if (!q?.sources) return quiz;
      q.sources.splice(edit.source, 1);
      if (q.sources.length === 0) delete q.sources;
      break;
  }
  return next;
}
