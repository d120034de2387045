// The words problems are written in: each field of a quiz file named as an author knows it, in each language.

import { LANGS, type Lang, type Localized } from '../quiz.ts';

const LANG_NAME: Record<Lang, Localized> = {
  en: { en: 'English', es: 'Spanish' },
  es: { en: 'inglés', es: 'español' },
};

/** Names of fields in words, per language; `{n}` is a choice letter or a source number. */
const NAMES: Record<Lang, Record<string, string>> = {
  en: {
    id: 'the id',
    title: 'the title',
    intro: 'the introduction',
    source: 'the article details',
    'source.title': "the article's headline",
    'source.author': "the article's author",
    'source.publisher': 'where the article was published',
    'source.published': 'the publication date',
    'source.url': "the article's web address",
    languages: 'the languages',
    results: 'who sees the results',
    checkedAt: 'the date the facts were checked',
    reviewBy: 'the review date',
    coversAllSkills: 'the promise to cover every skill',
    questions: 'the questions',
    prompt: 'the question',
    explanation: 'the lesson shown after answering',
    passage: 'the quoted passage',
    'passage.text': 'the quoted passage',
    'passage.translation': 'the translation of the passage',
    choices: 'the answers',
    'choices.id': 'the id of answer {n}',
    'choices.text': 'answer {n}',
    'choices.explanation': 'why answer {n} is right or wrong',
    correct: 'the right answers',
    fixedOrder: 'the reason to keep the answers in order',
    sources: 'the sources',
    'sources.name': 'the name of source {n}',
    'sources.url': 'the web address of source {n}',
    'sources.accessed': 'when you read source {n}',
    'sources.date': 'the date of source {n}',
    'sources.current': 'whether source {n} supports a current claim',
    asOf: 'the date the current claim holds from',
    stance: 'the stance',
    skill: 'the skill',
    type: 'the kind of question',
  },
  es: {
    id: 'el identificador',
    title: 'el título',
    intro: 'la introducción',
    source: 'los datos del artículo',
    'source.title': 'el titular del artículo',
    'source.author': 'el autor del artículo',
    'source.publisher': 'dónde se publicó el artículo',
    'source.published': 'la fecha de publicación',
    'source.url': 'la dirección web del artículo',
    languages: 'los idiomas',
    results: 'quién ve los resultados',
    checkedAt: 'la fecha en que se verificaron los datos',
    reviewBy: 'la fecha de revisión',
    coversAllSkills: 'el compromiso de cubrir todas las habilidades',
    questions: 'las preguntas',
    prompt: 'la pregunta',
    explanation: 'la lección que se muestra al responder',
    passage: 'el fragmento citado',
    'passage.text': 'el fragmento citado',
    'passage.translation': 'la traducción del fragmento',
    choices: 'las respuestas',
    'choices.id': 'el identificador de la respuesta {n}',
    'choices.text': 'la respuesta {n}',
    'choices.explanation': 'por qué la respuesta {n} es correcta o no',
    correct: 'las respuestas correctas',
    fixedOrder: 'el motivo para mantener el orden de las respuestas',
    sources: 'las fuentes',
    'sources.name': 'el nombre de la fuente {n}',
    'sources.url': 'la dirección web de la fuente {n}',
    'sources.accessed': 'cuándo consultaste la fuente {n}',
    'sources.date': 'la fecha de la fuente {n}',
    'sources.current': 'si la fuente {n} respalda un dato vigente',
    asOf: 'la fecha desde la que vale el dato vigente',
    stance: 'la postura',
    skill: 'la habilidad',
    type: 'el tipo de pregunta',
  },
};

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}

/** "choices[1].text.es" → { name: 'choices.text', n: 'B', lang: 'es' }. */
export function parseField(field: string): { name: string; n: string; lang?: Lang } {
  let n = '';
  const name = field.replace(/^(choices|sources)\[(\d+)\]/, (_, list: string, i: string) => {
    n = list === 'choices' ? letter(Number(i)) : String(Number(i) + 1);
    return list;
  });
  const lang = LANGS.find((l) => name.endsWith(`.${l}`));
  return { name: lang ? name.slice(0, -lang.length - 1) : name, n, ...(lang ? { lang } : {}) };
}

/** The letter a reader would give the choice at `index` in the file's order: 0 → "A". */
export const letter = (index: number): string => String.fromCharCode(65 + index);

/** The field, and the language its text is in, in words: "the question", "Spanish". */
export function fieldWords(field: string, lang: Lang): { what: string; textLang?: string } {
  const { name, n, lang: textLang } = parseField(field);
  const what = fill(NAMES[lang][name] ?? NAMES[lang][name.split('.')[0] ?? ''] ?? field, { n });
  return { what, ...(textLang ? { textLang: LANG_NAME[lang][textLang] } : {}) };
}

/** A message in every language from one template per language; `{what}` and `{lang}` name the field. */
export function say(templates: Localized, field: string, values: Record<string, string | number> = {}): Localized {
  const out = {} as Localized;
  for (const lang of LANGS) {
    const { what, textLang } = fieldWords(field, lang);
    const text = fill(templates[lang], { what, lang: textLang ?? '', ...values });
    out[lang] = text.charAt(0).toUpperCase() + text.slice(1);
  }
  return out;
}
