// Entry of w/frames.<hash>.js, only on pages with iframes: the results iframe, host-side resizing, reporting from inside.

import { reportFrom } from './frame-child.ts';
import { onFrameMessage } from './frame-host.ts';
import { mountResults } from './results-frame.ts';

export const framesChunk = { mountResults, onFrameMessage, reportFrom };

export type FramesChunk = typeof framesChunk;

window.Lateral?._define?.('frames', framesChunk);
