// The skill taxonomy is documented where authors look (questions/README.md) exactly as the contract enforces it.

import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { LANGS } from '../../contract/quiz.ts';
import { SKILLS, SKILL_LABELS } from '../../contract/skills.ts';

const readme = readFileSync(new URL('../../questions/README.md', import.meta.url), 'utf8');
const taxonomySection = readme.slice(readme.indexOf('## Skill taxonomy'));

it('lists exactly the contract skills in the README taxonomy table', () => {
  const documented = [...taxonomySection.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
  expect(documented).toEqual([...SKILLS]);
});

it('has a reader-facing label in every language for every skill', () => {
  for (const skill of SKILLS) for (const lang of LANGS) expect(SKILL_LABELS[skill][lang].trim()).not.toBe('');
});
