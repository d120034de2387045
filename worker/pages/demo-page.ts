// The demo host page at `/`: an article with the quiz embedded both ways, and the codes to do the same elsewhere.

import { html, raw } from 'hono/html';
import type { Lang, QuizFile } from '../../contract/quiz.ts';
import { textIn, textLang } from '../../contract/quiz-languages.ts';
import { ARTICLE_SUMMARIES } from './article-summaries.ts';
import type { EmbedOptions } from '../../contract/embed-options.ts';
import { demoPagePolicy } from './page-headers.ts';
import { FRAME_HEIGHT, FRAME_WIDTH, frameTitle, oembedDiscoveryUrl, snippets } from './snippets.ts';
import { embedUrl, quizApiPath, resultsPath } from '../../contract/links.ts';

type Choice = { label: string; href: string; current: boolean };

/** Each language by its own name, for the demo page's language switch. */
const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', es: 'Español' };

function demoHref(quiz: QuizFile, options: EmbedOptions): string {
  const params = new URLSearchParams({ quiz: quiz.id });
  if (options.lang) params.set('lang', options.lang);
  if (options.theme && options.theme !== 'auto') params.set('theme', options.theme);
  return `/?${params}`;
}

function switcher(label: string, choices: Choice[]) {
  return html`<p class="switch"><span>${label}</span> ${choices.map(
    (c) => html`<a href="${c.href}"${c.current ? html` aria-current="true"` : ''}>${c.label}</a> `,
  )}</p>`;
}

function codeBlock(id: string, title: string, help: string, code: string) {
  return html`<div class="snippet">
<h3 id="${id}-title">${title}</h3>
<p>${help}</p>
<pre><code id="${id}">${code}</code></pre>
<button type="button" class="copy" data-copy="${id}" aria-describedby="${id}-title" hidden>Copy</button>
</div>`;
}

export function demoPage(origin: string, quiz: QuizFile, options: EmbedOptions) {
  const { source } = quiz;
  // An English page: the quiz's words in English when it has them, else in its own language, marked so.
  const text = textLang(quiz.languages, 'en');
  const title = textIn(quiz.title, text);
  const summary = ARTICLE_SUMMARIES[quiz.id] ?? [textIn(quiz.intro, text)];
  const code = snippets(origin, quiz, options);
  const theme = options.theme ?? 'auto';
  const pageUrl = `${origin}/?quiz=${encodeURIComponent(quiz.id)}`;
  const langs = quiz.languages.map((l) => ({
    label: LANGUAGE_NAMES[l],
    href: demoHref(quiz, { ...options, lang: l }),
    current: (options.lang ?? 'en') === l,
  }));
  const themes = (['auto', 'light', 'dark'] as const).map((t) => ({
    label: t === 'auto' ? 'Like my device' : t === 'light' ? 'Light' : 'Dark',
    href: demoHref(quiz, { ...options, theme: t }),
    current: theme === t,
  }));

  return html`<!doctype html>
<html lang="en" data-theme="${theme}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="${theme === 'auto' ? 'light dark' : theme}">
<title>${title} · Lateral demo</title>
<meta name="description" content="A media-literacy quiz embedded in an article, and how to embed it on your own site.">
<link rel="alternate" type="application/json+oembed" href="${oembedDiscoveryUrl(origin, pageUrl)}" title="${title}">
<link rel="icon" href="/pages/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/pages/demo.css">
<script src="/pages/demo.js" defer></script>
</head>
<body>
<header class="masthead">
<p class="brand"><a href="/">Lateral</a> <span>media-literacy quizzes for any page</span></p>
</header>
<main>
<article>
<p class="kicker">Demo host page</p>
<h1 lang="${text}">${title}</h1>
<p class="lede">This page plays the part of a news site. It summarises the piece the quiz is drawn from, embeds the quiz with one script tag and again in an iframe, and gives you the codes to do the same on your own site.</p>
<nav aria-label="Demo settings">
${switcher('Quiz language:', langs)}
${switcher('Colours:', themes)}
</nav>

<section aria-labelledby="article-heading">
<h2 id="article-heading">The article</h2>
<p class="note"><strong>This is our summary, not the article.</strong> The original, “${source.title}”, is by ${source.author} and appeared on ${source.publisher}.${source.published ? html` ${source.published}.` : ''}${source.url ? html` <a href="${source.url}" rel="noopener">Read the original</a>.` : ''}</p>
${summary.map((p) => html`<p>${p}</p>`)}
</section>

<section aria-labelledby="quiz-heading">
<h2 id="quiz-heading">Test your reading</h2>
<p>Embedded with the one-line script snippet below, which draws the quiz right where the tag sits.</p>
<div class="embed">
${raw(code.script)}
</div>
</section>

<section aria-labelledby="iframe-heading">
<h2 id="iframe-heading">The same quiz in an iframe</h2>
<p>For pages that cannot run other sites’ scripts. This is also what WordPress and Ghost show when you paste the quiz’s address. The iframe grows with its content.</p>
<div class="embed"><iframe src="${embedUrl(origin, quiz.id, options)}" width="${FRAME_WIDTH}" height="${FRAME_HEIGHT}" title="${frameTitle(quiz, options)}" class="lateral-frame" loading="lazy" data-lateral-frame></iframe></div>
</section>

<section aria-labelledby="events-heading">
<h2 id="events-heading">What your page hears</h2>
<p>The widget tells the host page about progress with <code>lateral:start</code>, <code>lateral:answer</code> and <code>lateral:complete</code> events: scores only, nothing about the reader.</p>
<ol id="event-log" class="event-log" aria-live="polite"><li class="empty">No events yet: start the quiz above.</li></ol>
</section>

<section aria-labelledby="embed-heading">
<h2 id="embed-heading">Put it on your site</h2>
${codeBlock('snippet-script', 'Script tag', 'Paste it where the quiz should appear.', code.script)}
${codeBlock('snippet-placeholder', 'Placeholder and script', 'Place the box anywhere, even several of them; load the script once per page.', code.placeholder)}
${codeBlock('snippet-iframe', 'Iframe', 'No script on your page runs ours; the optional script tag lets the iframe grow with its content.', code.iframe)}
${codeBlock('snippet-url', 'WordPress and Ghost', 'Paste this address on a line of its own (WordPress) or into an embed card (Ghost).', code.pasteUrl)}
<p>Options: <code>data-lang="en|es"</code>, <code>data-theme="auto|light|dark"</code>, <code>data-accent="#0a7d5a"</code>; on the iframe address, <code>?lang=</code>, <code>?theme=</code> and <code>?accent=</code>.</p>
<p>Your page sends a Content-Security-Policy? Allow <code>${origin}</code> in <code>script-src</code> and <code>connect-src</code>, and in <code>frame-src</code> for the iframe. The widget needs no <code>'unsafe-inline'</code>: this page runs under</p>
<pre><code>${demoPagePolicy()}</code></pre>
</section>

<section aria-labelledby="results-heading">
<h2 id="results-heading">For editors and teachers</h2>
<p>See how readers did, in aggregate: <a href="${resultsPath(quiz.id)}">results for this quiz</a>, or as JSON from <a href="${quizApiPath(quiz.id)}/results"><code>${quizApiPath(quiz.id)}/results</code></a>.</p>
</section>
</article>
</main>
<footer class="colophon">
<p>Lateral sets no cookies and stores no addresses: a score is kept with its answers and the day, nothing about who gave them.</p>
<p>Quiz address: <a href="${embedUrl(origin, quiz.id)}">${embedUrl(origin, quiz.id)}</a></p>
</footer>
</body>
</html>
`;
}
