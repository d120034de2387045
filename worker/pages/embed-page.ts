// The page behind /embed/:quizId: nothing but the widget in frame mode, for iframes, WordPress and Ghost, and a class
// group's class link, which students open as a page of its own (so the widget sits in a main landmark, named by the
// quiz's title: framed in a host page that has its own main, two unnamed mains would be indistinguishable).

import { html } from 'hono/html';
import type { QuizFile } from '../../contract/quiz.ts';
import { type EmbedOptions, quizPageLang } from '../../contract/embed-options.ts';
import { oembedDiscoveryUrl, quizTitle } from './snippets.ts';
import { embedUrl, firstQuestionUrl } from '../../contract/links.ts';

const NO_SCRIPT = {
  en: 'This quiz needs JavaScript to run.',
  es: 'Este cuestionario necesita JavaScript.',
};

export function embedPage(origin: string, quiz: QuizFile, options: EmbedOptions) {
  // The page (and so the widget's interface) speaks the language asked for, else the quiz's first.
  const lang = quizPageLang(quiz.languages, options.lang);
  const title = quizTitle(quiz, options);
  // Discovery names the plain address, so every variant of the page embeds as the same quiz.
  const discovery = oembedDiscoveryUrl(origin, embedUrl(origin, quiz.id));
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<link rel="alternate" type="application/json+oembed" href="${discovery}" title="${title}">
<link rel="stylesheet" href="${origin}/pages/frame.css">
${options.view === 'results' ? '' : html`<link rel="preload" as="fetch" crossorigin href="${firstQuestionUrl(origin, quiz.id, lang)}">`}
</head>
<body>
<main aria-label="${title}">
<div data-lateral-quiz="${quiz.id}" data-frame=""${attr('data-lang', options.lang)}${attr('data-theme', options.theme)}${attr('data-accent', options.accent)}${attr('data-view', options.view)}${attr('data-group', options.group)}></div>
<noscript><p class="noscript">${NO_SCRIPT[lang]}</p></noscript>
</main>
<script src="${origin}/embed.js" crossorigin async></script>
</body>
</html>
`;
}

/** An optional attribute: absent when the option was not given, escaped when it was. */
function attr(name: string, value: string | undefined) {
  return value ? html` ${name}="${value}"` : '';
}
