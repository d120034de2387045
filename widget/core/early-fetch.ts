// The quiz's question 1, asked for by embed.js before the widget is built, handed to the widget's own request for it.

/**
 * `fetch`, except that the first request for `url` takes `ahead`, the answer already on its way. Keyed by the
 * address, not by order: any other request, and a second one for question 1 (a retry), goes to the network.
 */
export function earlyFetch(url: string, ahead: Promise<Response>): typeof fetch {
  let waiting: Promise<Response> | undefined = ahead;
  // Read only through the widget's request; a failure with no such request must not reach the page.
  ahead.catch(() => {});
  return (input, init) => {
    if (!waiting || String(input) !== url) return fetch(input, init);
    const answer = waiting;
    waiting = undefined;
    return answer;
  };
}
