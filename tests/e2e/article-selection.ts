// Selects words in the editor's article view as a mouse would, so "Quote the selected text" can act on them.

import type { Page } from 'playwright-core';

/** Selects `text` inside the one rendered piece of the article that holds all of it, then lets the view see it. */
export async function selectInArticle(page: Page, text: string): Promise<void> {
  await page.evaluate((words) => {
    const holder = Array.from(document.querySelectorAll<HTMLElement>('.article-text [data-at]')).find((s) =>
      s.textContent?.includes(words),
    );
    const node = holder?.firstChild;
    if (!holder || !node?.textContent) throw new Error('passage not found in the article view');
    const at = node.textContent.indexOf(words);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + words.length);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    holder.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, text);
}
