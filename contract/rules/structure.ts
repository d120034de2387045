// Structural rules: what makes a quiz file readable at all (fields, types, ids, answers, sizes). All are errors.

import { isIsoDate, isIsoDateOrPartial } from '../fact-dates.ts';
import { ID_PATTERN, LANGS, type Lang, type Localized, type QuizFile, STANCES } from '../quiz.ts';
import { SKILLS, isSkill } from '../skills.ts';
import { worstCaseRecordBytes } from '../submission-record.ts';
import { type QuizProblem, type Where, problem } from './problem.ts';
import { letter, say } from './words.ts';

const CHOICE_ID = /^[a-z0-9]{1,8}$/;

/**
 * Ids that name a property every JavaScript object already has: an answer map keyed by such an id
 * reads the prototype instead of the reader's answer (issue 22 L5). Refused for quizzes and questions.
 */
export const RESERVED_IDS: readonly string[] = ['constructor', 'prototype', '__proto__'];

/** Worst-case size of one stored submission must fit KV metadata (1,024 bytes) with room to spare. */
export const MAX_RECORD_BYTES = 900;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const T = {
  object: { en: '{what} must be a JSON object.', es: '{what} debe ser un objeto JSON.' },
  draft: {
    en: 'This is a draft: write every field it lists, then delete its "draft" note.',
    es: 'Es un borrador: escribe cada campo que indica y luego borra su nota "draft".',
  },
  write: { en: 'Write {what}.', es: 'Escribe {what}.' },
  writeIn: { en: 'Write {what} in {lang}.', es: 'Escribe {what} en {lang}.' },
  tooLong: { en: 'Shorten {what}: at most {max} characters.', es: 'Acorta {what}: como máximo {max} caracteres.' },
  url: {
    en: 'Enter a full web address for {what}, starting with https://',
    es: 'Escribe una dirección web completa para {what}, que empiece por https://',
  },
  date: { en: 'Enter {what} as a date (YYYY-MM-DD).', es: 'Escribe {what} como fecha (AAAA-MM-DD).' },
  partialDate: {
    en: 'Enter {what} as a date: YYYY-MM-DD, YYYY-MM or YYYY.',
    es: 'Escribe {what} como fecha: AAAA-MM-DD, AAAA-MM o AAAA.',
  },
  id: {
    en: 'Use lowercase letters, digits and dashes for {what}.',
    es: 'Usa minúsculas, cifras y guiones en {what}.',
  },
  reserved: {
    en: '"{id}" is a name JavaScript objects already use: choose another id.',
    es: '"{id}" es un nombre que ya usan los objetos de JavaScript: elige otro identificador.',
  },
  fileName: {
    en: 'The id must match the file name ({id}.json).',
    es: 'El identificador debe coincidir con el archivo ({id}.json).',
  },
  languages: {
    en: 'List the languages the quiz is written in, each once: {all}.',
    es: 'Indica los idiomas del cuestionario, cada uno una vez: {all}.',
  },
  results: {
    en: 'Say whether results are "public" or "private".',
    es: 'Indica si los resultados son "public" o "private".',
  },
  checkedAt: {
    en: 'Enter the day you last checked the outside facts (YYYY-MM-DD).',
    es: 'Escribe el día en que verificaste por última vez los datos externos (AAAA-MM-DD).',
  },
  reviewBefore: {
    en: 'The review date must not be before the date the facts were checked.',
    es: 'La fecha de revisión no puede ser anterior a la de verificación.',
  },
  boolean: { en: '{what} must be true or false.', es: '{what} debe ser true o false.' },
  noQuestions: { en: 'Add at least one question.', es: 'Añade al menos una pregunta.' },
  duplicateQuestion: {
    en: 'Two questions share the id {id}.',
    es: 'Dos preguntas tienen el mismo identificador {id}.',
  },
  type: { en: 'Choose the kind of question.', es: 'Elige el tipo de pregunta.' },
  questionDraft: {
    en: 'Still a draft: write the fields its "draft" note lists, then delete the note.',
    es: 'Sigue siendo un borrador: escribe los campos que indica su nota "draft" y luego bórrala.',
  },
  needsReview: {
    en: 'Drafted by the question writer and not checked yet: read it against the article and its sources, correct what the template got wrong, then tick "I checked this".',
    es: 'Lo redactó el generador de preguntas y nadie lo ha revisado: léelo contra el artículo y sus fuentes, corrige lo que la plantilla haya errado y marca "Lo revisé".',
  },
  skill: {
    en: 'Choose the skill this question practises ({all}).',
    es: 'Elige la habilidad que practica esta pregunta ({all}).',
  },
  stance: {
    en: 'Say whether the right answer credits the article, doubts it or passes no verdict ({all}).',
    es: 'Indica si la respuesta correcta respalda el artículo, lo pone en duda o no da veredicto ({all}).',
  },
  list: { en: '{what} must be a list.', es: '{what} debe ser una lista.' },
  accessed: {
    en: 'Enter the day you last read source {n} (YYYY-MM-DD).',
    es: 'Escribe el día en que consultaste por última vez la fuente {n} (AAAA-MM-DD).',
  },
  current: { en: '"current" must be true or left out.', es: '"current" debe ser true o no aparecer.' },
  currentNeedsAsOf: {
    en: 'A current claim needs the question\'s "asOf" date.',
    es: 'Un dato vigente necesita la fecha "asOf" de la pregunta.',
  },
  twoChoices: { en: 'Give at least two answers.', es: 'Da al menos dos respuestas.' },
  choiceId: {
    en: 'Give answer {n} an id of 1–8 lowercase letters or digits.',
    es: 'Da a la respuesta {n} un identificador de 1 a 8 minúsculas o cifras.',
  },
  choiceIdTwice: { en: 'Two answers share the id "{id}".', es: 'Dos respuestas tienen el mismo identificador "{id}".' },
  trueFalse: {
    en: 'A true-or-false question has exactly two answers.',
    es: 'Una pregunta de verdadero o falso tiene exactamente dos respuestas.',
  },
  correctList: { en: 'Mark the right answers.', es: 'Marca las respuestas correctas.' },
  unknownRight: {
    en: 'Mark which answer is right again: the one marked ("{id}") was removed.',
    es: 'Vuelve a marcar la respuesta correcta: la que estaba marcada ("{id}") se eliminó.',
  },
  rightTwice: { en: 'An answer is marked right twice.', es: 'Una respuesta está marcada como correcta dos veces.' },
  oneRight: { en: 'Mark the one right answer.', es: 'Marca la única respuesta correcta.' },
  someRight: { en: 'Mark at least one right answer.', es: 'Marca al menos una respuesta correcta.' },
  allRight: {
    en: 'Leave at least one answer unmarked: if every answer is right, ticking them all wins.',
    es: 'Deja al menos una respuesta sin marcar: si todas son correctas, marcarlas todas gana.',
  },
  tooBig: {
    en: "This quiz is too big to store each reader's answers ({size} bytes, over {max}): remove a question or some answers.",
    es: 'Este cuestionario es demasiado grande para guardar las respuestas ({size} bytes, más de {max}): quita una pregunta o algunas respuestas.',
  },
} satisfies Record<string, Localized>;

/**
 * Every structural problem of `data`; none means it is a `QuizFile` the rest of the rules can read.
 * `file`, when the quiz was read from one, must be named after its id.
 */
export function structureProblems(data: unknown, file?: string): QuizProblem[] {
  const problems: QuizProblem[] = [];
  const add = (code: string, where: Where, template: Localized, values: Record<string, string | number> = {}) =>
    problems.push(problem(code, 'error', where, say(template, where.field, values)));

  if (!isObj(data)) {
    add('not-an-object', { field: '(root)' }, T.object);
    return problems;
  }
  // A draft from `npm run quiz:draft` never ships: refused until it is completed and its "draft" notes deleted.
  if (data.draft !== undefined) add('draft', { field: 'draft' }, T.draft);

  const declared = data.languages;
  const languagesOk =
    Array.isArray(declared) &&
    declared.length > 0 &&
    declared.every((l) => LANGS.includes(l as Lang)) &&
    new Set(declared).size === declared.length;
  if (!languagesOk) add('languages', { field: 'languages' }, T.languages, { all: LANGS.join(', ') });
  // Text is required in the languages the quiz declares, and only those (a one-language quiz is whole).
  const langs: readonly Lang[] = languagesOk ? (declared as Lang[]) : LANGS;

  const text = (value: unknown, where: Where, max = 2000) => {
    const code = where.lang ? 'text-missing' : 'field-missing';
    if (typeof value !== 'string' || value.trim() === '') add(code, where, where.lang ? T.writeIn : T.write);
    else if (value.length > max) add('text-too-long', where, T.tooLong, { max });
  };
  const localized = (value: unknown, where: Where, max?: number) => {
    if (!isObj(value)) {
      for (const lang of langs) add('text-missing', { ...where, field: `${where.field}.${lang}`, lang }, T.writeIn);
      return;
    }
    for (const lang of langs) text(value[lang], { ...where, field: `${where.field}.${lang}`, lang }, max);
  };
  const id = (value: unknown, where: Where, template: Localized = T.id): value is string => {
    if (typeof value !== 'string' || !ID_PATTERN.test(value)) add('id-format', where, template);
    else if (RESERVED_IDS.includes(value)) add('id-reserved', where, T.reserved, { id: value });
    else return true;
    return false;
  };

  if (id(data.id, { field: 'id' }) && file !== undefined && `${data.id}.json` !== file.split('/').pop())
    add('id-file-name', { field: 'id' }, T.fileName, { id: data.id as string });
  localized(data.title, { field: 'title' }, 120);
  localized(data.intro, { field: 'intro' }, 400);
  if (!isObj(data.source)) add('not-an-object', { field: 'source' }, T.object);
  else {
    const s = data.source;
    text(s.title, { field: 'source.title' });
    text(s.author, { field: 'source.author' });
    text(s.publisher, { field: 'source.publisher' });
    if (s.published !== undefined) text(s.published, { field: 'source.published' });
    if (s.url !== undefined && !isHttpUrl(s.url)) add('url', { field: 'source.url' }, T.url);
  }
  if (data.results !== 'public' && data.results !== 'private') add('results', { field: 'results' }, T.results);
  if (!isIsoDate(data.checkedAt)) add('checked-at', { field: 'checkedAt' }, T.checkedAt);
  if (data.reviewBy !== undefined) {
    if (!isIsoDate(data.reviewBy)) add('date', { field: 'reviewBy' }, T.date);
    else if (isIsoDate(data.checkedAt) && data.reviewBy < data.checkedAt)
      add('review-before-check', { field: 'reviewBy' }, T.reviewBefore);
  }
  if (data.coversAllSkills !== undefined && typeof data.coversAllSkills !== 'boolean')
    add('boolean', { field: 'coversAllSkills' }, T.boolean);
  if (!Array.isArray(data.questions) || data.questions.length === 0) {
    add('no-questions', { field: 'questions' }, T.noQuestions);
    return problems;
  }

  const questionIds = new Set<string>();
  data.questions.forEach((q: unknown, index: number) => {
    const question = isObj(q) && typeof q.id === 'string' ? q.id : `#${index + 1}`;
    if (!isObj(q)) {
      add('not-an-object', { question, field: `questions[${index}]` }, T.object);
      return;
    }
    const at = (field: string, more: Partial<Where> = {}): Where => ({ question, field, ...more });
    if (id(q.id, at('id'))) {
      if (questionIds.has(q.id as string)) add('id-duplicate', at('id'), T.duplicateQuestion, { id: q.id as string });
      questionIds.add(q.id as string);
    }
    if (q.type !== 'single' && q.type !== 'multiple' && q.type !== 'true-false') add('type', at('type'), T.type);
    if (q.draft !== undefined) add('draft', at('draft'), T.questionDraft);
    // Nothing machine-written is published unchecked (issue 19): a drafted question waits for a person's tick.
    if (q.needsReview !== undefined) add('needs-review', at('needsReview'), T.needsReview);
    if (!isSkill(q.skill)) add('skill', at('skill'), T.skill, { all: SKILLS.join(', ') });
    localized(q.prompt, at('prompt'), 600);
    localized(q.explanation, at('explanation'));
    passageProblems(q.passage, question, add, text);
    if (q.stance !== undefined && !(STANCES as readonly unknown[]).includes(q.stance))
      add('stance', at('stance'), T.stance, { all: STANCES.join(', ') });
    if (q.asOf !== undefined && !isIsoDate(q.asOf)) add('date', at('asOf'), T.date);
    if (q.fixedOrder !== undefined) text(q.fixedOrder, at('fixedOrder'), 300);
    if (q.sources !== undefined) {
      if (!Array.isArray(q.sources)) add('not-a-list', at('sources'), T.list);
      else
        q.sources.forEach((s: unknown, i: number) => {
          const f = `sources[${i}]`;
          if (!isObj(s)) {
            add('not-an-object', at(f), T.object);
            return;
          }
          text(s.name, at(`${f}.name`));
          if (s.date !== undefined && !isIsoDateOrPartial(s.date)) add('date', at(`${f}.date`), T.partialDate);
          if (!isHttpUrl(s.url)) add('url', at(`${f}.url`), T.url);
          if (!isIsoDate(s.accessed)) add('accessed', at(`${f}.accessed`), T.accessed, { n: i + 1 });
          if (s.current !== undefined && s.current !== true) add('current', at(`${f}.current`), T.current);
          if (s.current === true && q.asOf === undefined)
            add('current-needs-as-of', at(`${f}.current`), T.currentNeedsAsOf);
        });
    }

    if (!Array.isArray(q.choices) || q.choices.length < 2) {
      add('too-few-choices', at('choices'), T.twoChoices);
      return;
    }
    const choiceIds = new Set<string>();
    q.choices.forEach((c: unknown, i: number) => {
      const f = `choices[${i}]`;
      if (!isObj(c)) {
        add('not-an-object', at(f), T.object);
        return;
      }
      const cid = c.id;
      const choice = typeof cid === 'string' ? { choice: cid } : {};
      if (typeof cid !== 'string' || !CHOICE_ID.test(cid))
        add('choice-id', at(`${f}.id`), T.choiceId, { n: letter(i) });
      else if (choiceIds.has(cid)) add('choice-id-duplicate', at(`${f}.id`, choice), T.choiceIdTwice, { id: cid });
      else choiceIds.add(cid);
      localized(c.text, at(`${f}.text`, choice), 300);
      localized(c.explanation, at(`${f}.explanation`, choice), 600);
    });
    if (q.type === 'true-false' && q.choices.length !== 2) add('true-false-choices', at('choices'), T.trueFalse);

    if (!Array.isArray(q.correct) || q.correct.some((c) => typeof c !== 'string')) {
      add('correct-list', at('correct'), T.correctList);
      return;
    }
    const correct = q.correct as string[];
    for (const c of correct) if (!choiceIds.has(c)) add('correct-unknown', at('correct'), T.unknownRight, { id: c });
    if (new Set(correct).size !== correct.length) add('correct-twice', at('correct'), T.rightTwice);
    if (q.type !== 'multiple' && correct.length !== 1) add('correct-count', at('correct'), T.oneRight);
    if (q.type === 'multiple' && correct.length < 1) add('correct-count', at('correct'), T.someRight);
    // Ticking every box must not be a winning strategy.
    if (q.type === 'multiple' && correct.length >= q.choices.length) add('correct-all', at('correct'), T.allRight);
  });

  if (problems.length === 0) {
    const size = worstCaseRecordBytes(data as QuizFile);
    if (size > MAX_RECORD_BYTES) add('too-big', { field: 'questions' }, T.tooBig, { size, max: MAX_RECORD_BYTES });
  }
  return problems;
}

function passageProblems(
  value: unknown,
  question: string,
  add: (code: string, where: Where, template: Localized) => void,
  text: (value: unknown, where: Where, max?: number) => void,
) {
  if (!isObj(value)) {
    add('field-missing', { question, field: 'passage.text' }, T.write);
    return;
  }
  text(value.text, { question, field: 'passage.text' }, 1000);
  if (value.translation === undefined) return;
  if (!isObj(value.translation)) {
    add('not-an-object', { question, field: 'passage.translation' }, T.object);
    return;
  }
  for (const [lang, t] of Object.entries(value.translation))
    text(
      t,
      {
        question,
        field: `passage.translation.${lang}`,
        ...(LANGS.includes(lang as Lang) ? { lang: lang as Lang } : {}),
      },
      1500,
    );
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
