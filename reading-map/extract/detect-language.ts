// Guesses the article's language from its commonest short words: the map reads English and Spanish only.

import type { Lang } from '../../contract/quiz.ts';

const FUNCTION_WORDS: Record<string, string[]> = {
  English: [
    'the',
    'and',
    'of',
    'to',
    'in',
    'is',
    'that',
    'for',
    'it',
    'was',
    'on',
    'with',
    'as',
    'by',
    'he',
    'she',
    'are',
    'this',
    'have',
    'from',
  ],
  Spanish: [
    'el',
    'la',
    'de',
    'que',
    'y',
    'en',
    'los',
    'las',
    'del',
    'se',
    'por',
    'un',
    'una',
    'con',
    'para',
    'es',
    'al',
    'su',
    'como',
    'más',
  ],
  French: [
    'le',
    'la',
    'les',
    'de',
    'des',
    'et',
    'est',
    'une',
    'du',
    'que',
    'pour',
    'dans',
    'qui',
    'sur',
    'au',
    'avec',
    'pas',
    'ce',
    'il',
    'sont',
  ],
  German: [
    'der',
    'die',
    'und',
    'das',
    'ist',
    'nicht',
    'den',
    'mit',
    'von',
    'zu',
    'ein',
    'eine',
    'auf',
    'sich',
    'dem',
    'des',
    'auch',
    'es',
    'sie',
    'wird',
  ],
  Portuguese: [
    'o',
    'a',
    'os',
    'as',
    'de',
    'que',
    'e',
    'do',
    'da',
    'em',
    'um',
    'uma',
    'para',
    'com',
    'não',
    'por',
    'mais',
    'dos',
    'das',
    'foi',
  ],
  Italian: [
    'il',
    'di',
    'che',
    'e',
    'la',
    'per',
    'un',
    'una',
    'non',
    'sono',
    'del',
    'della',
    'con',
    'nel',
    'gli',
    'le',
    'anche',
    'alla',
    'è',
    'più',
  ],
};

const READABLE: Record<string, Lang> = { English: 'en', Spanish: 'es' };

export type LanguageGuess = { lang: Lang } | { lang: null; name: string };

export function detectLanguage(text: string): LanguageGuess {
  const sample = text.slice(0, 30_000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (letters > 0 && latin / letters < 0.5) return { lang: null, name: 'a language not written in the Latin alphabet' };
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best = '';
  let bestScore = 0;
  for (const [name, list] of Object.entries(FUNCTION_WORDS)) {
    const set = new Set(list);
    const score = words.reduce((n, w) => n + (set.has(w) ? 1 : 0), 0);
    if (score > bestScore) [best, bestScore] = [name, score];
  }
  // Too few function words to tell (a list of names, a table): let English through, the map will find little.
  if (bestScore < 3) return { lang: 'en' };
  const lang = READABLE[best];
  return lang ? { lang } : { lang: null, name: best };
}
