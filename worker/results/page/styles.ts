// The results page stylesheet: inlined under a CSP hash, light and dark, readable from 320 px up.

export const RESULTS_CSS = `
:root{color-scheme:light;--bg:#fff;--fg:#1b1d21;--muted:#585e66;--line:#dcdfe3;--surface:#f4f5f7;--bar:#2f6db5;--track:#e9ecf0;--correct:#17744a;--wrong:#b4541a;--other:#8d949d;--focus:#2f6db5}
@media (prefers-color-scheme:dark){:root:not([data-theme=light]){color-scheme:dark;--bg:#16181b;--fg:#eceef1;--muted:#a9afb7;--line:#363a40;--surface:#1f2226;--bar:#78a9e6;--track:#2a2e34;--correct:#5cc893;--wrong:#f0955a;--other:#6c737c;--focus:#78a9e6}}
:root[data-theme=dark]{color-scheme:dark;--bg:#16181b;--fg:#eceef1;--muted:#a9afb7;--line:#363a40;--surface:#1f2226;--bar:#78a9e6;--track:#2a2e34;--correct:#5cc893;--wrong:#f0955a;--other:#6c737c;--focus:#78a9e6}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.page{max-width:760px;margin:0 auto;padding:16px 16px 40px}
.embed .page{padding:12px 12px 16px}
a{color:var(--bar)}
a:focus-visible,button:focus-visible,summary:focus-visible,input:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.topbar{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:baseline;justify-content:space-between;border-bottom:1px solid var(--line);padding-bottom:10px;margin-bottom:20px}
.brand{font-weight:700;letter-spacing:.01em}
.brand span{font-weight:400;color:var(--muted)}
.langs{display:flex;gap:4px;margin:0;padding:0;list-style:none;font-size:14px}
.langs a{display:inline-block;padding:4px 8px;border-radius:4px;text-decoration:none;color:var(--fg);border:1px solid var(--line)}
.langs a[aria-current=page]{background:var(--fg);color:var(--bg);border-color:var(--fg)}
h1{font-size:1.6rem;line-height:1.2;margin:0 0 6px}
.embed h1{font-size:1.25rem}
h2{font-size:1.2rem;line-height:1.3;margin:0 0 4px}
h3{font-size:1rem;line-height:1.35;margin:0 0 6px}
.source,.intro,.note,.eyebrow{color:var(--muted);font-size:14px;margin:0 0 12px}
.eyebrow{margin-bottom:4px;text-transform:none}
.badge{display:inline-block;font-size:12px;font-weight:600;border:1px solid var(--line);border-radius:999px;padding:1px 8px;margin-left:6px;color:var(--muted);vertical-align:middle}
section{border-top:1px solid var(--line);padding-top:20px;margin-top:28px}
.key-figures{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:8px;margin:16px 0 0}
.key-figures div{background:var(--surface);border-radius:6px;padding:10px 12px}
.key-figures dt{font-size:13px;color:var(--muted)}
.key-figures dd{margin:0;font-size:1.6rem;font-weight:700;line-height:1.2;font-variant-numeric:tabular-nums}
.key-figures dd small{font-size:14px;font-weight:400;color:var(--muted)}
.empty{background:var(--surface);border-radius:6px;padding:16px;margin:16px 0 0}
.delayed{background:var(--surface);border-left:4px solid var(--wrong);border-radius:6px;padding:10px 12px;margin:0 0 12px}
.chart{display:block;overflow:visible;margin:8px 0 4px}
.chart text{fill:var(--fg);font-size:12px;font-variant-numeric:tabular-nums}
.chart .tick{fill:var(--muted)}
.chart .axis-title{fill:var(--muted);font-size:12px}
.chart .value{font-size:12px;font-weight:600}
.chart .marker{font-weight:700}
.chart .halo{paint-order:stroke;stroke:var(--bg);stroke-width:4px;stroke-linejoin:round}
.chart .baseline{stroke:var(--muted);stroke-width:1}
.chart .bar{fill:var(--bar)}
.chart .median-line{stroke:var(--fg);stroke-width:2}
.chart .mean-line{stroke:var(--fg);stroke-width:2;stroke-dasharray:4 3}
.bars{margin:10px 0 6px;display:grid;grid-template-columns:minmax(0,1fr) auto;column-gap:10px}
.bar-row,.bar-line{grid-column:1/-1;display:grid;grid-template-columns:subgrid;align-items:center}
.bar-row{margin:0 0 10px}
.bar-label{grid-column:1/-1;font-size:14px;line-height:1.35;margin-bottom:3px}
.bar-svg{display:block}
.bar-svg .track{fill:var(--track)}
.bar-svg .fill{fill:var(--bar)}
.is-correct .bar-svg .fill{fill:var(--correct)}
.is-top-wrong .bar-svg .fill{fill:var(--wrong)}
.is-other .bar-svg .fill{fill:var(--other)}
.bar-value{font-size:14px;font-variant-numeric:tabular-nums;white-space:nowrap;text-align:right}
.bar-value small{color:var(--muted);font-size:13px}
.tag{display:inline-block;font-size:12px;font-weight:600;border-radius:4px;padding:0 6px;margin-left:4px;white-space:nowrap}
.tag-correct{color:var(--correct);border:1px solid var(--correct)}
.tag-wrong{color:var(--wrong);border:1px solid var(--wrong)}
.headline{font-size:15px;margin:0 0 4px}
.headline strong{font-size:1.25rem}
.callout{font-size:14px;margin:4px 0 8px;padding:6px 10px;border-left:3px solid var(--wrong);background:var(--surface)}
.question{padding:18px 0 6px;border-top:1px dashed var(--line)}
.question:first-of-type{border-top:0}
details{margin:6px 0 0;font-size:14px}
summary{cursor:pointer;color:var(--bar);width:max-content;max-width:100%}
.table-wrap{margin-top:8px}
table{border-collapse:collapse;width:100%;font-size:14px}
caption{text-align:left;font-weight:600;padding:0 0 6px}
th,td{text-align:left;padding:5px 8px;border-bottom:1px solid var(--line);vertical-align:top;overflow-wrap:anywhere}
thead th{font-weight:600;color:var(--muted);font-size:13px;overflow-wrap:normal;hyphens:auto}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
td.num{white-space:nowrap}
tbody th{font-weight:400}
footer{border-top:1px solid var(--line);margin-top:32px;padding-top:14px;font-size:14px;color:var(--muted)}
footer p{margin:0 0 6px}
.lock{max-width:460px}
.lock form{display:grid;gap:8px;margin-top:16px}
.lock label{font-weight:600}
.lock input{font:inherit;padding:8px 10px;border:1px solid var(--muted);border-radius:6px;background:var(--bg);color:var(--fg);width:100%}
button{font:inherit;font-weight:600;padding:8px 14px;border-radius:6px;border:1px solid var(--bar);background:var(--bar);color:var(--bg);cursor:pointer;justify-self:start}
.inline-form{display:inline}
.inline-form button{padding:2px 10px;font-size:14px}
.error{color:var(--wrong);font-weight:600}
.key-figures .crowd,.crowd{margin:2px 0 0;font-size:13px;font-weight:400;line-height:1.4;color:var(--muted);font-variant-numeric:tabular-nums}
.crowd{margin:0 0 6px;font-size:14px}
.bar-svg .mark{fill:var(--fg)}
.create-group form,.copy-field{display:grid;gap:6px;max-width:560px}
.create-group label,.copy-field label{font-weight:600}
.create-group input,.copy-row input,.copy-row textarea{font:inherit;padding:8px 10px;border:1px solid var(--muted);border-radius:6px;background:var(--bg);color:var(--fg);width:100%;min-width:0}
.copy-row{display:flex;gap:8px;align-items:flex-start}
.copy-row textarea{font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;resize:vertical}
.copy-field{margin:14px 0 4px;max-width:none}
.join-code{font:700 2.2rem/1.1 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;letter-spacing:.18em;margin:4px 0 6px}
.created h2{margin-top:24px}
.warning{border:2px solid var(--wrong);border-radius:8px;padding:4px 14px 8px;margin:18px 0 8px;background:var(--surface)}
.warning p{margin:8px 0 0}
textarea:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.visually-hidden{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
@media (min-width:640px){.bars-compact{grid-template-columns:13em minmax(0,1fr) auto}.bars-compact .bar-row{margin-bottom:8px}.bars-compact .bar-label{grid-column:1;margin:0}.bars-compact .bar-line{grid-column:2/-1}}
@media (max-width:480px){.bars-crowd{grid-template-columns:minmax(0,1fr)}.bars-crowd .bar-value{text-align:left;white-space:normal;margin-top:2px}h1{font-size:1.35rem}.key-figures dd{font-size:1.3rem}.key-figures div{padding:8px}}
@media (max-width:420px){.chart .tick-minor{display:none}table{font-size:13px}thead th{font-size:12px}th,td{padding:5px 3px}}
@media (prefers-reduced-motion:no-preference){summary{transition:color .1s}}
`;
