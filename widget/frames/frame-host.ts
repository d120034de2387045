// On the host page: size Lateral iframes from their own messages, and re-dispatch their events on the iframe.

import { isFrameMessage, type WidgetEventDetail } from '../../contract/messages.ts';

/** Frames this script created inside shadow roots, where a document query cannot see them. */
const ownFrames = new Set<HTMLIFrameElement>();

export function trackFrame(frame: HTMLIFrameElement): () => void {
  ownFrames.add(frame);
  return () => {
    ownFrames.delete(frame);
    frame.remove();
  };
}

/** Only the documented fields, with the documented types: a frame is trusted with layout, not with data. */
export function cleanDetail(detail: unknown): WidgetEventDetail | null {
  if (typeof detail !== 'object' || detail === null) return null;
  const d = detail as Record<string, unknown>;
  if (typeof d.quizId !== 'string') return null;
  const clean: WidgetEventDetail = { quizId: d.quizId.slice(0, 60) };
  if (typeof d.questionId === 'string') clean.questionId = d.questionId.slice(0, 60);
  if (typeof d.correct === 'boolean') clean.correct = d.correct;
  if (Number.isInteger(d.score)) clean.score = d.score as number;
  if (Number.isInteger(d.total)) clean.total = d.total as number;
  return clean;
}

/**
 * A message counts only if it is a Lateral message (isFrameMessage), from the widget's origin AND from
 * the window of one of our frames (`iframe[data-lateral-frame]` or one we made): other frames and
 * scripts cannot resize them.
 */
export function onFrameMessage(event: MessageEvent, origin: string): void {
  const data = event.data;
  if (event.origin !== origin || !isFrameMessage(data)) return;
  const frames = [...ownFrames, ...document.querySelectorAll<HTMLIFrameElement>('iframe[data-lateral-frame]')];
  const frame = frames.find((f) => f.contentWindow !== null && f.contentWindow === event.source);
  if (!frame) return;
  if (data.type === 'resize') {
    frame.style.height = `${Math.ceil(data.height)}px`;
  } else {
    const detail = cleanDetail(data.detail);
    if (detail) frame.dispatchEvent(new CustomEvent(data.name, { detail, bubbles: true, composed: true }));
  }
}
