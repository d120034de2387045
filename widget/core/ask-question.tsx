// One question at a time: progress, a native radio or checkbox group, then the feedback and the way on.

import type { LaterChunk } from '../later/later-chunk.ts';
import { fill } from '../shared/format.ts';
import type { CoreStrings } from '../shared/strings.ts';
import { type Ctx, check } from './effects.ts';
import { ErrorNote } from './error-note.tsx';
import type { State } from './reduce.ts';

type Props = { state: State; ctx: Ctx; later: LaterChunk | null; t: CoreStrings };

export function AskQuestion({ state, ctx, later, t }: Props) {
  const { quiz, index, chosen, failure, busy } = state;
  const question = quiz?.questions[index];
  if (!quiz || !question) return null;
  const total = quiz.questionCount;
  const multiple = question.type === 'multiple';
  // Once checked, the chunk draws the verdicts and words the way on: it did the checking, so it is here.
  const done = later?.explainAnswer(state, ctx);
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
        {(later?.choices(question, ctx) ?? question.choices).map((choice) => {
          const picked = chosen.includes(choice.id);
          return (
            <label key={choice.id} class={done ? done.mark(choice.id, picked) : picked ? 'choice sel' : 'choice'}>
              <input
                type={multiple ? 'checkbox' : 'radio'}
                name={`lateral-${question.id}`}
                value={choice.id}
                checked={picked}
                onChange={() => ctx.dispatch({ type: 'choose', choiceId: choice.id })}
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
            later?.failureText(ctx.config.lang, failure) ??
            (failure === 'missing' ? t.missing : t.checkFailed)
          }
          // Only an expired attempt needs a button of its own; otherwise the main button retries, keeping focus.
          action={failure === 'expired' ? t.startAgain : undefined}
          onAction={ctx.begin}
        />
      )}
      <div class="act">
        {failure !== 'expired' && (
          <button
            type="button"
            class="btn"
            aria-disabled={blocked}
            onClick={() => blocked || (done ? done.next() : check(ctx))}
          >
            {failure && !busy ? t.retry : done ? done.action : busy ? t.checking : t.check}
          </button>
        )}
      </div>
    </section>
  );
}
