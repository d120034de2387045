// The brakes on class group writes: the group limiter per client address, then the site's daily write budget.

import type { Context } from 'hono';
import { type AppEnv, attemptSecret } from '../env.ts';
import { type WriteKind, spendWrites } from '../http/write-budget.ts';
import { groupBrake } from '../http/rate-limit.ts';

/**
 * Before a group is made or its results link replaced, from the API or a page form alike (H2): a Rate
 * Limiting binding per address (no KV counter, so no race and no write), then the day's write budget,
 * which every client-caused write shares. Creation first needs the attempt secret: a group's takes need
 * signed attempts, so without it (outside local development) no group is made that nobody could join.
 */
export async function groupWriteBrake(
  c: Context<AppEnv>,
  kind: Extract<WriteKind, 'groupCreation' | 'groupLinkReplacement'>,
  now: number,
): Promise<void> {
  if (kind === 'groupCreation') attemptSecret(c.env);
  await groupBrake(c);
  await spendWrites(c.env, kind, now);
}
