// Finishing a take: the attempt token (after a Turnstile check when the quiz asks for one) and saving the score.

import type { AttemptGrant, Results, SubmissionResult } from '../../contract/api.ts';
import type { ApiResult } from '../core/api-client.ts';
import type { Ctx } from '../core/effects.ts';
import type { State } from '../core/reduce.ts';
import { groupQuery } from './join-group.ts';
import { scoreOf } from '../../contract/score.ts';
import { challengeToken } from './turnstile.ts';

/** The score of a take the server refused to count, from the verdicts the server gave along the way. */
export function ownScore(state: State): SubmissionResult {
  return { ...scoreOf(Object.values(state.answers), state.quiz?.questionCount), percentile: null };
}

/** The attempt asked for at Start, per widget and take: the submission waits for it instead of asking twice. */
const grants = new WeakMap<Ctx, { take: number; grant: Promise<ApiResult<string>> }>();

/** Asks for an attempt token for the current take and remembers the request. */
function requestAttempt(ctx: Ctx): Promise<ApiResult<string>> {
  const { take, quiz } = ctx.state();
  const siteKey = quiz?.challenge?.turnstileSiteKey;
  const grant = (siteKey ? challengeToken(ctx, siteKey) : Promise.resolve(null)).then(
    async (token): Promise<ApiResult<string>> => {
      if (siteKey && !token) return { ok: false, failure: 'challenge' };
      const body = token ? { turnstile: token } : undefined;
      let r = await ctx.api<AttemptGrant>(`/attempts${groupQuery(ctx)}`, body, 'POST');
      if (!r.ok && (r.code === 'group_not_found' || r.code === 'group_expired')) {
        // The group ended (or vanished) since it was looked up: say so, and take the quiz without it.
        const group = ctx.state().group;
        if (group) ctx.dispatch({ type: 'group', group: { ...group, status: 'unknown' } });
        r = await ctx.api<AttemptGrant>('/attempts', body, 'POST');
      }
      if (r.ok) {
        ctx.dispatch({ type: 'attempt', take, token: r.data.attempt });
        return { ok: true, data: r.data.attempt };
      }
      return r.code === 'challenge_failed' ? { ok: false, failure: 'challenge' } : r;
    },
  );
  grants.set(ctx, { take, grant });
  return grant;
}

/** At Start: the attempt token is fetched while the reader reads, so saving the score needs one request. */
export function begin(ctx: Ctx): void {
  requestAttempt(ctx);
}

/**
 * Saves the score. Retries send the same token, so the server counts the take once. A take the
 * server refuses to count (too soon after the attempt was issued, or over the day's limit) still
 * ends on the end screen, scored from the verdicts the reader already saw, with a plain note.
 */
export async function submit(ctx: Ctx): Promise<void> {
  const { take } = ctx.state();
  const { quizId, lang } = ctx.config;
  const stale = () => ctx.state().take !== take;
  ctx.dispatch({ type: 'busy', take });
  let token = ctx.state().attempt;
  if (!token) {
    const asked = grants.get(ctx);
    let grant = asked?.take === take ? await asked.grant : ({ ok: false, failure: 'offline' } as const);
    // The attempt asked for at Start may have failed (offline, busy, a failed challenge): ask again now.
    if (!grant.ok && grant.failure !== 'expired') grant = await requestAttempt(ctx);
    if (stale()) return;
    if (!grant.ok) return ctx.dispatch({ type: 'failed', take, failure: grant.failure });
    token = grant.data;
  }
  // The API takes the chosen ids by question; the verdicts stay here.
  const answers = Object.fromEntries(Object.entries(ctx.state().answers).map(([id, a]) => [id, a.chosen]));
  const r = await ctx.api<SubmissionResult>('/submissions', { attempt: token, lang, answers });
  if (stale()) return;
  if (!r.ok && (r.code === 'too_fast' || r.code === 'daily_limit')) {
    // Nothing was stored, and retrying would not change that: no retry loop.
    const own = ownScore(ctx.state());
    ctx.dispatch({ type: 'finished', take, result: own, refused: r.code });
    ctx.emit('lateral:complete', { quizId, score: own.score, total: own.total });
    return;
  }
  if (!r.ok) return ctx.dispatch({ type: 'failed', take, failure: r.failure });
  ctx.dispatch({ type: 'finished', take, result: r.data });
  ctx.emit('lateral:complete', { quizId, score: r.data.score, total: r.data.total });
  if (r.data.percentile !== null) {
    ctx.api<Results>('/results').then((c) => c.ok && ctx.dispatch({ type: 'crowd', take, results: c.data }));
  }
}
