// The one place the writer reads the map's ranking: today each mark's strength; the map's own ranking (issue 21 §4) replaces it here.

import type { Mark, ReadingMap } from '../contract/reading-map.ts';

/** The marks a question could be drafted from, most worth asking about first. */
export function rankedMarks(map: ReadingMap): Mark[] {
  return [...map.marks].sort((a, b) => b.strength - a.strength || a.start - b.start);
}
