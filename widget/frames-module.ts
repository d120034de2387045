// What the iframe chunk provides: the results iframe, host-side resizing, and reporting from inside the embed iframe.

import { postEvent, reportSize } from './frame-child.ts';
import { onFrameMessage } from './frame-host.ts';
import { mountResults } from './results-frame.ts';

export const framesModule = { mountResults, onFrameMessage, postEvent, reportSize };

export type FramesModule = typeof framesModule;
