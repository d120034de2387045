// Entry of embed.js, the one script a host page loads (short cache, one address for ever): capture our tag, then load.

import { warn } from './config.ts';
import { loadEmbeds } from './load-embeds.ts';

// The first statement that runs (the imports above are bundled, side-effect-free code in this same
// synchronous run): document.currentScript is null in callbacks and for module scripts (MDN).
const script = document.currentScript as HTMLScriptElement | null;

try {
  loadEmbeds(script);
} catch (err) {
  warn(`could not start: ${String(err)}`);
}
