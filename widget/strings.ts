// Every word the widget shows, in English and Mexican Spanish (tú); placeholders are filled by format.ts.

import type { Lang } from '../contract/quiz.ts';

/** A count-dependent phrase: `#` is replaced by the formatted number. */
export type PluralForms = { one: string; other: string };

/**
 * Grouped so each bundle carries only what it shows: `core` ships in embed.js (skeleton, start
 * screen, an unanswered question, the errors possible before the chunk arrives), `later` in the
 * chunk fetched while the reader reads the first question (everything after "Check answer"),
 * `frame` in the iframe chunk.
 */
const coreEn = {
  eyebrow: 'Media literacy quiz',
  loading: 'Loading the quiz…',
  basedOn: 'Based on',
  by: 'by',
  questions: { one: '# question', other: '# questions' } as PluralForms,
  minutes: { one: 'about # minute', other: 'about # minutes' } as PluralForms,
  start: 'Start the quiz',
  progress: 'Question {n} of {total}',
  chooseOne: 'Choose one answer.',
  chooseAll: 'Choose every answer that applies.',
  check: 'Check answer',
  checking: 'Checking…',
  retry: 'Try again',
  startAgain: 'Start again',
  loadFailed: "We couldn't load this quiz. Check your connection and try again.",
  missing: "This quiz isn't available right now.",
  checkFailed: "We couldn't check your answer. Check your connection and try again.",
  broken: 'Something went wrong in the quiz.',
  newTab: '(opens in a new tab)',
};

const coreEs: typeof coreEn = {
  eyebrow: 'Quiz de alfabetización mediática',
  loading: 'Cargando el quiz…',
  basedOn: 'Basado en',
  by: 'de',
  questions: { one: '# pregunta', other: '# preguntas' },
  minutes: { one: 'alrededor de # minuto', other: 'alrededor de # minutos' },
  start: 'Empezar el quiz',
  progress: 'Pregunta {n} de {total}',
  chooseOne: 'Elige una respuesta.',
  chooseAll: 'Elige todas las respuestas que apliquen.',
  check: 'Revisar respuesta',
  checking: 'Revisando…',
  retry: 'Reintentar',
  startAgain: 'Empezar de nuevo',
  loadFailed: 'No pudimos cargar este quiz. Revisa tu conexión e inténtalo de nuevo.',
  missing: 'Este quiz no está disponible por ahora.',
  checkFailed: 'No pudimos revisar tu respuesta. Revisa tu conexión e inténtalo de nuevo.',
  broken: 'Algo salió mal en el quiz.',
  newTab: '(se abre en una pestaña nueva)',
};

const laterEn = {
  next: 'Next question',
  finish: 'See my score',
  saving: 'Saving your score…',
  loadingNext: 'Loading the next question…',
  nextFailed: "We couldn't load the next question. Your answers are kept: check your connection and try again.",
  saveFailed: "We couldn't save your score yet. Your answers are kept: try again in a moment.",
  busy: 'Lots of readers right now. Wait a moment, then try again.',
  expired: 'This attempt expired after an hour without finishing. Start again to take the quiz.',
  announceCorrect: 'Correct.',
  announceWrong: 'Not quite. The correct answer is marked.',
  yourRight: 'Your answer: correct',
  yourWrong: 'Your answer: incorrect',
  rightAnswer: 'Correct answer',
  correct: 'Correct',
  wrong: 'Not quite',
  fromArticle: 'What the article says',
  translation: 'Translation',
  sources: 'Check it yourself',
  newTab: '(opens in a new tab)',
  skill: 'Skill practised',
  yourScore: 'Your score',
  score: '{score} of {total}',
  great: 'Sharp reading: you spotted what matters.',
  good: 'Good instincts. A few details slipped past.',
  low: 'A tricky one. The explanations show what to look for next time.',
  bySkill: 'By skill',
  strong: 'Got right',
  practise: 'Worth practising',
  compare: 'How you compare',
  percentile: 'You did as well as or better than {p} of readers.',
  takes: { one: 'Scores of # reader', other: 'Scores of # readers' } as PluralForms,
  you: 'you',
  scoreBar: '{score} right: {count}',
  mostMissed: 'Most missed questions',
  gotRight: '{p} got it right',
  private: "This quiz's results are private, so there is no comparison with other readers.",
  noCrowd: 'Not enough readers to compare with yet. Check back later.',
  retake: 'Retake the quiz',
  share: 'Share',
  copied: 'Link copied',
  copyThis: 'Copy this link:',
  shareText: 'I got {score} of {total} on “{title}”. How well do you read the news?',
};

const laterEs: typeof laterEn = {
  next: 'Siguiente pregunta',
  finish: 'Ver mi resultado',
  saving: 'Guardando tu resultado…',
  loadingNext: 'Cargando la siguiente pregunta…',
  nextFailed:
    'No pudimos cargar la siguiente pregunta. Tus respuestas siguen aquí: revisa tu conexión e inténtalo de nuevo.',
  saveFailed: 'Aún no pudimos guardar tu resultado. Tus respuestas siguen aquí: inténtalo de nuevo en un momento.',
  busy: 'Hay muchas personas respondiendo ahora. Espera un momento y vuelve a intentarlo.',
  expired: 'Este intento venció tras una hora sin terminar. Empieza de nuevo para hacer el quiz.',
  announceCorrect: 'Correcto.',
  announceWrong: 'No exactamente. La respuesta correcta está marcada.',
  yourRight: 'Tu respuesta: correcta',
  yourWrong: 'Tu respuesta: incorrecta',
  rightAnswer: 'Respuesta correcta',
  correct: 'Correcto',
  wrong: 'No exactamente',
  fromArticle: 'Lo que dice el artículo',
  translation: 'Traducción',
  sources: 'Compruébalo tú',
  newTab: '(se abre en una pestaña nueva)',
  skill: 'Habilidad que practicaste',
  yourScore: 'Tu resultado',
  score: '{score} de {total}',
  great: 'Muy buena lectura: detectaste lo importante.',
  good: 'Buen instinto. Se te pasaron algunos detalles.',
  low: 'Estuvo difícil. Las explicaciones te dicen qué buscar la próxima vez.',
  bySkill: 'Por habilidad',
  strong: 'Acertaste',
  practise: 'Para practicar',
  compare: 'Cómo te fue frente a los demás',
  percentile: 'Te fue igual o mejor que al {p} de quienes lo hicieron.',
  takes: { one: 'Resultados de # persona', other: 'Resultados de # personas' },
  you: 'tú',
  scoreBar: '{score} correctas: {count}',
  mostMissed: 'Las preguntas con más errores',
  gotRight: 'el {p} acertó',
  private: 'Los resultados de este quiz son privados, así que no hay comparación con otras personas.',
  noCrowd: 'Todavía no hay suficientes personas para comparar. Vuelve más tarde.',
  retake: 'Hacerlo de nuevo',
  share: 'Compartir',
  copied: 'Enlace copiado',
  copyThis: 'Copia este enlace:',
  shareText: 'Saqué {score} de {total} en “{title}”. ¿Qué tan bien lees las noticias?',
};

export type CoreStrings = typeof coreEn;
export type LaterStrings = typeof laterEn;

export const coreStrings: Record<Lang, CoreStrings> = { en: coreEn, es: coreEs };
export const laterStrings: Record<Lang, LaterStrings> = { en: laterEn, es: laterEs };

/** For the iframe chunk: the accessible name of the results iframe. */
export const frameStrings: Record<Lang, { resultsTitle: string }> = {
  en: { resultsTitle: 'Quiz results' },
  es: { resultsTitle: 'Resultados del quiz' },
};
