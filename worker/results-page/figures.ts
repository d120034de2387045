// The figures of a results page, computed once from `Results`: the page, its tables and the CSV all read these.

import type { Results } from '../../contract/api.ts';
import type { Lang, QuizFile } from '../../contract/quiz.ts';
import { SKILL_LABELS, type Skill } from '../../contract/skills.ts';
import { wholePercent } from './format.ts';

export type ChoiceFigure = { id: string; text: string; chosen: number; percent: number | null; correct: boolean };

export type QuestionFigure = {
  id: string;
  number: number;
  prompt: string;
  multiple: boolean;
  skill: Skill;
  answered: number;
  correct: number;
  percentCorrect: number | null;
  choices: ChoiceFigure[];
  /** The wrong answers chosen most often (several when tied); empty when nobody chose a wrong one. */
  mostChosenWrong: ChoiceFigure[];
};

export type SkillFigure = { skill: Skill; label: string; correct: number; total: number; percent: number | null };

export type LanguageFigure = { lang: Lang; takes: number; percent: number | null };

export type ResultFigures = {
  quizId: string;
  lang: Lang;
  takes: number;
  total: number;
  /** Rounded to one decimal, as the page shows it. */
  meanScore: number | null;
  medianScore: number | null;
  scores: { score: number; takes: number }[];
  daily: { date: string; takes: number }[];
  languages: LanguageFigure[];
  /** False below the small-number threshold: then `questions` and `skills` are empty. */
  sharesShown: boolean;
  minTakesForShares: number;
  questions: QuestionFigure[];
  skills: SkillFigure[];
  updatedAt: string;
  freshnessSeconds: number;
};

export function resultFigures(quiz: QuizFile, results: Results, lang: Lang): ResultFigures {
  const sharesShown = results.takes >= results.minTakesForShares && Object.keys(results.questions).length > 0;
  const questions: QuestionFigure[] = sharesShown
    ? quiz.questions.map((q, i) => {
        const r = results.questions[q.id] ?? { answered: 0, correct: 0, choices: {} };
        const choices = q.choices.map((c) => {
          const chosen = r.choices[c.id] ?? 0;
          return {
            id: c.id,
            text: c.text[lang],
            chosen,
            percent: wholePercent(chosen, r.answered),
            correct: q.correct.includes(c.id),
          };
        });
        const wrong = choices.filter((c) => !c.correct && c.chosen > 0);
        const top = Math.max(0, ...wrong.map((c) => c.chosen));
        return {
          id: q.id,
          number: i + 1,
          prompt: q.prompt[lang],
          multiple: q.type === 'multiple',
          skill: q.skill,
          answered: r.answered,
          correct: r.correct,
          percentCorrect: wholePercent(r.correct, r.answered),
          choices,
          mostChosenWrong: wrong.filter((c) => c.chosen === top),
        };
      })
    : [];
  const skills: SkillFigure[] = sharesShown
    ? (Object.keys(results.skills) as Skill[])
        .flatMap((skill) => {
          const s = results.skills[skill];
          if (!s) return [];
          return [
            {
              skill,
              label: SKILL_LABELS[skill][lang],
              correct: s.correct,
              total: s.total,
              percent: wholePercent(s.correct, s.total),
            },
          ];
        })
        // Strongest first: the profile reads top to bottom, ties in label order so the order is stable.
        .sort((a, b) => (b.percent ?? -1) - (a.percent ?? -1) || a.label.localeCompare(b.label, lang))
    : [];
  return {
    quizId: quiz.id,
    lang,
    takes: results.takes,
    total: results.total,
    meanScore: results.meanScore === null ? null : Math.round(results.meanScore * 10) / 10,
    medianScore: results.medianScore,
    scores: results.scoreDistribution.map((takes, score) => ({ score, takes })),
    daily: results.daily,
    languages: quiz.languages.map((l) => ({
      lang: l,
      takes: results.languages[l] ?? 0,
      percent:
        results.takes >= results.minTakesForShares ? wholePercent(results.languages[l] ?? 0, results.takes) : null,
    })),
    sharesShown,
    minTakesForShares: results.minTakesForShares,
    questions,
    skills,
    updatedAt: results.updatedAt,
    freshnessSeconds: results.freshnessSeconds,
  };
}
