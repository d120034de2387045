// The widget's CSS inside its shadow roots: one constructable stylesheet shared by every widget on the page.

import css from './core.css?inline';

let sheet: CSSStyleSheet | undefined;
let text = css;
/** Shadow roots styled with <style> elements, for browsers without constructable stylesheets. */
const styledByElement = new Set<ShadowRoot>();

/**
 * Adopted sheets are not blocked by a strict CSP without 'unsafe-inline', unlike <style> elements
 * (WICG/construct-stylesheets#98). Safari before 16.4 gets a <style>, which works where CSP allows it.
 */
export function styleRoot(root: ShadowRoot): () => void {
  if ('replaceSync' in CSSStyleSheet.prototype && 'adoptedStyleSheets' in Document.prototype) {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
    }
    root.adoptedStyleSheets = [sheet];
    return () => {};
  }
  const style = document.createElement('style');
  style.textContent = text;
  root.prepend(style);
  styledByElement.add(root);
  return () => styledByElement.delete(root);
}

/** The lazy chunk's styles join the shared sheet, so every widget on the page gets them at once. */
export function addStyles(more: string): void {
  if (text.includes(more)) return;
  text += more;
  sheet?.replaceSync(text);
  for (const root of styledByElement) {
    const style = root.querySelector('style');
    if (style) style.textContent = text;
  }
}
