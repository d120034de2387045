// The one-line reasons shown on marks, in English and Spanish: short, a question the reader can act on.

import type { Localized } from '../contract/quiz.ts';

const q = (s: string) => `“${s}”`;

export const REASONS = {
  claimOrDenial: (verb: string, who?: string): Localized => ({
    en: `${who ? `${who} ` : ''}${verb}: a claim or denial is not proof. What shows it?`,
    es: `${who ? `${who}: ` : ''}${q(verb)}: afirmar o negar no es probar. ¿Qué lo demuestra?`,
  }),
  attributed: (who?: string): Localized => ({
    en: who ? `Attributed to ${who}: where and when was it said?` : 'Attributed: to whom, where and when?',
    es: who ? `Atribuido a ${who}: ¿dónde y cuándo lo dijo?` : 'Atribuido: ¿a quién, dónde y cuándo?',
  }),
  attributedToDocument: (): Localized => ({
    en: 'Attributed to a document or figures: can you find them?',
    es: 'Atribuido a un documento o a cifras: ¿puedes encontrarlos?',
  }),
  unnamedSource: (who: string): Localized => ({
    en: `Unnamed source: which ${who}?`,
    es: `Fuente sin nombre: ¿quiénes son esos ${q(who)}?`,
  }),
  unsourcedNumber: (figure: string): Localized => ({
    en: `Figure with no named source: where does ${q(figure)} come from?`,
    es: `Cifra sin fuente: ¿de dónde sale ${q(figure)}?`,
  }),
  unnamedPoll: (): Localized => ({
    en: 'Which poll? Who ran it, when, and whom did it ask?',
    es: '¿Qué encuesta? ¿Quién la hizo, cuándo y a quién preguntó?',
  }),
  relativeDate: (words: string): Localized => ({
    en: `Relative date ${q(words)}: relative to when?`,
    es: `Fecha relativa ${q(words)}: ¿relativa a cuándo?`,
  }),
  absoluteDate: (words: string): Localized => ({
    en: `Dated ${q(words)}: does it fit the rest of the timeline?`,
    es: `Fechado ${q(words)}: ¿encaja con el resto de la cronología?`,
  }),
  timeTitle: (word: string): Localized => ({
    en: `${q(word)}: true at what time, and is it still?`,
    es: `${q(word)}: ¿cierto en qué momento? ¿Lo sigue siendo?`,
  }),
  timelineConflict: (detail: Localized): Localized => ({
    en: `The dates don't add up: ${detail.en}`,
    es: `Las fechas no cuadran: ${detail.es}`,
  }),
  opinion: (words: string): Localized => ({
    en: `Judgement stated as fact: ${q(words)} says who?`,
    es: `Opinión presentada como hecho: ${q(words)}, ¿según quién?`,
  }),
  quoteNoSpeaker: (): Localized => ({
    en: 'Quote without a named speaker: who said it, and where?',
    es: 'Cita sin nadie con nombre que la diga: ¿quién lo dijo y dónde?',
  }),
  quoteNoOccasion: (who: string): Localized => ({
    en: `Quote from ${who}: when and where was it said?`,
    es: `Cita de ${who}: ¿cuándo y dónde lo dijo?`,
  }),
  quoteWithOccasion: (who: string): Localized => ({
    en: `Quote from ${who}, with its occasion: can you find the original?`,
    es: `Cita de ${who}, con la ocasión: ¿puedes encontrar el original?`,
  }),
  scareQuote: (words: string): Localized => ({
    en: `Quoted words ${words}: whose words are they, and in what context?`,
    es: `Palabras citadas ${words}: ¿de quién son y en qué contexto?`,
  }),
  headlineClaim: (): Localized => ({
    en: 'The headline claims something other than the body reports: compare them.',
    es: 'El titular afirma algo distinto de lo que cuenta el texto: compáralos.',
  }),
  headlineFigure: (figure: string): Localized => ({
    en: `The headline's ${q(figure)} is not the figure the body gives.`,
    es: `El ${q(figure)} del titular no es la cifra que da el texto.`,
  }),
  headlineCertainty: (word: string): Localized => ({
    en: `The headline says ${q(word)}; the body is less certain.`,
    es: `El titular dice ${q(word)}; el texto es menos categórico.`,
  }),
  headlineSettled: (modal: string, settled: string): Localized => ({
    en: `The headline says ${q(modal)}, a prediction; the body reports a claim of a deal already done (${q(settled)}).`,
    es: `El titular dice ${q(modal)}, una previsión; el texto cuenta que se afirmó un acuerdo ya hecho (${q(settled)}).`,
  }),
  headlineQuote: (words: string): Localized => ({
    en: `The headline quotes ${words}; the body's quotes don't say it that way. Who said what?`,
    es: `El titular cita ${words}; las citas del texto no lo dicen así. ¿Quién dijo qué?`,
  }),
  headlineDecided: (word: string): Localized => ({
    en: `The headline says ${q(word)}; the body describes something not yet decided.`,
    es: `El titular dice ${q(word)}; el texto cuenta algo que aún no está decidido.`,
  }),
  agencyImageUndated: (agency: string): Localized => ({
    en: `News photo from ${agency} with no date or place here: when and where was it taken?`,
    es: `Foto de agencia (${agency}) sin fecha ni lugar aquí: ¿cuándo y dónde se tomó?`,
  }),
  stockImage: (where: string): Localized => ({
    en: `Image from ${where}: a stock or archive photo, not a picture of these events.`,
    es: `Imagen de ${where}: foto de archivo o de banco de imágenes, no de estos hechos.`,
  }),
  undatedImage: (): Localized => ({
    en: 'Image with no date or place: what does it really show?',
    es: 'Imagen sin fecha ni lugar: ¿qué muestra en realidad?',
  }),
  uncitedDocument: (what: string): Localized => ({
    en: `Which ${what}? No article, date or link is given: look it up.`,
    es: `¿Qué ${q(what)}? No da artículo, fecha ni enlace: búscalo.`,
  }),
};
