/** @jsxImportSource hono/jsx */
// Takes per day as an SVG bar chart over a continuous run of days, quiet days included as gaps.

import type { Format } from '../format.ts';
import { pct } from './svg-layout.ts';
import { DAY_MS, dayNumber, isoDay } from '../../../contract/utc-day.ts';

const HEIGHT = 176;
const PLOT_TOP = 26;
const BASELINE = 140;
/** A week at least, so a single day of takes does not fill the chart with one slab. */
export const MIN_DAYS = 7;
export const MAX_DAYS = 90;

export type DaySeries = { days: { date: string; takes: number }[]; truncated: boolean };

/** Every day from the first take (or a week back) to the day of the figures, at most MAX_DAYS. */
export function daySeries(daily: { date: string; takes: number }[], updatedAt: string): DaySeries {
  const byDate = new Map(daily.map((d) => [d.date, d.takes]));
  const last = Math.max(dayNumber(updatedAt), ...daily.map((d) => dayNumber(d.date)));
  const first = Math.min(last - (MIN_DAYS - 1), ...daily.map((d) => dayNumber(d.date)));
  const start = Math.max(first, last - (MAX_DAYS - 1));
  const days = [];
  for (let day = start; day <= last; day++) {
    const date = isoDay(day * DAY_MS);
    days.push({ date, takes: byDate.get(date) ?? 0 });
  }
  return { days, truncated: start > first };
}

export function DailyChart({ series, fmt, labelledBy }: { series: DaySeries; fmt: Format; labelledBy: string }) {
  const { days } = series;
  const slot = 100 / days.length;
  const max = Math.max(1, ...days.map((d) => d.takes));
  const busiest = days.findIndex((d) => d.takes === max);
  // With many days, only the busiest bar gets a number: the rest would collide.
  const labelled = (i: number) => (days.length <= 14 ? (days[i]?.takes ?? 0) > 0 : i === busiest);
  const ticks = days.length >= 5 ? [0, Math.floor((days.length - 1) / 2), days.length - 1] : days.map((_, i) => i);
  return (
    // biome-ignore lint/a11y/noSvgWithoutTitle: named by aria-labelledby (the figure's visible title); the rule only accepts a child <title>
    <svg class="chart" width="100%" height={HEIGHT} role="img" aria-labelledby={labelledBy}>
      {days.map((d, i) => {
        const h = ((BASELINE - PLOT_TOP) * d.takes) / max;
        return (
          <rect class="bar" x={pct(i * slot + slot * 0.12)} width={pct(slot * 0.76)} y={BASELINE - h} height={h} />
        );
      })}
      <line class="baseline" x1="0" x2="100%" y1={BASELINE + 0.5} y2={BASELINE + 0.5} />
      {days.map((d, i) =>
        labelled(i) ? (
          <text
            class="value halo"
            x={pct((i + 0.5) * slot)}
            y={BASELINE - ((BASELINE - PLOT_TOP) * d.takes) / max - 6}
            text-anchor="middle"
          >
            {fmt.count(d.takes)}
          </text>
        ) : null,
      )}
      {ticks.map((i) => {
        const anchor = days.length >= 5 ? (i === 0 ? 'start' : i === days.length - 1 ? 'end' : 'middle') : 'middle';
        const x = anchor === 'start' ? i * slot : anchor === 'end' ? (i + 1) * slot : (i + 0.5) * slot;
        return (
          <text class="tick" x={pct(x)} y={BASELINE + 20} text-anchor={anchor}>
            {fmt.shortDay(days[i]?.date ?? '')}
          </text>
        );
      })}
    </svg>
  );
}
