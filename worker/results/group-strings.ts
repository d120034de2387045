// Every word of the class group pages (results, creation, link replacement), in English and Spanish.

import type { Lang } from '../../contract/quiz.ts';

export type GroupStrings = {
  groupTitle: (code: string) => string;
  groupIntro: (quiz: string) => string;
  yourClass: string;
  everyone: string;
  /** "your class 62 %, everyone 48 %" */
  beside: (mine: string, all: string) => string;
  everyoneValue: (value: string) => string;
  everyoneScores: (takes: string, mean: string, median: string, total: string) => string;
  groupSmallNumbers: (min: string, takes: string) => string;
  groupScoresHeldBack: (min: string, takes: string) => string;
  everyoneLink: string;
  expires: (day: string) => string;
  noGroupTakes: (code: string) => string;
  // creating
  createTitle: string;
  createIntro: string;
  nameLabel: string;
  nameHint: string;
  createButton: string;
  // created
  createdHtmlTitle: string;
  createdTitle: string;
  replacedTitle: string;
  replacedNote: string;
  codeLabel: string;
  codeHint: (code: string) => string;
  classLinkLabel: string;
  classLinkHint: string;
  embedTitle: string;
  embedIntro: string;
  scriptLabel: string;
  placeholderLabel: string;
  iframeLabel: string;
  resultsLinkLabel: string;
  keepWarningTitle: string;
  keepWarning: string;
  openResults: string;
  copy: string;
  copied: string;
  // replacing
  replaceTitle: string;
  replaceIntro: string;
  replaceButton: string;
  // refusals
  linkInvalidTitle: string;
  linkInvalidText: string;
  notFoundTitle: string;
  notFoundText: string;
  expiredTitle: string;
  expiredText: (day: string) => string;
  tooManyTitle: string;
  /** The site's daily write budget is spent (429 daily_limit): nothing is saved until midnight UTC. */
  siteFullToday: string;
  tooManyNow: string;
  nameTooLong: (max: string) => string;
  formUnread: string;
  tryAgain: string;
  notConfigured: string;
};

const en: GroupStrings = {
  groupTitle: (code) => `Group ${code}`,
  groupIntro: (quiz) =>
    `Results of this group only, for the quiz “${quiz}”, with everyone’s figures beside them. On each bar, the dark tick marks everyone’s figure.`,
  yourClass: 'your class',
  everyone: 'Everyone',
  beside: (mine, all) => `your class ${mine}, everyone ${all}`,
  everyoneValue: (v) => `everyone ${v}`,
  everyoneScores: (n, m, md, t) => `Everyone (${n} takes): mean ${m}, median ${md} of ${t}.`,
  groupSmallNumbers: (min, n) =>
    `This group’s figures for a question or a skill appear once it has ${min} answers in the group (so far: ${n}), so that no student’s answers can be picked out. Until then the page shows counts of takes only.`,
  groupScoresHeldBack: (min, n) =>
    `This group’s scores appear once ${min} takes are in the group (so far: ${n}), so that no student’s score can be picked out.`,
  everyoneLink: 'Everyone’s results for this quiz',
  expires: (day) => `This group and its results link last until ${day}.`,
  noGroupTakes: (code) =>
    `Nobody has taken the quiz in group ${code} yet. Share the class link, or ask students to enter the code.`,
  createTitle: 'Create a class group',
  createIntro:
    'Teaching with this quiz? A group gives your class a link and a code, and you a private page with your class’s results beside everyone’s. No accounts and no student names.',
  nameLabel: 'Name for the group (optional)',
  nameHint: 'Only you see it, on the results page. For example: Period 3.',
  createButton: 'Create a group',
  createdHtmlTitle: 'Your class group · Lateral',
  createdTitle: 'Your class group is ready',
  replacedTitle: 'Here is the new results link',
  replacedNote: 'The old link no longer opens these results. The join code stays the same: students need nothing new.',
  codeLabel: 'Join code',
  codeHint: (code) =>
    `Students open the class link, or choose “Have a class code?” before starting the quiz and enter ${code}. Capitals and spaces do not matter.`,
  classLinkLabel: 'Class link',
  classLinkHint: 'Send this to students. It holds the join code only, never your results link.',
  embedTitle: 'Embed the quiz with the group set',
  embedIntro: 'For a class website or a partner site: every take through these counts in this group.',
  scriptLabel: 'Script tag',
  placeholderLabel: 'Placeholder and script',
  iframeLabel: 'Iframe (for pages that do not allow scripts)',
  resultsLinkLabel: 'Your private results link',
  keepWarningTitle: 'Keep this link now: it is shown only once.',
  keepWarning:
    'Anyone with it can see this group’s results, and we cannot send it again. If it is ever shared by mistake, open it and replace it with a new one.',
  openResults: 'Open the group’s results',
  copy: 'Copy',
  copied: 'Copied',
  replaceTitle: 'Replace this results link',
  replaceIntro:
    'If this link was shared by mistake, make a new one. The old link stops working; the join code stays the same.',
  replaceButton: 'Replace the link',
  linkInvalidTitle: 'This link does not open these results',
  linkInvalidText:
    'The results link is incomplete, or it was replaced by a newer one. Use the most recent link you were given.',
  notFoundTitle: 'No group here',
  notFoundText: 'There is no group with this code for this quiz. Check the link you were given.',
  expiredTitle: 'This group has ended',
  expiredText: (day) => `The group ended on ${day}; its code and its results link no longer open anything.`,
  tooManyTitle: 'Please wait before trying again',
  siteFullToday:
    'This site has saved as many changes today as one day allows, so the group was not made. Please try again tomorrow (after midnight UTC).',
  tooManyNow: 'Too many requests from your network. Please wait a minute and try again.',
  nameTooLong: (max) => `A group’s name can be at most ${max} characters. Go back and shorten it.`,
  formUnread: 'The form could not be read. Go back and try again.',
  tryAgain: 'This could not be done just now. Please go back and try again in a moment.',
  notConfigured: 'Groups cannot be made on this site yet: it is not fully configured. Please tell the site’s operator.',
};

const es: GroupStrings = {
  groupTitle: (code) => `Grupo ${code}`,
  groupIntro: (quiz) =>
    `Resultados solo de este grupo, en el cuestionario «${quiz}», con las cifras de todo el mundo al lado. En cada barra, la marca oscura señala la cifra de todo el mundo.`,
  yourClass: 'tu clase',
  everyone: 'Todo el mundo',
  beside: (mine, all) => `tu clase ${mine}, todo el mundo ${all}`,
  everyoneValue: (v) => `todo el mundo ${v}`,
  everyoneScores: (n, m, md, t) => `Todo el mundo (${n} participaciones): media ${m}, mediana ${md} de ${t}.`,
  groupSmallNumbers: (min, n) =>
    `Las cifras de este grupo para una pregunta o una competencia aparecen cuando tiene ${min} respuestas en el grupo (de momento: ${n}), para que no se puedan identificar las respuestas de ningún estudiante. Hasta entonces la página solo muestra el número de participaciones.`,
  groupScoresHeldBack: (min, n) =>
    `Las puntuaciones de este grupo aparecen cuando tiene ${min} participaciones (de momento: ${n}), para que no se pueda identificar la puntuación de ningún estudiante.`,
  everyoneLink: 'Resultados de todo el mundo en este cuestionario',
  expires: (day) => `Este grupo y su enlace de resultados duran hasta el ${day}.`,
  noGroupTakes: (code) =>
    `Nadie ha hecho todavía el cuestionario en el grupo ${code}. Comparte el enlace de la clase o pide que introduzcan el código.`,
  createTitle: 'Crear un grupo de clase',
  createIntro:
    '¿Usas este cuestionario en clase? Un grupo da a tu clase un enlace y un código, y a ti una página privada con los resultados de tu clase junto a los de todo el mundo. Sin cuentas y sin nombres de estudiantes.',
  nameLabel: 'Nombre del grupo (opcional)',
  nameHint: 'Solo lo ves tú, en la página de resultados. Por ejemplo: 3.º B.',
  createButton: 'Crear un grupo',
  createdHtmlTitle: 'Tu grupo de clase · Lateral',
  createdTitle: 'Tu grupo de clase está listo',
  replacedTitle: 'Este es el nuevo enlace de resultados',
  replacedNote:
    'El enlace anterior ya no abre estos resultados. El código del grupo no cambia: el alumnado no necesita nada nuevo.',
  codeLabel: 'Código del grupo',
  codeHint: (code) =>
    `El alumnado abre el enlace de la clase, o elige «¿Tienes un código de clase?» antes de empezar e introduce ${code}. Da igual usar mayúsculas o espacios.`,
  classLinkLabel: 'Enlace de la clase',
  classLinkHint: 'Envíalo a tus estudiantes. Solo lleva el código del grupo, nunca tu enlace de resultados.',
  embedTitle: 'Insertar el cuestionario con el grupo',
  embedIntro: 'Para la web de la clase o de un medio asociado: cada participación desde aquí cuenta en este grupo.',
  scriptLabel: 'Etiqueta script',
  placeholderLabel: 'Marcador y script',
  iframeLabel: 'Iframe (para páginas que no admiten scripts)',
  resultsLinkLabel: 'Tu enlace privado de resultados',
  keepWarningTitle: 'Guarda este enlace ahora: solo se muestra una vez.',
  keepWarning:
    'Quien lo tenga puede ver los resultados de este grupo, y no podemos volver a enviarlo. Si alguna vez se comparte por error, ábrelo y sustitúyelo por uno nuevo.',
  openResults: 'Abrir los resultados del grupo',
  copy: 'Copiar',
  copied: 'Copiado',
  replaceTitle: 'Sustituir este enlace de resultados',
  replaceIntro:
    'Si este enlace se compartió por error, crea uno nuevo. El anterior deja de funcionar; el código del grupo no cambia.',
  replaceButton: 'Sustituir el enlace',
  linkInvalidTitle: 'Este enlace no abre estos resultados',
  linkInvalidText:
    'El enlace de resultados está incompleto o se sustituyó por uno más reciente. Usa el último enlace que recibiste.',
  notFoundTitle: 'Aquí no hay ningún grupo',
  notFoundText: 'No hay ningún grupo con este código en este cuestionario. Comprueba el enlace que te dieron.',
  expiredTitle: 'Este grupo ha terminado',
  expiredText: (day) => `El grupo terminó el ${day}; su código y su enlace de resultados ya no abren nada.`,
  tooManyTitle: 'Espera antes de volver a intentarlo',
  siteFullToday:
    'Este sitio ya ha guardado hoy todos los cambios que se permiten en un día, así que el grupo no se creó. Vuelve a intentarlo mañana (después de la medianoche UTC).',
  tooManyNow: 'Demasiadas solicitudes desde tu red. Espera un minuto y vuelve a intentarlo.',
  nameTooLong: (max) => `El nombre de un grupo puede tener como máximo ${max} caracteres. Vuelve atrás y acórtalo.`,
  formUnread: 'No se pudo leer el formulario. Vuelve atrás e inténtalo de nuevo.',
  tryAgain: 'No se pudo hacer ahora mismo. Vuelve atrás e inténtalo de nuevo dentro de un momento.',
  notConfigured:
    'Todavía no se pueden crear grupos en este sitio: no está configurado del todo. Avisa a quien lo administra.',
};

export const GROUP_STRINGS: Record<Lang, GroupStrings> = { en, es };
