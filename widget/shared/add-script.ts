// Adds a classic script to <head> and reports whether it loaded: how chunks and Turnstile arrive.

/**
 * `nonce` is the embed.js tag's own: a host with a nonce-based CSP must let these scripts run too. `ours` marks
 * Lateral's own chunks, fetched in CORS mode like embed.js (`crossorigin`), so they ride its connection rather
 * than open a credentialed one of their own (issue 26); a third party's script (Turnstile) is left as it is.
 */
export function addScript(src: string, nonce: string, done: (ok: boolean) => void, ours = false): void {
  const script = document.createElement('script');
  if (ours) script.crossOrigin = 'anonymous';
  script.src = src;
  script.nonce = nonce;
  script.onload = script.onerror = (event) => {
    script.remove();
    done((event as Event).type === 'load');
  };
  document.head.append(script);
}
