/** @jsxImportSource hono/jsx */
// The score distribution as an SVG histogram with the mean and the median marked and labelled directly.

import type { Format } from '../format.ts';
import type { ResultFigures } from '../figures.ts';
import type { Strings } from '../strings.ts';
import { anchorAt, pct } from './svg-layout.ts';

const HEIGHT = 252;
const PLOT_TOP = 62;
const BASELINE = 200;
/** Marker lines start under both label rows. */
const MARKER_TOP = 40;

/**
 * Positions are percentages of the width and pixels of the height, so the chart fills any width
 * without its text shrinking on a phone (a viewBox would scale the labels down with it).
 */
export function ScoreHistogram({
  f,
  t,
  fmt,
  labelledBy,
}: {
  f: ResultFigures;
  t: Strings;
  fmt: Format;
  labelledBy: string;
}) {
  const columns = f.scores.length;
  const slot = 100 / columns;
  const max = Math.max(1, ...f.scores.map((s) => s.takes));
  const xOfScore = (score: number) => (score + 0.5) * slot;
  const mean = f.meanScore ?? 0;
  const median = f.medianScore ?? 0;
  // Each label sits on its own row and leans away from the other marker, so neither line crosses a label.
  const markers = [
    { kind: 'median', label: t.median, value: f.medianScore, y: 16, lean: Math.sign(median - mean) },
    { kind: 'mean', label: t.mean, value: f.meanScore, y: 34, lean: Math.sign(mean - median) },
  ].flatMap((m) => (m.value === null ? [] : [{ ...m, value: m.value }]));
  const anchorOf = (x: number, lean: number) => {
    const edge = anchorAt(x);
    if (edge !== 'middle') return edge;
    return lean > 0 ? 'start' : lean < 0 ? 'end' : 'middle';
  };
  return (
    // biome-ignore lint/a11y/noSvgWithoutTitle: named by aria-labelledby (the figure's visible title); the rule only accepts a child <title>
    <svg class="chart" width="100%" height={HEIGHT} role="img" aria-labelledby={labelledBy}>
      {f.scores.map((s) => {
        const h = ((BASELINE - PLOT_TOP) * s.takes) / max;
        return (
          <rect
            class="bar"
            x={pct(s.score * slot + slot * 0.14)}
            width={pct(slot * 0.72)}
            y={BASELINE - h}
            height={h}
          />
        );
      })}
      <line class="baseline" x1="0" x2="100%" y1={BASELINE + 0.5} y2={BASELINE + 0.5} />
      {markers.map((m) => (
        <line
          class={`${m.kind}-line`}
          x1={pct(xOfScore(m.value))}
          x2={pct(xOfScore(m.value))}
          y1={MARKER_TOP}
          y2={BASELINE}
        />
      ))}
      {/* Zero counts stay unlabelled: sixteen "0"s would drown the figures that matter (the table lists them). */}
      {f.scores.map((s) => {
        const h = ((BASELINE - PLOT_TOP) * s.takes) / max;
        if (s.takes === 0) return null;
        return (
          <text class="value halo" x={pct(xOfScore(s.score))} y={BASELINE - h - 6} text-anchor="middle">
            {fmt.count(s.takes)}
          </text>
        );
      })}
      {markers.map((m) => (
        <text class="marker halo" x={pct(xOfScore(m.value))} y={m.y} text-anchor={anchorOf(xOfScore(m.value), m.lean)}>
          {`${m.label} ${fmt.decimal(m.value)}`}
        </text>
      ))}
      {/* Past 11 columns, odd scores lose their tick on narrow screens so the numbers never touch. */}
      {f.scores.map((s) => (
        <text
          class={columns > 11 && s.score % 2 ? 'tick tick-minor' : 'tick'}
          x={pct(xOfScore(s.score))}
          y={BASELINE + 18}
          text-anchor="middle"
        >
          {fmt.count(s.score)}
        </text>
      ))}
      <text class="axis-title" x="50%" y={BASELINE + 42} text-anchor="middle">
        {t.scoreAxis(fmt.count(f.total))}
      </text>
    </svg>
  );
}
