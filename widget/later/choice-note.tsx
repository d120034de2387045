// Under a checked choice: whether it was the reader's and right or wrong (icon and words), and why.

import type { CheckResult } from '../../contract/api.ts';
import type { Lang } from '../../contract/quiz.ts';
import { Mark } from './icons.tsx';
import { laterStrings } from '../shared/strings.ts';

type Props = { result: CheckResult; choiceId: string; picked: boolean; lang: Lang };

export function ChoiceNote({ result, choiceId, picked, lang }: Props) {
  const t = laterStrings[lang];
  const right = result.correctChoiceIds.includes(choiceId);
  const why = result.choiceExplanations[choiceId];
  return (
    <>
      <span class="tag">
        <Mark ok={right} />
        {picked ? (right ? t.yourRight : t.yourWrong) : t.rightAnswer}
      </span>
      {why && <span class="why">{why}</span>}
    </>
  );
}
