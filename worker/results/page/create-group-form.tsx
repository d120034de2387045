/** @jsxImportSource hono/jsx */
// The "Create a class group" form at the foot of a quiz's results page.

import type { QuizView } from '../../../contract/quiz.ts';
import { MAX_GROUP_NAME } from '../../../contract/requests.ts';
import { GROUP_STRINGS } from '../group-strings.ts';
import { type PageOptions, pageQuery } from './page-shell.tsx';
import { resultsPath } from '../../../contract/links.ts';

/** The "Create a class group" action at the foot of a quiz's results page. */
export function CreateGroupForm({ quiz, opts }: { quiz: QuizView; opts: PageOptions }) {
  const g = GROUP_STRINGS[opts.lang];
  return (
    <section aria-labelledby="create-group-title" class="create-group">
      <h2 id="create-group-title">{g.createTitle}</h2>
      <p class="intro">{g.createIntro}</p>
      <form method="post" action={`${resultsPath(quiz.id)}/groups${pageQuery(opts)}`}>
        <label for="group-name">{g.nameLabel}</label>
        <input
          id="group-name"
          name="name"
          type="text"
          maxlength={MAX_GROUP_NAME}
          autocomplete="off"
          aria-describedby="group-name-hint"
        />
        <p id="group-name-hint" class="note">
          {g.nameHint}
        </p>
        <button type="submit">{g.createButton}</button>
      </form>
    </section>
  );
}
