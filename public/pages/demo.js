// @ts-check
// The demo host page's own script: copy buttons for the embed codes, and a log of the widget's events.
// Plain JavaScript served as is: the page's CSP allows only same-origin files, no inline script.

for (const button of document.querySelectorAll('button[data-copy]')) {
  const code = document.getElementById(button.getAttribute('data-copy') ?? '');
  if (!code || !navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(code.textContent ?? '').then(
      () => flash(button, 'Copied'),
      () => flash(button, 'Select and copy'),
    );
  });
}

/** @param {Element} button @param {string} text */
function flash(button, text) {
  button.textContent = text;
  setTimeout(() => (button.textContent = 'Copy'), 2000);
}

const log = document.getElementById('event-log');
for (const name of ['lateral:start', 'lateral:answer', 'lateral:complete']) {
  document.addEventListener(name, (event) => {
    if (!log) return;
    log.querySelector('.empty')?.remove();
    const item = document.createElement('li');
    const detail = /** @type {CustomEvent} */ (event).detail;
    item.textContent = `${name} ${JSON.stringify(detail)}`;
    log.append(item);
  });
}
