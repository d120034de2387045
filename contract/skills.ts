// The media-literacy skill taxonomy (research A6): every question practises exactly one skill.

import type { Lang } from './quiz.ts';

export const SKILLS = [
  'comprehension',
  'claim-vs-denial',
  'claim-precision',
  'source-investigation',
  'platform-type',
  'lateral-reading',
  'corroboration',
  'evidence-attribution',
  'stats-polls',
  'date-context',
  'internal-consistency',
  'image-provenance',
  'fact-vs-opinion',
  'manipulation-technique',
  'context-omission',
] as const;

export type Skill = (typeof SKILLS)[number];

export function isSkill(value: unknown): value is Skill {
  return typeof value === 'string' && (SKILLS as readonly string[]).includes(value);
}

/** Reader-facing names of each skill, shown on feedback, end screens and results. */
export const SKILL_LABELS: Record<Skill, Record<Lang, string>> = {
  comprehension: { en: 'Reading comprehension', es: 'Comprensión de lectura' },
  'claim-vs-denial': { en: 'Claim vs. denial', es: 'Afirmación vs. desmentido' },
  'claim-precision': { en: 'What exactly is claimed', es: 'Qué se afirma exactamente' },
  'source-investigation': { en: 'Who is behind it', es: 'Quién está detrás' },
  'platform-type': { en: 'Kind of platform', es: 'Tipo de plataforma' },
  'lateral-reading': { en: 'Lateral reading', es: 'Lectura lateral' },
  corroboration: { en: 'Finding better coverage', es: 'Buscar mejor cobertura' },
  'evidence-attribution': { en: 'Evidence and attribution', es: 'Evidencia y atribución' },
  'stats-polls': { en: 'Polls and statistics', es: 'Encuestas y estadísticas' },
  'date-context': { en: 'Dates and timeline', es: 'Fechas y cronología' },
  'internal-consistency': { en: 'Internal consistency', es: 'Coherencia interna' },
  'image-provenance': { en: 'Where an image comes from', es: 'Origen de las imágenes' },
  'fact-vs-opinion': { en: 'Fact vs. opinion', es: 'Hecho vs. opinión' },
  'manipulation-technique': { en: 'Manipulation techniques', es: 'Técnicas de manipulación' },
  'context-omission': { en: 'Missing context', es: 'Contexto que falta' },
};
