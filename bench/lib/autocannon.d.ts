// The part of autocannon's programmatic API the benchmark uses (the package ships no types).

declare module 'autocannon' {
  export type Histogram = {
    average: number;
    mean: number;
    p50: number;
    p90: number;
    p99: number;
    max: number;
    total: number;
  };
  export type Request = {
    method?: string;
    path?: string;
    body?: string;
    headers?: Record<string, string>;
    setupRequest?: (request: Request, context: Record<string, unknown>) => Request;
    onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
  };
  export type Options = {
    url: string;
    connections?: number;
    duration?: number;
    method?: string;
    body?: string;
    headers?: Record<string, string>;
    requests?: Request[];
    timeout?: number;
    /** Requests per second across all connections: an open-loop rate instead of as fast as possible. */
    overallRate?: number;
  };
  export type Result = {
    latency: Histogram;
    requests: Histogram;
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    '2xx': number;
    statusCodeStats: Record<string, { count: number }>;
  };
  /** Each response, with its time in fractional ms (the result's histograms round to whole ms). */
  export type Instance = Promise<Result> & {
    on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): Instance;
  };
  function autocannon(options: Options): Instance;
  export default autocannon;
}
