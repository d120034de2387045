// The one script of the group pages: Copy buttons beside the links and embed codes, allowed by its CSP hash.

/**
 * Buttons are sent `hidden` and shown only here, so a page without scripts shows none that would do
 * nothing; the fields stay selectable either way. Each button names its field in `data-copy`, and the
 * page's status line says "Copied" for screen readers.
 */
export const COPY_SCRIPT = `(()=>{const s=document.getElementById("copy-status");for(const b of document.querySelectorAll("button[data-copy]")){b.hidden=false;b.addEventListener("click",()=>{const f=document.getElementById(b.dataset.copy);if(!f)return;f.select();navigator.clipboard.writeText(f.value).then(()=>{const l=b.textContent;b.textContent=b.dataset.done;if(s)s.textContent=b.dataset.done;setTimeout(()=>{b.textContent=l},2000)},()=>{})})}})();`;
