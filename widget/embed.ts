// Entry of embed.js, the one script a host page loads: capture our own <script> tag, then boot.

import { boot } from './boot.ts';
import { warn } from './config.ts';

// The first statement that runs (the imports above are bundled, side-effect-free code in this same
// synchronous run): document.currentScript is null in callbacks and for module scripts (MDN).
const script = document.currentScript as HTMLScriptElement | null;

try {
  boot(script);
} catch (err) {
  warn(`could not start: ${String(err)}`);
}
