// Messages between a Lateral iframe (/embed/:quizId, /results/:quizId?embed=1) and the page that frames it.

/** Every Lateral message carries this marker so hosts can ignore everyone else's postMessage traffic. */
export const MESSAGE_SOURCE = 'lateral';

export const EVENT_NAMES = ['lateral:start', 'lateral:answer', 'lateral:complete'] as const;
export type WidgetEventName = (typeof EVENT_NAMES)[number];

export type FrameMessage =
  | { source: typeof MESSAGE_SOURCE; type: 'resize'; height: number }
  | { source: typeof MESSAGE_SOURCE; type: 'event'; name: WidgetEventName; detail: WidgetEventDetail };

/** What host pages learn about a reader's progress: nothing personal, no answers. */
export type WidgetEventDetail = {
  quizId: string;
  questionId?: string;
  correct?: boolean;
  score?: number;
  total?: number;
};

/**
 * The one check of a message from a frame: ours (the marker), and of a documented type with sane
 * fields. A frame is trusted with layout, not with data: an event's detail is still cleaned by its user.
 */
export function isFrameMessage(data: unknown): data is FrameMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  if (m.source !== MESSAGE_SOURCE) return false;
  if (m.type === 'resize') return typeof m.height === 'number' && m.height > 0 && m.height < 100_000;
  return m.type === 'event' && EVENT_NAMES.includes(m.name as WidgetEventName);
}
