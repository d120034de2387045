// The figures of a results page, computed once from `Results`: the page, its tables and the CSV all read these.

import { type Results, enoughAnswers } from '../../contract/api.ts';
import type { Lang, QuizView } from '../../contract/quiz.ts';
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

/** A question or skill whose figures the small-number rule still holds back, with its answers so far. */
export type PendingQuestion = { id: string; number: number; prompt: string; skill: Skill; answers: number };
export type PendingSkill = { skill: Skill; label: string; answers: number };

/** One version of the quiz, as the page lists it: `until` is when the next one took over (null for the current). */
export type VersionFigure = {
  version: string;
  since: string;
  until: string | null;
  takes: number;
  questionCount: number;
  current: boolean;
};

export type LanguageFigure = { lang: Lang; takes: number; percent: number | null };

export type ResultFigures = {
  quizId: string;
  lang: Lang;
  /** The version these figures cover, and every version of the quiz, oldest first. */
  version: VersionFigure;
  versions: VersionFigure[];
  checkedAt: string;
  takes: number;
  total: number;
  /** Rounded to one decimal, as the page shows it. */
  meanScore: number | null;
  medianScore: number | null;
  scores: { score: number; takes: number }[];
  daily: { date: string; takes: number }[];
  /** Results.scoresHeldBack: scores, means and languages wait for enough takes. */
  scoresHeldBack: boolean;
  languages: LanguageFigure[];
  /** False while no question has enough answers: then `questions` is empty. */
  sharesShown: boolean;
  minAnswersForShares: number;
  questions: QuestionFigure[];
  skills: SkillFigure[];
  pendingQuestions: PendingQuestion[];
  pendingSkills: PendingSkill[];
  updatedAt: string;
  freshnessSeconds: number;
};

/**
 * The page's figures. `quiz` holds the questions of the version `results` covers. The small-number rule
 * was applied once, by the Worker (`toResults`): what `results` holds is shown, nothing is recomputed.
 */
export function resultFigures(quiz: QuizView, results: Results, lang: Lang): ResultFigures {
  const versions: VersionFigure[] = results.versions.map((v, i, all) => ({
    ...v,
    until: all[i + 1]?.since ?? null,
    current: v.version === results.currentVersion,
  }));
  const version = versions.find((v) => v.version === results.version) ?? {
    version: results.version,
    since: '',
    until: null,
    takes: results.takes,
    questionCount: results.total,
    current: results.version === results.currentVersion,
  };
  const numbered = quiz.questions.map((q, i) => ({ q, number: i + 1 }));
  const questions: QuestionFigure[] = numbered.flatMap(({ q, number }) => {
    const r = results.questions[q.id];
    if (!r) return [];
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
    return [
      {
        id: q.id,
        number,
        prompt: q.prompt[lang],
        multiple: q.type === 'multiple',
        skill: q.skill,
        answered: r.answered,
        correct: r.correct,
        percentCorrect: wholePercent(r.correct, r.answered),
        choices,
        mostChosenWrong: wrong.filter((c) => c.chosen === top),
      },
    ];
  });
  const pendingQuestions: PendingQuestion[] = numbered.flatMap(({ q, number }) => {
    const answers = results.questionsPending[q.id];
    return answers === undefined ? [] : [{ id: q.id, number, prompt: q.prompt[lang], skill: q.skill, answers }];
  });
  const pendingSkills: PendingSkill[] = (Object.keys(results.skillsPending) as Skill[]).map((skill) => ({
    skill,
    label: SKILL_LABELS[skill][lang],
    answers: results.skillsPending[skill] ?? 0,
  }));
  const skills: SkillFigure[] = (Object.keys(results.skills) as Skill[])
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
    .sort((a, b) => (b.percent ?? -1) - (a.percent ?? -1) || a.label.localeCompare(b.label, lang));
  return {
    quizId: quiz.id,
    lang,
    version,
    versions,
    checkedAt: results.checkedAt,
    takes: results.takes,
    total: results.total,
    meanScore: results.meanScore === null ? null : Math.round(results.meanScore * 10) / 10,
    medianScore: results.medianScore,
    scores: results.scoreDistribution.map((takes, score) => ({ score, takes })),
    daily: results.daily,
    scoresHeldBack: results.scoresHeldBack,
    languages: (results.scoresHeldBack ? [] : quiz.languages).map((l) => ({
      lang: l,
      takes: results.languages[l] ?? 0,
      // A take has one language: the split is shared out once there are enough takes.
      percent: enoughAnswers(results.takes) ? wholePercent(results.languages[l] ?? 0, results.takes) : null,
    })),
    sharesShown: questions.length > 0,
    minAnswersForShares: results.minAnswersForShares,
    questions,
    skills,
    pendingQuestions,
    pendingSkills,
    updatedAt: results.updatedAt,
    freshnessSeconds: results.freshnessSeconds,
  };
}
