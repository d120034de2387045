// How every browser run here starts Debian's Chromium: the e2e suite, the widget benchmark.

/** Debian's package installs it here; CHROMIUM_PATH points elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless on a closed network: without the background-networking flags Chromium keeps dialling
 * Google's hosts. Wrangler listens on IPv4 only, so "localhost" must not resolve to ::1.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP localhost 127.0.0.1',
];
