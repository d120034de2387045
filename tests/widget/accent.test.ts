// A site's accent colour gets a readable text colour (WCAG contrast), computed, not guessed.

import { expect, it } from 'vitest';
import { accentVars, contrast, inkFor, luminance } from '../../widget/core/accent.ts';

it('computes WCAG relative luminance and contrast', () => {
  expect(luminance([255, 255, 255])).toBeCloseTo(1);
  expect(luminance([0, 0, 0])).toBe(0);
  expect(contrast(1, 0)).toBeCloseTo(21);
  expect(contrast(luminance([118, 118, 118]), 1)).toBeCloseTo(4.54, 1);
});

it('puts white text on dark accents and near-black text on light ones, whichever reads better', () => {
  for (const rgb of [
    [31, 79, 209],
    [176, 0, 96],
    [0, 0, 0],
    [102, 51, 153],
  ] as [number, number, number][]) {
    expect(inkFor(rgb), String(rgb)).toBe('#fff');
  }
  for (const rgb of [
    [255, 215, 0],
    [255, 255, 255],
    [141, 180, 255],
    [0, 200, 120],
  ] as [number, number, number][]) {
    expect(inkFor(rgb), String(rgb)).toBe('#111318');
  }
});

it('sets no custom properties without an accent, and a readable pair with one', () => {
  expect(accentVars(null)).toBeUndefined();
  const vars = accentVars('#0a5cff');
  expect(vars?.['--accent']).toBe('#0a5cff');
  expect(['#fff', '#111318']).toContain(vars?.['--on-accent']);
});

it('picks, for every grey and a spread of colours, the ink with the higher WCAG contrast', () => {
  const darkInk = luminance([0x11, 0x13, 0x18]);
  const colours: [number, number, number][] = [];
  for (let v = 0; v <= 255; v++) colours.push([v, v, v]);
  for (let r = 0; r <= 255; r += 51)
    for (let g = 0; g <= 255; g += 51) for (let b = 0; b <= 255; b += 51) colours.push([r, g, b]);
  for (const rgb of colours) {
    const l = luminance(rgb);
    const best = contrast(l, 1) >= contrast(l, darkInk) ? '#fff' : '#111318';
    expect(inkFor(rgb), String(rgb)).toBe(best);
  }
});
