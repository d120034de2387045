// The start screen's class group part: "You're taking this with group CODE", or the optional code field.

import type { Ctx } from '../core/effects.ts';
import type { Group, State } from '../core/reduce.ts';
import { fill } from '../shared/format.ts';
import { laterStrings } from '../shared/strings.ts';
import { joinGroup } from './join-group.ts';
import { meet } from './take-order.ts';

/** Widgets whose site-given code (`data-group`, `?group=`) has been sent to be looked up. */
const asked = new WeakSet<Ctx>();
/** Group lines that have taken focus once: a re-render must not pull focus back to them. */
const told = new WeakSet<Element>();

/**
 * Collapsed by default: a button opens the field; a code that is no group is said plainly, and the quiz
 * still runs without one. A site-given code is looked up as soon as this part is first drawn (it comes
 * with the lazy chunk, which the core fetches once question 1 is here).
 */
export function GroupStart({ state, ctx }: { state: State; ctx: Ctx }) {
  // The chunk's first sight of this widget, on its start screen: the takes it starts get their own order.
  meet(ctx);
  const t = laterStrings[ctx.config.lang];
  const given = ctx.config.group;
  if (given && !asked.has(ctx)) {
    asked.add(ctx);
    // After this render, not inside it: the lookup dispatches.
    queueMicrotask(() => joinGroup(ctx, given));
  }
  const group: Group | null = state.group ?? (given ? { code: given, status: 'checking' } : null);
  const open = () => ctx.dispatch({ type: 'group', group: { code: '', status: 'typing', typed: true } });
  const said = !group
    ? null
    : group.status === 'unknown'
      ? fill(t.unknownGroup, { code: group.code })
      : group.status === 'failed'
        ? t.groupFailed
        : null;

  if (group?.status === 'joined') {
    // Joined from the field: the field (which had focus) is gone, so the line saying so takes focus
    // rather than dropping a keyboard reader to the top of the page; Start sits just above it.
    const typed = group.typed;
    return (
      <p
        class="grp"
        role="status"
        tabIndex={typed ? -1 : undefined}
        ref={(el) => {
          if (el && typed && !told.has(el)) {
            told.add(el);
            el.focus();
          }
        }}
      >
        {fill(t.withGroup, { code: group.code })}
      </p>
    );
  }
  if (!group?.typed) {
    // The site's code being looked up, or found to be no group: said in a line, with the way to type another.
    const checking = group?.status === 'checking';
    return (
      <div class="grp">
        {checking ? <p role="status">{t.checkingCode}</p> : said ? <p role="alert">{said}</p> : null}
        {checking ? null : (
          <button type="button" class="btn sec" onClick={open}>
            {t.haveCode}
          </button>
        )}
      </div>
    );
  }
  return (
    <form
      class="grp"
      onSubmit={(event) => {
        event.preventDefault();
        const input = (event.currentTarget as HTMLFormElement).elements.namedItem('code') as HTMLInputElement;
        if (group.status !== 'checking') joinGroup(ctx, input.value, true);
      }}
    >
      <label for="lt-code">{t.codeLabel}</label>
      <div class="row">
        <input
          id="lt-code"
          name="code"
          class="link"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          maxLength={20}
          aria-describedby="lt-code-note"
          aria-invalid={said ? 'true' : undefined}
          defaultValue={group.code}
          ref={(el) => {
            // Opened by the reader: the field takes focus (the button that opened it is gone).
            if (el && group.status === 'typing' && !group.code && document.activeElement !== el) el.focus();
          }}
        />
        <button type="submit" class="btn sec" aria-disabled={group.status === 'checking' ? 'true' : undefined}>
          {group.status === 'checking' ? t.checkingCode : t.useCode}
        </button>
      </div>
      <p id="lt-code-note" class="note" role={said ? 'alert' : undefined}>
        {said ?? t.codeHint}
      </p>
    </form>
  );
}
