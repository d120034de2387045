// The copy-paste embed codes, filled in with the Worker's own origin: shown on the demo page and used by oEmbed.

import type { Lang, QuizFile } from '../../contract/quiz.ts';
import { type EmbedOptions, quizPageLang } from '../../contract/embed-options.ts';
import { textIn, textLang } from '../../contract/quiz-languages.ts';
import { embedUrl, firstQuestionUrl } from '../../contract/links.ts';

/** Size of the iframe before the quiz inside reports its own height. */
export const FRAME_WIDTH = 640;
export const FRAME_HEIGHT = 560;

export type Snippets = { script: string; placeholder: string; iframe: string; pasteUrl: string };

export function oembedDiscoveryUrl(origin: string, pageUrl: string): string {
  return `${origin}/oembed?url=${encodeURIComponent(pageUrl)}&format=json`;
}

/** The word before a quiz's title in an iframe's accessible name. */
const QUIZ_WORD: Record<Lang, string> = { en: 'Quiz', es: 'Cuestionario' };

/** The quiz's title as a page about it shows it: in the page's language when the quiz has it, else in the quiz's. */
export function quizTitle(quiz: QuizFile, options: EmbedOptions): string {
  return textIn(quiz.title, textLang(quiz.languages, quizPageLang(quiz.languages, options.lang)));
}

export function frameTitle(quiz: QuizFile, options: EmbedOptions): string {
  return `${QUIZ_WORD[quizPageLang(quiz.languages, options.lang)]}: ${quizTitle(quiz, options)}`;
}

/** Attribute-escapes a value for the snippets, which are text, not markup we render. */
function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The iframe markup; WordPress keeps src, width, height, title, frameborder and class, other hosts keep it all. */
export function iframeMarkup(
  origin: string,
  quiz: QuizFile,
  options: EmbedOptions,
  width = FRAME_WIDTH,
  height = FRAME_HEIGHT,
): string {
  return (
    `<iframe src="${attr(embedUrl(origin, quiz.id, options))}" width="${width}" height="${height}"` +
    ` title="${attr(frameTitle(quiz, options))}" class="lateral-frame" frameborder="0" loading="lazy"` +
    ` style="border:0;width:100%;max-width:${width}px" data-lateral-frame></iframe>`
  );
}

/**
 * Question 1 asked for while embed.js is still on its way, on the same connection: `crossorigin` puts the script
 * in the credentials mode of the widget's fetches, and the preload names the exact address it fetches first
 * (contract/links.ts). Both stay on the one line a site pastes (issue 26).
 */
function preload(origin: string, quizId: string, lang: Lang): string {
  return `<link rel="preload" as="fetch" crossorigin href="${attr(firstQuestionUrl(origin, quizId, lang))}">`;
}

export function snippets(origin: string, quiz: QuizFile, options: EmbedOptions = {}): Snippets {
  // A preload must name the language, so the snippet does too: the one asked for, or the quiz's first.
  const lang = quizPageLang(quiz.languages, options.lang);
  const data = [
    ` data-lang="${lang}"`,
    options.theme ? ` data-theme="${options.theme}"` : '',
    options.accent ? ` data-accent="${attr(options.accent)}"` : '',
    options.group ? ` data-group="${attr(options.group)}"` : '',
  ].join('');
  const script = `<script src="${origin}/embed.js" crossorigin async></script>`;
  const early = options.view === 'results' ? '' : preload(origin, quiz.id, lang);
  return {
    script: `${early}<script src="${origin}/embed.js" crossorigin data-quiz="${attr(quiz.id)}"${data} async></script>`,
    placeholder: `<div data-lateral-quiz="${attr(quiz.id)}"${data}></div>\n${early}${script}`,
    iframe: `${iframeMarkup(origin, quiz, options)}\n${script}`,
    pasteUrl: embedUrl(origin, quiz.id),
  };
}
