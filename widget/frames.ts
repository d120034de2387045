// Entry of the chunk w/frames.<hash>.js: iframe plumbing, loaded only on pages that use iframes.

import { framesModule } from './frames-module.ts';

window.Lateral?._define?.('frames', framesModule);
