// Baseline of the widget benchmark: the least a Preact embed can do, one button in a shadow root, loaded the same way.

import { h, render } from 'preact';

const script = document.currentScript;
const host = document.createElement('div');
script?.after(host);
render(h('button', { type: 'button', class: 'btn' }, 'Start'), host.attachShadow({ mode: 'open' }));
