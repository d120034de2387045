// Every word the results page and its CSV labels say, in English and Spanish.

import type { Lang } from '../../contract/quiz.ts';

export type Strings = {
  htmlTitle: (quizTitle: string) => string;
  brand: string;
  heading: string;
  languageSwitch: string;
  quizOn: (title: string, publisher: string) => string;
  keyFigures: string;
  takes: string;
  meanScore: string;
  medianScore: string;
  ofTotal: (total: string) => string;
  noTakes: string;
  /** A version nobody has taken while others have: its questions unchanged from them still have figures. */
  noTakesOfVersion: string;
  scoresHeldBack: (min: string, takes: string) => string;
  scoresTitle: string;
  scoresDesc: (takes: string, mean: string, median: string, total: string) => string;
  scoreAxis: (total: string) => string;
  mean: string;
  median: string;
  score: string;
  dailyTitle: string;
  dailyDesc: (days: string, takes: string, busiest: string, busiestTakes: string) => string;
  dailyWindow: (days: string) => string;
  day: string;
  skillsTitle: string;
  skillsIntro: string;
  skillsDesc: (best: string, bestPct: string, worst: string, worstPct: string) => string;
  skill: string;
  questionsTitle: string;
  questionsIntro: string;
  questionNumber: (n: number, of: number) => string;
  answeredCorrectly: (correct: string, answered: string) => string;
  nOfM: (n: string, m: string) => string;
  correctAnswer: string;
  mostChosenWrong: string;
  mostChosenWrongTied: string;
  topWrongTag: string;
  noWrongAnswers: string;
  choice: string;
  chosenBy: string;
  shareChosen: string;
  isCorrect: string;
  yes: string;
  no: string;
  multipleNote: string;
  questionDesc: (pct: string, wrong: string) => string;
  answers: string;
  correct: string;
  shareCorrect: string;
  languagesTitle: string;
  languagesDesc: (parts: string) => string;
  language: string;
  shareOfTakes: string;
  languageName: Record<Lang, string>;
  smallNumbers: (min: string, soFar: string) => string;
  questionPending: (min: string, soFar: string) => string;
  skillsPending: (min: string, list: string) => string;
  factsChecked: (date: string) => string;
  updatedOn: (date: string) => string;
  currentCovers: (questions: string) => string;
  earlierVersions: string;
  versionEntry: (from: string, takes: string, questions: string) => string;
  earlierCovers: (from: string, to: string, questions: string) => string;
  seeCurrent: string;
  unknownVersion: (version: string) => string;
  versionLine: (version: string) => string;
  showTable: string;
  updated: string;
  freshness: (duration: string) => string;
  /** Results marked stale: the rollup is far behind, so only takes up to that time are counted. */
  delayed: (updated: string) => string;
  downloads: string;
  csv: string;
  json: string;
  privateHeading: string;
  privateIntro: string;
  tokenLabel: string;
  tokenHint: string;
  unlock: string;
  wrongToken: string;
  privateBadge: string;
  notFoundTitle: string;
  notFoundText: string;
};

const en: Strings = {
  htmlTitle: (t) => `Results: ${t} · Lateral`,
  brand: 'Lateral',
  heading: 'Quiz results',
  languageSwitch: 'Language',
  quizOn: (t, p) => `Quiz on “${t}”, ${p}`,
  keyFigures: 'Key figures',
  takes: 'Takes',
  meanScore: 'Mean score',
  medianScore: 'Median score',
  ofTotal: (t) => `of ${t}`,
  noTakes: 'Nobody has taken this quiz yet. Figures appear here after the first take.',
  noTakesOfVersion:
    'Nobody has taken this version of the quiz yet. Questions it shares unchanged with other versions include the answers given there.',
  scoresHeldBack: (min, n) =>
    `Scores and languages appear once ${min} people have taken this version (so far: ${n}), so that nobody’s score can be picked out.`,
  scoresTitle: 'How many questions people got right',
  scoresDesc: (n, m, md, t) => `Histogram of ${n} takes by score out of ${t}. Mean ${m}, median ${md}.`,
  scoreAxis: (t) => `Score: questions right out of ${t}`,
  mean: 'Mean',
  median: 'Median',
  score: 'Score',
  dailyTitle: 'Takes per day',
  dailyDesc: (d, n, b, bn) =>
    `Bar chart of takes per day over ${d} days, ${n} takes in all. Busiest day: ${b}, with ${bn}.`,
  dailyWindow: (d) => `Last ${d} days shown in the chart; the table lists every day with takes.`,
  day: 'Day (UTC)',
  skillsTitle: 'Media-literacy skills',
  skillsIntro: 'Share of answers that were right, for each skill the quiz practises.',
  skillsDesc: (b, bp, w, wp) =>
    `Bar chart of the share of correct answers by skill. Strongest: ${b}, ${bp}. Weakest: ${w}, ${wp}.`,
  skill: 'Skill',
  questionsTitle: 'Question by question',
  questionsIntro: 'How the answers split for each question. The correct answer is marked with a tick.',
  questionNumber: (n, of) => `Question ${n} of ${of}`,
  answeredCorrectly: (c, a) => `answered correctly (${c} of ${a})`,
  nOfM: (n, m) => `${n} of ${m}`,
  correctAnswer: 'Correct answer',
  mostChosenWrong: 'Most chosen wrong answer:',
  mostChosenWrongTied: 'Most chosen wrong answers (tied):',
  topWrongTag: 'Most chosen wrong answer',
  noWrongAnswers: 'Nobody chose a wrong answer.',
  choice: 'Answer',
  chosenBy: 'Chosen by',
  shareChosen: 'Share',
  isCorrect: 'Correct?',
  yes: 'Yes',
  no: 'No',
  multipleNote: 'Readers could pick more than one answer, so shares add up to more than 100%.',
  questionDesc: (p, w) => `Bar chart of how often each answer was chosen. ${p} answered correctly. ${w}`,
  answers: 'Answers',
  correct: 'Correct',
  shareCorrect: 'Share correct',
  languagesTitle: 'Languages',
  languagesDesc: (parts) => `Bar chart of takes by language: ${parts}.`,
  language: 'Language',
  shareOfTakes: 'Share of takes',
  languageName: { en: 'English', es: 'Spanish' },
  smallNumbers: (min, n) =>
    `Per-question and per-skill figures appear once a question or skill has ${min} answers (so far: ${n}). With fewer, shares mislead and could show how one reader answered.`,
  questionPending: (min, n) => `Figures for this question appear once it has ${min} answers (so far: ${n}).`,
  skillsPending: (min, list) => `Not shown until they have ${min} answers: ${list}.`,
  factsChecked: (d) => `Facts checked ${d}.`,
  updatedOn: (d) => `This quiz was updated on ${d}.`,
  currentCovers: (n) => `These figures are for the current version, with ${n} questions.`,
  earlierVersions: 'Figures for earlier versions:',
  versionEntry: (from, takes, n) => `version of ${from} (${takes} takes, ${n} questions)`,
  earlierCovers: (from, to, n) =>
    `These figures are for an earlier version of this quiz, used from ${from} to ${to}, with ${n} questions.`,
  seeCurrent: 'See the figures for the current version',
  unknownVersion: (v) => `This quiz has no version “${v}”; these are the figures for its current version.`,
  versionLine: (v) => `Quiz version ${v}.`,
  showTable: 'Show the figures as a table',
  updated: 'Updated',
  freshness: (d) => `Figures include submissions up to about ${d} old.`,
  delayed: (u) => `These figures are delayed: they count takes up to ${u} only. Newer takes will be added shortly.`,
  downloads: 'Download the figures:',
  csv: 'CSV (spreadsheet)',
  json: 'JSON',
  privateHeading: 'These results are private',
  privateIntro: 'The editor of this quiz keeps its results private. Enter the results token to see them.',
  tokenLabel: 'Results token',
  tokenHint: 'The token is sent once with this form and is never put in the address.',
  unlock: 'Show results',
  wrongToken: 'That token does not open these results. Check it and try again.',
  privateBadge: 'Private results',
  notFoundTitle: 'No quiz here',
  notFoundText: 'There is no quiz at this address. Check the link you were given.',
};

/** Soft hyphens (\u00AD) let long words in narrow table headers break, with a visible hyphen, on a 320 px phone. */
const es: Strings = {
  htmlTitle: (t) => `Resultados: ${t} · Lateral`,
  brand: 'Lateral',
  heading: 'Resultados del cuestionario',
  languageSwitch: 'Idioma',
  quizOn: (t, p) => `Cuestionario sobre «${t}», ${p}`,
  keyFigures: 'Cifras clave',
  takes: 'Participa\u00ADciones',
  meanScore: 'Puntuación media',
  medianScore: 'Puntuación mediana',
  ofTotal: (t) => `de ${t}`,
  noTakes: 'Nadie ha hecho todavía este cuestionario. Las cifras aparecerán tras la primera participación.',
  noTakesOfVersion:
    'Nadie ha hecho todavía esta versión del cuestionario. Las preguntas que comparte sin cambios con otras versiones incluyen las respuestas dadas en ellas.',
  scoresHeldBack: (min, n) =>
    `Las puntuaciones y los idiomas aparecen cuando ${min} personas han hecho esta versión (hasta ahora: ${n}), para que no se pueda identificar la puntuación de nadie.`,
  scoresTitle: 'Cuántas preguntas acertó la gente',
  scoresDesc: (n, m, md, t) =>
    `Histograma de ${n} participaciones según la puntuación sobre ${t}. Media ${m}, mediana ${md}.`,
  scoreAxis: (t) => `Puntuación: preguntas acertadas de ${t}`,
  mean: 'Media',
  median: 'Mediana',
  score: 'Puntuación',
  dailyTitle: 'Participaciones por día',
  dailyDesc: (d, n, b, bn) =>
    `Gráfico de barras de participaciones por día durante ${d} días, ${n} en total. Día con más: ${b}, con ${bn}.`,
  dailyWindow: (d) => `El gráfico muestra los últimos ${d} días; la tabla recoge todos los días con participaciones.`,
  day: 'Día (UTC)',
  skillsTitle: 'Competencias de alfabetización mediática',
  skillsIntro: 'Porcentaje de respuestas correctas en cada competencia que practica el cuestionario.',
  skillsDesc: (b, bp, w, wp) =>
    `Gráfico de barras del porcentaje de respuestas correctas por competencia. La más sólida: ${b}, ${bp}. La más débil: ${w}, ${wp}.`,
  skill: 'Compe\u00ADtencia',
  questionsTitle: 'Pregunta a pregunta',
  questionsIntro: 'Cómo se repartieron las respuestas en cada pregunta. La respuesta correcta lleva una marca.',
  questionNumber: (n, of) => `Pregunta ${n} de ${of}`,
  answeredCorrectly: (c, a) => `respondió bien (${c} de ${a})`,
  nOfM: (n, m) => `${n} de ${m}`,
  correctAnswer: 'Respuesta correcta',
  mostChosenWrong: 'Respuesta incorrecta más elegida:',
  mostChosenWrongTied: 'Respuestas incorrectas más elegidas (empate):',
  topWrongTag: 'Incorrecta más elegida',
  noWrongAnswers: 'Nadie eligió una respuesta incorrecta.',
  choice: 'Respuesta',
  chosenBy: 'Elegida por',
  shareChosen: 'Porcentaje',
  isCorrect: '¿Correcta?',
  yes: 'Sí',
  no: 'No',
  multipleNote: 'Se podía marcar más de una respuesta, así que los porcentajes suman más del 100 %.',
  questionDesc: (p, w) => `Gráfico de barras de cuántas veces se eligió cada respuesta. El ${p} respondió bien. ${w}`,
  answers: 'Res\u00ADpues\u00ADtas',
  correct: 'Acier\u00ADtos',
  shareCorrect: '% de aciertos',
  languagesTitle: 'Idiomas',
  languagesDesc: (parts) => `Gráfico de barras de participaciones por idioma: ${parts}.`,
  language: 'Idioma',
  shareOfTakes: '% del total',
  languageName: { en: 'Inglés', es: 'Español' },
  smallNumbers: (min, n) =>
    `Las cifras por pregunta y por competencia aparecen cuando una pregunta o competencia tiene ${min} respuestas (de momento: ${n}). Con menos, los porcentajes engañan y podrían revelar cómo respondió una persona.`,
  questionPending: (min, n) =>
    `Las cifras de esta pregunta aparecerán cuando tenga ${min} respuestas (de momento: ${n}).`,
  skillsPending: (min, list) => `Sin mostrar hasta que tengan ${min} respuestas: ${list}.`,
  factsChecked: (d) => `Datos verificados el ${d}.`,
  updatedOn: (d) => `Este cuestionario se actualizó el ${d}.`,
  currentCovers: (n) => `Estas cifras son de la versión actual, con ${n} preguntas.`,
  earlierVersions: 'Cifras de versiones anteriores:',
  versionEntry: (from, takes, n) => `versión del ${from} (${takes} participaciones, ${n} preguntas)`,
  earlierCovers: (from, to, n) =>
    `Estas cifras son de una versión anterior de este cuestionario, usada del ${from} al ${to}, con ${n} preguntas.`,
  seeCurrent: 'Ver las cifras de la versión actual',
  unknownVersion: (v) =>
    `Este cuestionario no tiene ninguna versión «${v}»; estas son las cifras de su versión actual.`,
  versionLine: (v) => `Versión del cuestionario: ${v}.`,
  showTable: 'Ver las cifras en una tabla',
  updated: 'Actualizado',
  freshness: (d) => `Las cifras incluyen envíos de hasta hace unos ${d}.`,
  delayed: (u) =>
    `Estas cifras llevan retraso: solo cuentan las participaciones hasta ${u}. Las más recientes se añadirán en breve.`,
  downloads: 'Descargar las cifras:',
  csv: 'CSV (hoja de cálculo)',
  json: 'JSON',
  privateHeading: 'Estos resultados son privados',
  privateIntro:
    'Quien edita este cuestionario mantiene privados sus resultados. Introduce el token de resultados para verlos.',
  tokenLabel: 'Token de resultados',
  tokenHint: 'El token se envía una vez con este formulario y nunca aparece en la dirección.',
  unlock: 'Ver resultados',
  wrongToken: 'Ese token no abre estos resultados. Compruébalo y vuelve a intentarlo.',
  privateBadge: 'Resultados privados',
  notFoundTitle: 'Aquí no hay ningún cuestionario',
  notFoundText: 'No hay ningún cuestionario en esta dirección. Comprueba el enlace que te dieron.',
};

export const STRINGS: Record<Lang, Strings> = { en, es };
