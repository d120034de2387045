// A take's score from its verdicts: one way for the Worker, the editor's preview, and a widget whose take was refused.

import type { SubmissionResult } from './api.ts';
import type { Skill } from './skills.ts';

/** One question's verdict, with the skill it practises. */
export type Verdict = { correct: boolean; skill: Skill };

/** The score, out of `total` (the number of verdicts unless given), and the tally per skill. */
export function scoreOf(
  verdicts: Iterable<Verdict>,
  total?: number,
): Pick<SubmissionResult, 'score' | 'total' | 'skills'> {
  const skills: SubmissionResult['skills'] = {};
  let score = 0;
  let count = 0;
  for (const { correct, skill } of verdicts) {
    const s = skills[skill] ?? { correct: 0, total: 0 };
    skills[skill] = s;
    s.total++;
    count++;
    if (correct) {
      s.correct++;
      score++;
    }
  }
  return { score, total: total ?? count, skills };
}
