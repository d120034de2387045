// "Why not the others" (issue 20 §4): the explanation of every choice the feedback did not already explain, opened on demand.

import type { CheckResult } from '../../contract/api.ts';
import type { Lang, Question } from '../../contract/quiz.ts';
import { laterStrings } from '../shared/strings.ts';

type Props = { result: CheckResult; choices: readonly Question['choices'][number][]; chosen: string[]; lang: Lang };

/**
 * The right answers and the reader's own are explained under each choice; a lesson can also sit in why a
 * distractor is wrong, so those are one native disclosure away: a <details> a keyboard opens with Enter
 * or Space and a screen reader announces as collapsed or expanded. In the take's order, as on screen.
 */
export function OtherChoices({ result, choices, chosen, lang }: Props) {
  const others = choices.filter(
    (c) => !result.correctChoiceIds.includes(c.id) && !chosen.includes(c.id) && result.choiceExplanations[c.id],
  );
  if (others.length === 0) return null;
  return (
    <details class="others">
      <summary>{laterStrings[lang].whyNotOthers}</summary>
      <ul>
        {others.map((c) => (
          <li key={c.id}>
            <strong>{c.text}</strong> <span class="why">{result.choiceExplanations[c.id]}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
