// Small layout helpers shared by the SVG charts: percentage coordinates and label anchoring.

/** A percentage coordinate for an SVG attribute, rounded so the markup stays short and stable. */
export function pct(value: number): string {
  return `${Math.round(value * 100) / 100}%`;
}

/** Labels near an edge are anchored inwards so they are never cut off. */
export function anchorAt(xPercent: number): 'start' | 'middle' | 'end' {
  if (xPercent < 12) return 'start';
  if (xPercent > 88) return 'end';
  return 'middle';
}
