// data-view="results": the results page in an iframe that grows to fit (its script posts its height).

import type { WidgetConfig } from '../core/config.ts';
import { trackFrame } from './frame-host.ts';
import { frameStrings } from '../shared/strings.ts';
import { resultsPath } from '../../contract/links.ts';

export function mountResults(root: ShadowRoot, config: WidgetConfig): () => void {
  const frame = document.createElement('iframe');
  const params = new URLSearchParams({ embed: '1', lang: config.lang, theme: config.theme });
  frame.src = `${config.origin}${resultsPath(config.quizId)}?${params}`;
  frame.title = frameStrings[config.lang].resultsTitle;
  // Set through the CSSOM, which a host's style-src CSP does not restrict (unlike style="" attributes).
  Object.assign(frame.style, { display: 'block', width: '100%', height: '560px', border: '0' });
  root.append(frame);
  return trackFrame(frame);
}
