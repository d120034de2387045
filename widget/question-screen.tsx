// One question at a time: progress, a native radio or checkbox group, then the feedback and the way on.

import type { WidgetConfig } from './config.ts';
import { ErrorNote } from './error-note.tsx';
import { fill } from './format.ts';
import type { QuizFlow } from './quiz-flow.ts';
import type { CoreStrings } from './strings.ts';

type Props = { flow: QuizFlow; config: WidgetConfig; t: CoreStrings };

export function QuestionScreen({ flow, config, t }: Props) {
  const { quiz, index, chosen, failure, busy, later } = flow.state;
  const question = quiz?.questions[index];
  if (!quiz || !question) return null;
  const total = quiz.questionCount;
  const multiple = question.type === 'multiple';
  const toggle = (id: string) =>
    flow.choose(multiple ? (chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id]) : [id]);
  // Once checked, the chunk draws the verdicts and words the way on: it did the checking, so it is here.
  const done = later?.answered(flow, config.lang);
  // aria-disabled, not disabled: the button keeps focus while the answer is checked or saved.
  const blocked = busy || (!done && !chosen.length);

  return (
    <section class="q">
      <p class="count">{fill(t.progress, { n: index + 1, total })}</p>
      <div class="bar" aria-hidden="true">
        <i style={{ width: `${((index + (done ? 1 : 0)) / total) * 100}%` }} />
      </div>
      <fieldset class="choices" disabled={!!done}>
        <legend>
          <h2 class="prompt" tabIndex={-1}>
            {question.prompt}
          </h2>
          <span class="hint">{multiple ? t.chooseAll : t.chooseOne}</span>
        </legend>
        {question.choices.map((choice) => {
          const picked = chosen.includes(choice.id);
          return (
            <label key={choice.id} class={done ? done.mark(choice.id, picked) : picked ? 'choice sel' : 'choice'}>
              <input
                type={multiple ? 'checkbox' : 'radio'}
                name={`lateral-${question.id}`}
                value={choice.id}
                checked={picked}
                onChange={() => toggle(choice.id)}
              />
              <span class="body">
                {choice.text}
                {done?.note(choice.id, picked)}
              </span>
            </label>
          );
        })}
      </fieldset>
      {done?.panel}
      <p class="sr" role="status">
        {done?.announce}
      </p>
      {failure && (
        <ErrorNote
          message={
            done?.failed ??
            later?.failureText(config.lang, failure) ??
            (failure === 'missing' ? t.missing : t.checkFailed)
          }
          // Only an expired attempt needs a button of its own; otherwise the main button retries, keeping focus.
          {...(failure === 'expired' ? { action: t.startAgain, onAction: flow.begin } : {})}
        />
      )}
      <div class="act">
        {failure !== 'expired' && (
          <button
            type="button"
            class="btn"
            aria-disabled={blocked}
            onClick={() => blocked || (done ? done.next() : flow.check())}
          >
            {failure && !busy ? t.retry : done ? done.action : busy ? t.checking : t.check}
          </button>
        )}
      </div>
    </section>
  );
}
