// The page shown for an unknown quiz id: HTML, not JSON, because a person sees it, often inside an iframe.

import { html } from 'hono/html';
import type { Lang } from '../../contract/quiz.ts';

const TEXT = {
  en: {
    title: 'Quiz not found',
    body: (id: string) =>
      html`There is no quiz called <code>${id}</code> here. Check the address in the embed code; quiz ids are lowercase words joined by dashes.`,
  },
  es: {
    title: 'Cuestionario no encontrado',
    body: (id: string) =>
      html`Aquí no hay ningún cuestionario llamado <code>${id}</code>. Revisa la dirección en el código de inserción; los identificadores son palabras en minúscula unidas por guiones.`,
  },
};

export function notFoundPage(origin: string, quizId: string, lang: Lang = 'en') {
  const text = TEXT[lang];
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${text.title}</title>
<link rel="stylesheet" href="${origin}/pages/frame.css">
</head>
<body>
<main class="missing" role="alert">
<h1>${text.title}</h1>
<p>${text.body(quizId.slice(0, 80))}</p>
</main>
</body>
</html>
`;
}
