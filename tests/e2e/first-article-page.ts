// The first article as a teacher's browser would save it: the captured text (../shared/article) laid out as the web page.

import { readFileSync } from 'node:fs';

export const ARTICLE_PATH = new URL('../../../shared/article/article.txt', import.meta.url).pathname;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A saved page: the platform's header and footer around an <article> holding the captured text.
 * Lines become headings, list items, rules or paragraphs by their shape; no word of the text is changed,
 * so every passage the editor quotes can be checked against the captured article.
 */
export function firstArticleHtml(): string {
  const lines = readFileSync(ARTICLE_PATH, 'utf8').split('\n');
  const footerAt = lines.findIndex((l) => l.startsWith('Find us on social media'));
  const body = lines.slice(2, footerAt === -1 ? undefined : footerAt);
  const [headline = '', , subtitle = ''] = body;
  const blocks: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length) blocks.push(`<ul>${list.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`);
    list = [];
  };
  for (const raw of body.slice(3)) {
    const line = raw.trim();
    if (!line) continue;
    const item = /^(?:-|•)\s+(.*)$/.exec(line);
    if (item) {
      list.push(item[1] ?? '');
      continue;
    }
    flush();
    if (/^_{10,}$/.test(line)) blocks.push('<hr>');
    else if (line.startsWith('Photo by')) blocks.push(`<figure><figcaption>${escapeHtml(line)}</figcaption></figure>`);
    else if (line.startsWith('By ')) blocks.push(`<p class="byline">${escapeHtml(line)}</p>`);
    else if (line.length < 90 && !/[.!?"”]$/.test(line)) blocks.push(`<h2>${escapeHtml(line)}</h2>`);
    else blocks.push(`<p>${escapeHtml(line)}</p>`);
  }
  flush();
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(headline)} | Interview</title>
<meta property="og:site_name" content="Vocal">
</head>
<body>
<header><nav><a href="/">Vocal</a> <a href="/interview">Interview</a> <a href="/signin">Sign in</a></nav></header>
<main>
<article>
<h1>${escapeHtml(headline)}</h1>
<p class="subtitle">${escapeHtml(subtitle)}</p>
${blocks.join('\n')}
</article>
</main>
<footer><p>Find us on social media</p><ul><li>Explore</li><li>Contact</li><li>Privacy Policy</li></ul><p>© 2026 Creatd, Inc. All Rights Reserved.</p></footer>
</body>
</html>
`;
}
