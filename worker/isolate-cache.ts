// The one per-isolate cache: completed values with an expiry and a size bound, never promises.

/** A value, not a promise of one: the type says so, and `set` checks it at run time too. */
type Settled<V> = V extends PromiseLike<unknown> ? never : V;

/**
 * Keeps values, never promises: workerd lets no request wait on I/O that another request started, so a
 * promise one request leaves in a cache can hang or fail the next. Two requests that miss at once both
 * compute, and the later value stays. Reading an entry makes it the newest; past `max` entries the
 * least recently read falls out.
 */
export class IsolateCache<K, V> {
  readonly #entries = new Map<K, { value: V; until: number }>();
  readonly #max: number;

  constructor({ max = Number.POSITIVE_INFINITY }: { max?: number } = {}) {
    this.#max = max;
  }

  /** The value kept for `key`, unless it expired by `now`. */
  get(key: K, now = Date.now()): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    if (entry.until <= now) return undefined;
    this.#entries.set(key, entry);
    return entry.value;
  }

  /** Keeps `value` until `until` (ms since the epoch; for the isolate's life by default), and returns it. */
  set(key: K, value: Settled<V>, until = Number.POSITIVE_INFINITY): V {
    if (value instanceof Promise) throw new TypeError('[lateral] an isolate cache keeps values, never promises');
    this.#entries.delete(key);
    this.#entries.set(key, { value, until });
    if (this.#entries.size > this.#max) this.#entries.delete(this.#entries.keys().next().value as K);
    return value;
  }

  /** Replaces a kept value, keeping its expiry; nothing happens when none is kept. */
  replace(key: K, value: Settled<V>, now = Date.now()): void {
    const entry = this.#entries.get(key);
    if (entry && entry.until > now) this.set(key, value, entry.until);
  }

  /** The kept value, or the one `make` resolves to, kept until `until(value)`. */
  async through(key: K, make: () => Promise<Settled<V>>, until?: (value: V) => number): Promise<V> {
    const kept = this.get(key);
    if (kept !== undefined) return kept;
    const value = await make();
    return this.set(key, value, until?.(value));
  }
}

/**
 * One cache (or set of caches) per owner object, made on first use: per KV namespace, so tests with
 * their own namespace start cold, or per quiz object, which never changes once served.
 */
export function cachePer<O extends object, T>(make: () => T): (owner: O) => T {
  const all = new WeakMap<O, T>();
  return (owner) => {
    let found = all.get(owner);
    if (!found) {
      found = make();
      all.set(owner, found);
    }
    return found;
  };
}
