// House style the content tests used to hold alone: translations, tú in Spanish, each choice explained, sources named, lessons where readers look.

import type { Lang, Localized, QuestionFile, QuizFile } from '../quiz.ts';
import { houseSeverity } from './house-standard.ts';
import { type QuizProblem, type Severity, type Where, problem } from './problem.ts';

/** Question ids are kept in every stored submission: long ones eat the KV metadata budget. */
export const MAX_QUESTION_ID = 20;

/** The outlet in a source's name: "BBC News: …" → "BBC News", "AP (via …)" → "AP". */
export function outletOf(name: string): string {
  return name.split(/:|,| \(/)[0]?.trim() ?? name;
}

const FORMAL_SPANISH = /(?<![\p{L}])(usted|ustedes|elija|seleccione|marque)(?![\p{L}])/iu;

export function houseStyleProblems(quiz: QuizFile): QuizProblem[] {
  const severity = houseSeverity(quiz);
  const problems: QuizProblem[] = [];
  const add = (code: string, where: Where, message: Localized, level: Severity = severity) =>
    problems.push(problem(code, level, where, message));
  const both = quiz.languages.includes('en') && quiz.languages.includes('es');
  const fields = localizedFields(quiz);

  if (both)
    for (const { where, value } of fields.filter((f) => /^(prompt|explanation|intro)$/.test(f.where.field)))
      if ((value.en ?? '').trim() === (value.es ?? '').trim())
        add(
          'untranslated',
          { ...where, field: `${where.field}.es`, lang: 'es' },
          {
            en: 'The Spanish text is a copy of the English: translate it.',
            es: 'El texto en español es una copia del inglés: tradúcelo.',
          },
        );
  if (quiz.languages.includes('es'))
    for (const { where, value } of fields)
      if (FORMAL_SPANISH.test(value.es ?? ''))
        add(
          'spanish-formal',
          { ...where, field: `${where.field}.es`, lang: 'es' },
          {
            en: 'Address the reader as tú in Spanish, never usted.',
            es: 'Trata a quien lee de tú, nunca de usted.',
          },
        );

  for (const q of quiz.questions) {
    const at = (field: string, more: Partial<Where> = {}): Where => ({ question: q.id, field, ...more });
    if (q.id.length > MAX_QUESTION_ID)
      add('id-too-long', at('id'), {
        en: `Keep the id to ${MAX_QUESTION_ID} characters: it is stored with every answer.`,
        es: `El identificador debe tener como mucho ${MAX_QUESTION_ID} caracteres: se guarda con cada respuesta.`,
      });
    // The passage is in the source's language; every other language of the quiz needs a rendering.
    const renderings = Object.values(q.passage.translation ?? {}).filter(
      (t) => t && t.trim() !== q.passage.text.trim(),
    );
    if (renderings.length < quiz.languages.length - 1)
      add('passage-untranslated', at('passage.translation'), {
        en: "Translate the passage into the quiz's other language: it is shown marked as a translation.",
        es: 'Traduce el fragmento al otro idioma del cuestionario: se muestra marcado como traducción.',
      });
    for (const lang of quiz.languages) {
      const texts = q.choices.map((c) => c.explanation[lang].trim());
      if (new Set(texts).size !== texts.length)
        add('explanations-repeated', at(`choices.explanation.${lang}`, { lang }), {
          en: 'Explain each answer in its own words: two answers share one explanation.',
          es: 'Explica cada respuesta con sus propias palabras: dos respuestas comparten la misma explicación.',
        });
    }
    problems.push(...sourceMentionProblems(q, quiz.languages[0] ?? 'en', severity));
  }

  const trueFalse = quiz.questions.filter((q) => q.type === 'true-false');
  const keys = new Set(trueFalse.map((q) => q.choices.find((c) => c.id === q.correct[0])?.text.en?.toLowerCase()));
  if (quiz.languages.includes('en') && trueFalse.length >= 2 && keys.size < 2)
    add(
      'true-false-one-sided',
      { field: 'questions' },
      {
        en: 'Every true-or-false question has the same answer: mix true and false, so readers practise discernment, not blanket doubt.',
        es: 'Todas las preguntas de verdadero o falso tienen la misma respuesta: mezcla verdaderas y falsas para practicar el discernimiento.',
      },
    );
  return problems;
}

/**
 * Every cited source is named in an explanation; and a lesson that only a wrong answer's explanation
 * carries is one most readers never open (issue 20 §2): a source named there alone is flagged.
 */
function sourceMentionProblems(q: QuestionFile, lang: Lang, severity: Severity): QuizProblem[] {
  const problems: QuizProblem[] = [];
  const seen = [
    q.explanation[lang],
    ...q.choices.filter((c) => q.correct.includes(c.id)).map((c) => c.explanation[lang]),
  ].join('\n');
  const wrong = q.choices
    .filter((c) => !q.correct.includes(c.id))
    .map((c) => c.explanation[lang])
    .join('\n');
  (q.sources ?? []).forEach((s, i) => {
    const outlet = outletOf(s.name);
    const where = { question: q.id, field: `sources[${i}].name` };
    if (seen.includes(outlet)) return;
    if (wrong.includes(outlet))
      problems.push(
        problem('lesson-in-wrong-choice', 'warning', where, {
          en: `${outlet} is named only in the explanation of a wrong answer, which most readers never open: carry that lesson in the question's explanation.`,
          es: `${outlet} solo aparece en la explicación de una respuesta incorrecta, que la mayoría no abre: lleva esa lección a la explicación de la pregunta.`,
        }),
      );
    else
      problems.push(
        problem('source-unnamed', severity, where, {
          en: `Name ${outlet} in an explanation: the reader should know whose report the lesson rests on.`,
          es: `Nombra ${outlet} en una explicación: quien lee debe saber en qué informe se basa la lección.`,
        }),
      );
  });
  return problems;
}

/** Every reader-facing text of a quiz with the field it sits in. */
function localizedFields(quiz: QuizFile): { where: Where; value: Partial<Localized> }[] {
  const fields: { where: Where; value: Partial<Localized> }[] = [
    { where: { field: 'title' }, value: quiz.title },
    { where: { field: 'intro' }, value: quiz.intro },
  ];
  for (const q of quiz.questions) {
    fields.push({ where: { question: q.id, field: 'prompt' }, value: q.prompt });
    fields.push({ where: { question: q.id, field: 'explanation' }, value: q.explanation });
    q.choices.forEach((c, i) => {
      fields.push({ where: { question: q.id, choice: c.id, field: `choices[${i}].text` }, value: c.text });
      fields.push({
        where: { question: q.id, choice: c.id, field: `choices[${i}].explanation` },
        value: c.explanation,
      });
    });
  }
  return fields;
}
