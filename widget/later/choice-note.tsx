// Under a checked choice: whether it was the reader's and right or wrong (icon and words), and why.

import type { CheckResult } from '../../contract/api.ts';
import type { Lang } from '../../contract/quiz.ts';
import { Mark } from './icons.tsx';
import { laterStrings } from '../shared/strings.ts';

/** `lang` is the interface's language, `textLang` the quiz text's (they differ for a quiz in the other language). */
type Props = { result: CheckResult; choiceId: string; picked: boolean; lang: Lang; textLang: Lang };

export function ChoiceNote({ result, choiceId, picked, lang, textLang }: Props) {
  const t = laterStrings[lang];
  const right = result.correctChoiceIds.includes(choiceId);
  const why = result.choiceExplanations[choiceId];
  return (
    <>
      <span class="tag" lang={lang}>
        <Mark ok={right} />
        {picked ? (right ? t.yourRight : t.yourWrong) : t.rightAnswer}
      </span>
      {why && (
        <span class="why" lang={textLang}>
          {why}
        </span>
      )}
    </>
  );
}
