// Joining a class group (issue 15): looking a join code up, before the reader starts, so a wrong one is said at once.

import type { GroupInfo } from '../../contract/api.ts';
import type { Ctx } from '../core/effects.ts';
import type { Group } from '../core/reduce.ts';

/**
 * Looks up `typed` (the site's `data-group`, or what the reader typed: `fromField`). The API reads codes whatever their case and
 * spacing and answers with the code as stored, which is what the widget shows from then on. An unknown
 * or ended group (404, 410) leaves the reader to take the quiz without one; a network failure says so.
 */
export async function joinGroup(ctx: Ctx, typed: string, fromField = false): Promise<void> {
  const shown = typed
    .replace(/[\s.-]+/g, '')
    .toUpperCase()
    .slice(0, 20);
  const group = (code: string, status: Group['status']) =>
    ctx.dispatch({ type: 'group', group: { code, status, ...(fromField ? { typed: true } : {}) } });
  if (!shown) return group('', 'typing');
  group(shown, 'checking');
  const r = await ctx.api<GroupInfo>(`/groups/${encodeURIComponent(shown)}`);
  if (r.ok) group(r.data.code, 'joined');
  else group(shown, r.failure === 'missing' || r.failure === 'expired' ? 'unknown' : 'failed');
}

/** The attempt's query: the group the reader joined, if any (the server checks it again and signs it in). */
export function groupQuery(ctx: Ctx): string {
  const group = ctx.state().group;
  return group?.status === 'joined' ? `?group=${encodeURIComponent(group.code)}` : '';
}
