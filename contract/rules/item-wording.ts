// Item-writing checks on wording (Haladyna, Downing & Rodriguez 2002): cues a test-wise reader uses without reading the article.

import type { ChoiceFile, Lang, QuestionFile, QuizFile } from '../quiz.ts';
import { type QuizProblem, problem } from './problem.ts';
import { letter } from './words.ts';

type Check = (q: QuestionFile, lang: Lang) => QuizProblem[];

/** "All of the above", "none of the above", "both A and B": they test the order of the list, which is shuffled. */
const ABOVE: Record<Lang, RegExp> = {
  en: /\b(all|none|any) of the (above|preceding)\b|\bboth\s+\(?[a-e]\)?\s+and\s+\(?[a-e]\)?(?![\p{L}])/iu,
  es: /\b(todas|ninguna|cualquiera) de las (anteriores|opciones anteriores)\b|\b(todas las|ninguna de las) anteriores\b|\bambas?,?\s+(la\s+)?\(?[a-e]\)?\s+y\s+(la\s+)?\(?[a-e]\)?(?![\p{L}])/iu,
};

const aboveChoices: Check = (q, lang) =>
  q.choices.flatMap((c, i) =>
    ABOVE[lang].test(c.text[lang])
      ? [
          problem(
            'all-none-of-the-above',
            'warning',
            { question: q.id, choice: c.id, field: `choices[${i}].text.${lang}`, lang },
            {
              en: `Answer ${letter(i)} refers to the other answers ("all of the above", "none of the above", "both A and B"): readers see the answers shuffled, and such an answer tests the list, not the article. Write it as a claim of its own.`,
              es: `La respuesta ${letter(i)} remite a las demás ("todas las anteriores", "ninguna de las anteriores", "A y B"): las respuestas se muestran barajadas, y una así evalúa la lista, no el artículo. Escríbela como una afirmación propia.`,
            },
          ),
        ]
      : [],
  );

/** Specific determiners: a distractor that says "always" or "never" is easy to rule out unread. */
const ABSOLUTE: Record<Lang, RegExp> = {
  en: /\b(always|never|only|every|everyone|everything|nobody|nothing|none|no one|impossible|certainly|definitely|in every case|all)\b/i,
  es: /(?<![\p{L}])(siempre|nunca|jamás|solo|sólo|únicamente|todos|todas|todo|nadie|nada|ninguno|ninguna|imposible|en todos los casos|en ningún caso)(?![\p{L}])/iu,
};

const absoluteWords: Check = (q, lang) => {
  const has = (c: ChoiceFile) => ABSOLUTE[lang].test(c.text[lang]);
  if (q.choices.some((c) => q.correct.includes(c.id) && has(c))) return [];
  const flagged = q.choices.map((c, i) => ({ c, i })).filter(({ c }) => !q.correct.includes(c.id) && has(c));
  const first = flagged[0];
  if (!first) return [];
  const list = flagged.map(({ i }) => letter(i)).join(', ');
  return [
    problem(
      'absolute-words',
      'warning',
      { question: q.id, choice: first.c.id, field: `choices[${first.i}].text.${lang}`, lang },
      {
        en: `Only wrong answers (${list}) use absolute words such as "always", "never" or "only": a test-wise reader rules them out unread. Use them in a right answer too, or in none.`,
        es: `Solo las respuestas incorrectas (${list}) usan palabras absolutas como "siempre", "nunca" o "solo": quien conoce el truco las descarta sin leer. Úsalas también en una correcta, o en ninguna.`,
      },
    ),
  ];
};

/** Quoted words are the article's, not the question's: "is not new" in a quotation is no negative stem. */
const unquoted = (text: string) => text.replace(/“[^”]*”|"[^"]*"|«[^»]*»|‘[^’]*’/g, ' ');

/** The sentences that ask: those ending with "?" (English), or between "¿" and "?" (Spanish). */
function asking(prompt: string, lang: Lang): string[] {
  const text = unquoted(prompt);
  if (lang === 'es') return text.match(/¿[^?]*\?/g) ?? [];
  return (text.split(/(?<=[.!?])\s+/) ?? []).filter((s) => s.trim().endsWith('?'));
}

const NEGATIVE: Record<Lang, RegExp> = {
  en: /\b(not|except|least|never)\b/,
  es: /(?<![\p{L}])(no|excepto|salvo|menos|nunca)(?![\p{L}])/u,
};

/** A negative stem ("Which is NOT…") is missed on a quick read unless the negative word stands out: in capitals. */
const negativeStem: Check = (q, lang) => {
  const plain = asking(q.prompt[lang], lang).some((s) => {
    const word = NEGATIVE[lang].exec(s)?.[1];
    return word !== undefined && word !== word.toUpperCase();
  });
  return plain
    ? [
        problem(
          'negative-stem',
          'warning',
          { question: q.id, field: `prompt.${lang}`, lang },
          {
            en: 'The question asks in the negative ("not", "except") without emphasis: readers skim past it. Ask it positively, or write the negative word in capitals (NOT).',
            es: 'La pregunta está en negativo ("no", "excepto") sin resaltarlo: se pasa por alto al leer rápido. Formúlala en positivo o escribe la negación en mayúsculas (NO).',
          },
        ),
      ]
    : [];
};

const VOWEL_START = /^[aeiou]/i;
/** English words whose article breaks the spelling rule: "an hour", "a university", "a one-off". */
const AN_EXCEPTIONS = /^(hour|honest|honou?r|heir)/i;
const A_EXCEPTIONS = /^(uni|use|usu|eu|one|once)/i;

/**
 * Grammatical cues. English: a stem ending in "a" or "an" fits only the choices whose first word agrees.
 * Spanish, where practical: a stem ending in an article ("un", "una", "los"…) against a choice whose
 * first word plainly ends in the other gender (-o against -a).
 */
const grammarCue: Check = (q, lang) => {
  const tail = q.prompt[lang].trim().replace(/[\s:…_.]+$/u, '');
  const last = /(\p{L}+)$/u.exec(tail)?.[1]?.toLowerCase();
  if (!last) return [];
  const misfit = (text: string): boolean => {
    const first = /\p{L}+/u.exec(text)?.[0] ?? '';
    if (lang === 'en') {
      const vowel = (VOWEL_START.test(first) && !A_EXCEPTIONS.test(first)) || AN_EXCEPTIONS.test(first);
      if (last === 'an') return !vowel;
      if (last === 'a') return vowel;
      return false;
    }
    const word = first.toLowerCase();
    if (last === 'un' || last === 'el') return /a$/.test(word) && !/(ma|ta|pa)$/.test(word);
    if (last === 'una' || last === 'la') return /o$/.test(word) && !/(mano|foto|radio|moto)$/.test(word);
    if (last === 'unos' || last === 'los') return /as$/.test(word);
    if (last === 'unas' || last === 'las') return /os$/.test(word);
    return false;
  };
  const flagged = q.choices.map((c, i) => ({ c, i })).filter(({ c }) => misfit(c.text[lang]));
  if (flagged.length === 0) return [];
  return [
    problem(
      'grammar-cue',
      'warning',
      { question: q.id, field: `prompt.${lang}`, lang },
      {
        en: `The question ends with "${last}", which does not fit answer ${flagged.map(({ i }) => letter(i)).join(', ')}: the grammar tells which answers are wrong. End the question before the article, or make every answer fit.`,
        es: `La pregunta termina en "${last}", que no concuerda con la respuesta ${flagged.map(({ i }) => letter(i)).join(', ')}: la gramática delata las respuestas incorrectas. Termina la pregunta antes del artículo o haz que todas concuerden.`,
      },
    ),
  ];
};

/**
 * The widget shows a question's passage only after the answer is checked (widget/later/feedback-panel.tsx),
 * so while answering, a reader sees the prompt and the choices alone. A prompt that points at text it
 * does not quote ("this line", "the credit shows") asks about something the reader cannot see.
 */
const POINTING: Record<Lang, RegExp> = {
  en: /\b(this|that|the following|the above) (line|sentence|passage|quote|quotation|paragraph|excerpt|claim|statement)\b|\b(the|this) (photo |image |picture )?(credit|caption)\b|\b(above|below)\b/i,
  es: /(?<![\p{L}])(esta|esa|la siguiente) (línea|frase|oración|cita)(?![\p{L}])|(?<![\p{L}])(este|ese|el siguiente) (fragmento|párrafo|pasaje|texto citado)(?![\p{L}])|(?<![\p{L}])(el|este) (crédito|pie de foto)(?![\p{L}])|(?<![\p{L}])(arriba|abajo)(?![\p{L}])/iu,
};
const QUOTES = /“[^”]+”|"[^"]+"|«[^»]+»/;

const unseenReference: Check = (q, lang) => {
  const prompt = q.prompt[lang];
  if (!POINTING[lang].test(prompt) || QUOTES.test(prompt)) return [];
  return [
    problem(
      'unseen-reference',
      'warning',
      { question: q.id, field: `prompt.${lang}`, lang },
      {
        en: 'The question points at text the reader cannot see while answering: the passage is shown only after the answer is checked. Quote the words in the question.',
        es: 'La pregunta remite a un texto que no se ve al responder: el fragmento solo se muestra después de comprobar la respuesta. Cita las palabras en la pregunta.',
      },
    ),
  ];
};

const CHECKS: Check[] = [aboveChoices, absoluteWords, negativeStem, grammarCue, unseenReference];

export function wordingProblems(quiz: QuizFile): QuizProblem[] {
  return quiz.questions.flatMap((q) => quiz.languages.flatMap((lang) => CHECKS.flatMap((check) => check(q, lang))));
}
