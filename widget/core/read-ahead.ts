// Reads the lazy chunk ahead only for a widget the reader is likely to use: near the viewport, or pointed at or focused.

/** Within one viewport's height of the screen: close enough that the reader may scroll to it soon. */
const NEAR = '100% 0px';
// Pointer events cover touch too: a tap sends pointerover before anything else.
const INTENT = ['pointerover', 'focusin'] as const;

/**
 * Calls `go` once, when `el` comes near the viewport or the reader shows intent, whichever comes first;
 * returns what stops waiting. Without IntersectionObserver it calls `go` at once, as before issue 26.
 */
export function whenNear(el: Element, go: () => void): () => void {
  let waiting = true;
  const fire = () => {
    if (!waiting) return;
    stop();
    go();
  };
  const observer =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && fire(), { rootMargin: NEAR })
      : null;
  const stop = () => {
    waiting = false;
    observer?.disconnect();
    for (const type of INTENT) el.removeEventListener(type, fire);
  };
  for (const type of INTENT) el.addEventListener(type, fire, { passive: true });
  if (observer) observer.observe(el);
  else fire();
  return stop;
}
