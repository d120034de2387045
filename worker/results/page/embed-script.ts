// The one script of the results page, only when framed (embed=1): it tells the host page how tall the page is.

import { MESSAGE_SOURCE } from '../../../contract/messages.ts';

/**
 * Posts `{ source: 'lateral', type: 'resize', height }` (contract/messages.ts) on load and on every
 * size change, such as a data table folding open. Only a height leaves the frame, so any origin may hear it.
 */
export const EMBED_SCRIPT = `(()=>{const d=document.documentElement;const send=()=>parent.postMessage({source:${JSON.stringify(MESSAGE_SOURCE)},type:"resize",height:Math.ceil(d.getBoundingClientRect().height)},"*");new ResizeObserver(send).observe(d);addEventListener("load",send)})();`;
