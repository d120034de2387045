// The UTC day, the one calendar Lateral counts by: daily limits, submission days, group ends, review dates.

export const DAY_MS = 86_400_000;

/** The ISO date (`YYYY-MM-DD`) of the UTC day that holds `time`, in ms since the epoch. */
export function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The first millisecond of the UTC day after the one that holds `time`. */
export function nextUtcMidnight(time: number): number {
  return (Math.floor(time / DAY_MS) + 1) * DAY_MS;
}

/** Days since the epoch of an ISO date or timestamp (its first ten characters), for day arithmetic. */
export function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}
