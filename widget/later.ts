// Entry of the chunk w/later.<hash>.js: hands its screens to embed.js, which injected this script.

import { laterModule } from './later-module.ts';

window.Lateral?._define?.('later', laterModule);
