// Checks a quiz file against the format, with errors that name the file, the question and the field.

import { isIsoDate, isIsoDateOrPartial } from './fact-dates.ts';
import { worstCaseRecordBytes } from './submission-record.ts';
import { SKILLS, isSkill } from './skills.ts';
import { ID_PATTERN, LANGS, type QuizFile, STANCES } from './quiz.ts';

export type QuizProblem = { file: string; question?: string; field: string; message: string };

export function formatProblem(p: QuizProblem): string {
  return `${p.file}${p.question ? ` › question "${p.question}"` : ''} › ${p.field}: ${p.message}`;
}

const CHOICE_ID = /^[a-z0-9]{1,8}$/;

/** Worst-case size of one stored submission must fit KV metadata (1,024 bytes) with room to spare. */
export const MAX_RECORD_BYTES = 900;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Returns every problem found; an empty list means the file is a valid `QuizFile`. */
export function validateQuizFile(file: string, data: unknown): QuizProblem[] {
  const problems: QuizProblem[] = [];
  const add = (field: string, message: string, question?: string) =>
    problems.push({ file, field, message, ...(question ? { question } : {}) });

  if (!isObj(data)) {
    add('(root)', 'must be a JSON object');
    return problems;
  }
  // A draft from `npm run quiz:draft` never ships: refused until it is completed and its "draft" notes deleted.
  if (data.draft !== undefined) add('draft', 'is a draft: write every field listed below, then delete "draft"');
  const text = (value: unknown, field: string, question?: string, max = 2000) => {
    if (typeof value !== 'string' || value.trim() === '') add(field, 'must be a non-empty string', question);
    else if (value.length > max) add(field, `must be at most ${max} characters`, question);
  };
  const localized = (value: unknown, field: string, question?: string, max?: number) => {
    if (!isObj(value)) return add(field, `must be an object with ${LANGS.join(' and ')} texts`, question);
    for (const lang of LANGS) text(value[lang], `${field}.${lang}`, question, max);
  };

  if (typeof data.id !== 'string' || !ID_PATTERN.test(data.id))
    add('id', 'must be lowercase letters, digits and dashes');
  else if (`${data.id}.json` !== file.split('/').pop()) add('id', `must match the file name (${data.id}.json)`);
  localized(data.title, 'title', undefined, 120);
  localized(data.intro, 'intro', undefined, 400);
  if (!isObj(data.source)) add('source', 'must be an object');
  else {
    text(data.source.title, 'source.title');
    text(data.source.author, 'source.author');
    text(data.source.publisher, 'source.publisher');
    if (data.source.published !== undefined) text(data.source.published, 'source.published');
    if (data.source.url !== undefined && !isHttpUrl(data.source.url)) add('source.url', 'must be an http(s) URL');
  }
  if (!Array.isArray(data.languages) || LANGS.some((l) => !(data.languages as unknown[]).includes(l))) {
    add('languages', `must list ${LANGS.join(' and ')}`);
  }
  if (data.results !== 'public' && data.results !== 'private') add('results', 'must be "public" or "private"');
  if (!isIsoDate(data.checkedAt)) add('checkedAt', 'must be the date the facts were last verified, as YYYY-MM-DD');
  if (data.reviewBy !== undefined) {
    if (!isIsoDate(data.reviewBy)) add('reviewBy', 'must be a date written YYYY-MM-DD');
    else if (isIsoDate(data.checkedAt) && data.reviewBy < data.checkedAt)
      add('reviewBy', 'must not be before checkedAt');
  }
  if (data.coversAllSkills !== undefined && typeof data.coversAllSkills !== 'boolean')
    add('coversAllSkills', 'must be true or false');
  if (!Array.isArray(data.questions) || data.questions.length === 0) {
    add('questions', 'must be a non-empty array');
    return problems;
  }

  const questionIds = new Set<string>();
  data.questions.forEach((q: unknown, index: number) => {
    const where = isObj(q) && typeof q.id === 'string' ? q.id : `#${index + 1}`;
    if (!isObj(q)) {
      add(`questions[${index}]`, 'must be an object', where);
      return;
    }
    if (typeof q.id !== 'string' || !ID_PATTERN.test(q.id))
      add('id', 'must be lowercase letters, digits and dashes', where);
    else if (questionIds.has(q.id)) add('id', 'is used by another question', where);
    else questionIds.add(q.id);
    if (q.type !== 'single' && q.type !== 'multiple' && q.type !== 'true-false') {
      add('type', 'must be "single", "multiple" or "true-false"', where);
    }
    if (q.draft !== undefined)
      add('draft', 'still a draft: write the fields listed for it, then delete its "draft" note', where);
    if (!isSkill(q.skill)) add('skill', `must be one of: ${SKILLS.join(', ')}`, where);
    localized(q.prompt, 'prompt', where, 600);
    localized(q.explanation, 'explanation', where);
    validatePassage(q.passage, where, add, text);
    if (q.stance !== undefined && !(STANCES as readonly unknown[]).includes(q.stance))
      add('stance', `must be one of: ${STANCES.join(', ')}`, where);
    if (q.asOf !== undefined && !isIsoDate(q.asOf)) add('asOf', 'must be a date written YYYY-MM-DD', where);
    if (q.sources !== undefined) {
      if (!Array.isArray(q.sources)) add('sources', 'must be an array', where);
      else
        q.sources.forEach((s: unknown, i: number) => {
          if (!isObj(s)) {
            add(`sources[${i}]`, 'must be an object', where);
            return;
          }
          text(s.name, `sources[${i}].name`, where);
          if (s.date !== undefined && !isIsoDateOrPartial(s.date))
            add(`sources[${i}].date`, 'must be a date written YYYY-MM-DD, YYYY-MM or YYYY', where);
          if (!isHttpUrl(s.url)) add(`sources[${i}].url`, 'must be an http(s) URL', where);
          if (!isIsoDate(s.accessed))
            add(`sources[${i}].accessed`, 'must be the date the page was checked, as YYYY-MM-DD', where);
          if (s.current !== undefined && s.current !== true)
            add(`sources[${i}].current`, 'must be true or left out', where);
          if (s.current === true && q.asOf === undefined)
            add(`sources[${i}].current`, 'a current claim needs the question\'s "asOf" date', where);
        });
    }

    if (!Array.isArray(q.choices) || q.choices.length < 2) {
      add('choices', 'must list at least 2 choices', where);
      return;
    }
    const choiceIds = new Set<string>();
    q.choices.forEach((choice: unknown, i: number) => {
      if (!isObj(choice)) {
        add(`choices[${i}]`, 'must be an object', where);
        return;
      }
      const cid = choice.id;
      if (typeof cid !== 'string' || !CHOICE_ID.test(cid))
        add(`choices[${i}].id`, 'must be 1–8 lowercase letters or digits', where);
      else if (choiceIds.has(cid)) add(`choices[${i}].id`, `"${cid}" is used twice`, where);
      else choiceIds.add(cid);
      localized(choice.text, `choices[${i}].text`, where, 300);
      localized(choice.explanation, `choices[${i}].explanation`, where, 600);
    });
    if (q.type === 'true-false' && q.choices.length !== 2)
      add('choices', 'a true-false question has exactly 2 choices', where);

    if (!Array.isArray(q.correct) || q.correct.some((id) => typeof id !== 'string')) {
      add('correct', 'must be an array of choice ids', where);
      return;
    }
    for (const id of q.correct as string[]) if (!choiceIds.has(id)) add('correct', `"${id}" is not a choice id`, where);
    if (new Set(q.correct).size !== q.correct.length) add('correct', 'lists a choice twice', where);
    if (q.type !== 'multiple' && q.correct.length !== 1)
      add('correct', `a ${q.type} question has exactly 1 correct choice`, where);
    if (q.type === 'multiple' && q.correct.length < 1)
      add('correct', 'a multiple question has at least 1 correct choice', where);
  });

  if (problems.length === 0) {
    const size = worstCaseRecordBytes(data as QuizFile);
    if (size > MAX_RECORD_BYTES) {
      add(
        'questions',
        `a stored submission could take ${size} bytes, over the ${MAX_RECORD_BYTES}-byte budget: shorten ids or split the quiz`,
      );
    }
  }
  return problems;
}

function validatePassage(
  value: unknown,
  where: string,
  add: (field: string, message: string, question?: string) => void,
  text: (value: unknown, field: string, question?: string, max?: number) => void,
) {
  if (!isObj(value)) return add('passage', 'must be an object with the verbatim text', where);
  text(value.text, 'passage.text', where, 1000);
  if (value.translation !== undefined) {
    if (!isObj(value.translation)) add('passage.translation', 'must be an object keyed by language', where);
    else for (const [lang, t] of Object.entries(value.translation)) text(t, `passage.translation.${lang}`, where, 1500);
  }
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
