/** @jsxImportSource hono/jsx */
// Horizontal bars with their labels in HTML, so long answer texts wrap on a phone instead of being cut.

import type { Child } from 'hono/jsx';

export type Bar = {
  label: Child;
  /** Length of the bar, 0–1 of the full track. */
  fraction: number;
  value: string;
  detail?: string;
  tone?: 'correct' | 'top-wrong' | 'other';
  /** Where everyone's figure falls on the track, 0–1, drawn as a tick (a group's page). */
  mark?: number;
};

/**
 * One chart: `role="img"` names it for screen readers (title and description by id) and hides the
 * visual rows from them; the data table next to it carries the same figures as text.
 */
/** `compact` puts short labels beside their bars on wide screens (skills, languages). */
export function BarList({ bars, labelledBy, compact = false }: { bars: Bar[]; labelledBy: string; compact?: boolean }) {
  // Bars beside everyone's figure carry long values ("your class 92%, everyone 58%"): a phone puts them under the bar.
  const classes = ['bars', compact ? 'bars-compact' : '', bars.some((b) => b.mark !== undefined) ? 'bars-crowd' : ''];
  return (
    <div class={classes.filter(Boolean).join(' ')} role="img" aria-labelledby={labelledBy}>
      {bars.map((bar) => (
        <div class={bar.tone ? `bar-row is-${bar.tone}` : 'bar-row'}>
          <div class="bar-label">{bar.label}</div>
          <div class="bar-line">
            <svg class="bar-svg" width="100%" height="14" aria-hidden="true" focusable="false">
              <rect class="track" width="100%" height="14" rx="2" />
              <rect class="fill" width={`${percentOf(bar.fraction)}%`} height="14" rx="2" />
              {bar.mark === undefined ? null : (
                <rect class="mark" x={`${Math.min(99.4, percentOf(bar.mark))}%`} y="-2" width="3" height="18" />
              )}
            </svg>
            <span class="bar-value">
              {bar.value}
              {bar.detail ? <small> ({bar.detail})</small> : null}
            </span>
          </div>
        </div>
      ))}
    </div>
  );
}

/** Clamped and rounded for the markup; a non-zero value keeps a sliver so it never looks like zero. */
function percentOf(fraction: number): number {
  if (!(fraction > 0)) return 0;
  return Math.max(0.5, Math.min(100, Math.round(fraction * 1000) / 10));
}
