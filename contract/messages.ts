// Messages between a Lateral iframe (/embed/:quizId, /results/:quizId?embed=1) and the page that frames it.

/** Every Lateral message carries this marker so hosts can ignore everyone else's postMessage traffic. */
export const MESSAGE_SOURCE = 'lateral';

export type WidgetEventName = 'lateral:start' | 'lateral:answer' | 'lateral:complete';

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

export function isFrameMessage(data: unknown): data is FrameMessage {
  return typeof data === 'object' && data !== null && (data as { source?: unknown }).source === MESSAGE_SOURCE;
}
