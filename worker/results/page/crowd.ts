// Everyone's figures beside a group's, the way a group's results page words them.

import type { ResultFigures } from '../figures.ts';
import type { Format } from '../format.ts';
import type { GroupStrings } from '../group-strings.ts';

/** On a group's page: the whole quiz's figures, shown beside the group's. */
export type Crowd = { f: ResultFigures; g: GroupStrings };

/** A percentage beside everyone's: "your class 62%, everyone 48%". */
export function besideCrowd(mine: number | null, all: number | null | undefined, fmt: Format, crowd: Crowd): string {
  const show = (p: number | null | undefined) => (p === null || p === undefined ? '–' : fmt.percent(p));
  return crowd.g.beside(show(mine), show(all));
}
