// Turns the validator's problems into what an editor understands, in the editor's language, keyed by field.

import { LANGS, type Lang } from '../contract/quiz.ts';
import type { QuizProblem } from '../contract/validate-quiz.ts';

/** Where a problem is shown: the question's id (empty for the quiz itself) and the validator's field path. */
export function fieldKey(question: string | undefined, field: string): string {
  return `${question ?? ''}|${field}`;
}

/** A DOM id for a field, so "Go to" links and aria-describedby can point at it. */
export function fieldId(key: string): string {
  return `f-${key.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
}

const LANG_NAME = { en: { en: 'English', es: 'Spanish' }, es: { en: 'inglés', es: 'español' } } as const;

/** Names of fields in words, per editor language; `{n}` is a choice letter or a source number. */
const NAMES: Record<Lang, Record<string, string>> = {
  en: {
    title: 'the title',
    intro: 'the introduction',
    'source.title': "the article's headline",
    'source.author': "the article's author",
    'source.publisher': 'where the article was published',
    'source.published': 'the publication date',
    'source.url': "the article's web address",
    checkedAt: 'the date the facts were checked',
    reviewBy: 'the review date',
    prompt: 'the question',
    explanation: 'the lesson shown after answering',
    'passage.text': 'the quoted passage',
    'passage.translation': 'the translation of the passage',
    'choices.text': 'answer {n}',
    'choices.explanation': 'why answer {n} is right or wrong',
    'sources.name': 'the name of source {n}',
    'sources.url': 'the web address of source {n}',
    'sources.accessed': 'when you read source {n}',
    'sources.date': 'the date of source {n}',
  },
  es: {
    title: 'el título',
    intro: 'la introducción',
    'source.title': 'el titular del artículo',
    'source.author': 'el autor del artículo',
    'source.publisher': 'dónde se publicó el artículo',
    'source.published': 'la fecha de publicación',
    'source.url': 'la dirección web del artículo',
    checkedAt: 'la fecha en que se verificaron los datos',
    reviewBy: 'la fecha de revisión',
    prompt: 'la pregunta',
    explanation: 'la lección que se muestra al responder',
    'passage.text': 'el fragmento citado',
    'passage.translation': 'la traducción del fragmento',
    'choices.text': 'la respuesta {n}',
    'choices.explanation': 'por qué la respuesta {n} es correcta o no',
    'sources.name': 'el nombre de la fuente {n}',
    'sources.url': 'la dirección web de la fuente {n}',
    'sources.accessed': 'cuándo consultaste la fuente {n}',
    'sources.date': 'la fecha de la fuente {n}',
  },
};

const SAY_EN = {
  write: 'Write {what}.',
  writeIn: 'Write {what} in {lang}.',
  tooLong: 'Shorten {what}: at most {max} characters.',
  url: 'Enter a full web address for {what}, starting with https://',
  date: 'Enter {what} as a date.',
  oneRight: 'Mark the one right answer.',
  someRight: 'Mark at least one right answer.',
  unknownRight: 'Mark which answer is right again: the one marked was removed.',
  twoChoices: 'Give at least two answers.',
  trueFalse: 'A true-or-false question has exactly two answers.',
  skill: 'Choose the skill this question practises.',
  type: 'Choose the kind of question.',
  stance: 'Say whether the right answer credits the article, doubts it or passes no verdict.',
  checkedAt: 'Enter the day you last checked the outside facts.',
  accessed: 'Enter the day you last read source {n}.',
  notVerbatim: 'This passage is not in the article word for word any more. Quote it again from the article.',
  noArticle: 'Import the article the questions quote.',
  noQuestions: 'Add at least one question.',
  tooBig: "This quiz is too big to store each reader's answers: remove a question or some answers.",
  duplicate: 'Two questions share the id {what}.',
  other: '{what}: {message}',
};

const SAY: Record<Lang, typeof SAY_EN> = {
  en: SAY_EN,
  es: {
    write: 'Escribe {what}.',
    writeIn: 'Escribe {what} en {lang}.',
    tooLong: 'Acorta {what}: como máximo {max} caracteres.',
    url: 'Escribe una dirección web completa para {what}, que empiece por https://',
    date: 'Escribe {what} como fecha.',
    oneRight: 'Marca la única respuesta correcta.',
    someRight: 'Marca al menos una respuesta correcta.',
    unknownRight: 'Vuelve a marcar la respuesta correcta: la que estaba marcada se eliminó.',
    twoChoices: 'Da al menos dos respuestas.',
    trueFalse: 'Una pregunta de verdadero o falso tiene exactamente dos respuestas.',
    skill: 'Elige la habilidad que practica esta pregunta.',
    type: 'Elige el tipo de pregunta.',
    stance: 'Indica si la respuesta correcta respalda el artículo, lo pone en duda o no da veredicto.',
    checkedAt: 'Escribe el día en que verificaste por última vez los datos externos.',
    accessed: 'Escribe el día en que consultaste por última vez la fuente {n}.',
    notVerbatim: 'Este fragmento ya no aparece tal cual en el artículo. Vuelve a citarlo desde el artículo.',
    noArticle: 'Importa el artículo que citan las preguntas.',
    noQuestions: 'Añade al menos una pregunta.',
    tooBig:
      'Este cuestionario es demasiado grande para guardar las respuestas: quita una pregunta o algunas respuestas.',
    duplicate: 'Dos preguntas tienen el mismo identificador {what}.',
    other: '{what}: {message}',
  },
};

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

/** "choices[1].text.es" → { name: 'choices.text', n: 'B', lang: 'es' }. */
function parseField(field: string): { name: string; n: string; lang?: Lang } {
  let n = '';
  const name = field.replace(/^(choices|sources)\[(\d+)\]/, (_, list: string, i: string) => {
    n = list === 'choices' ? String.fromCharCode(65 + Number(i)) : String(Number(i) + 1);
    return list;
  });
  const lang = LANGS.find((l) => name.endsWith(`.${l}`));
  return { name: lang ? name.slice(0, -3) : name, n, ...(lang ? { lang } : {}) };
}

/** One problem in plain words, e.g. "Write the question in Spanish." */
export function problemText(p: QuizProblem, lang: Lang): string {
  const say = SAY[lang];
  const { name, n, lang: textLang } = parseField(p.field);
  const what = fill(NAMES[lang][name] ?? p.field, { n });
  const m = p.message;
  if (p.field === 'article') return say.noArticle;
  if (p.field === 'questions' && m.includes('non-empty')) return say.noQuestions;
  if (p.field === 'questions' && m.includes('bytes')) return say.tooBig;
  if (p.field === 'passage.text' && m.includes('word for word')) return say.notVerbatim;
  if (p.field === 'skill') return say.skill;
  if (p.field === 'type') return say.type;
  if (p.field === 'stance') return say.stance;
  if (p.field === 'checkedAt') return say.checkedAt;
  if (name === 'sources.accessed') return fill(say.accessed, { n });
  if (p.field === 'id' && m.includes('another question')) return fill(say.duplicate, { what: p.question ?? '' });
  if (p.field === 'choices') return m.includes('true-false') ? say.trueFalse : say.twoChoices;
  if (p.field === 'correct') {
    if (m.includes('is not a choice id')) return say.unknownRight;
    if (m.includes('exactly 1')) return say.oneRight;
    return say.someRight;
  }
  if (m.includes('non-empty string') || m.includes('must be an object with')) {
    return textLang ? fill(say.writeIn, { what, lang: LANG_NAME[lang][textLang] }) : fill(say.write, { what });
  }
  const max = /at most (\d+) characters/.exec(m)?.[1];
  if (max) return fill(say.tooLong, { what, max });
  if (m.includes('URL')) return fill(say.url, { what });
  if (m.includes('date')) return fill(say.date, { what });
  return fill(say.other, { what: what.charAt(0).toUpperCase() + what.slice(1), message: m });
}

/** Problems grouped by the field they belong beside. */
export function problemsByField(problems: QuizProblem[], lang: Lang): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  for (const p of problems) {
    const key = fieldKey(p.question, p.field);
    byField.set(key, [...(byField.get(key) ?? []), problemText(p, lang)]);
  }
  return byField;
}
