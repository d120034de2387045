// Adds a classic script to <head> and reports whether it loaded: how chunks and Turnstile arrive.

/** `nonce` is the embed.js tag's own: a host with a nonce-based CSP must let these scripts run too. */
export function addScript(src: string, nonce: string, done: (ok: boolean) => void): void {
  const script = document.createElement('script');
  script.src = src;
  script.nonce = nonce;
  script.onload = script.onerror = (event) => {
    script.remove();
    done((event as Event).type === 'load');
  };
  document.head.append(script);
}
