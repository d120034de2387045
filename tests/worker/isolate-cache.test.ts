// The one per-isolate cache (worker/isolate-cache.ts): values with an expiry and a bound, never a promise.

import { describe, expect, it } from 'vitest';
import { IsolateCache, cachePer } from '../../worker/isolate-cache.ts';

describe('the isolate cache', () => {
  it('refuses to keep a promise, even one the type system was talked out of', () => {
    const cache = new IsolateCache<string, unknown>();
    expect(() => cache.set('k', Promise.resolve(1) as never)).toThrow(/never promises/);
    expect(cache.get('k')).toBeUndefined();
  });

  it('keeps the value `through` resolved to, and asks again only once it expired', async () => {
    const cache = new IsolateCache<string, number>();
    let calls = 0;
    const make = async () => ++calls;
    const until = () => Date.now() + 60_000;
    expect(await cache.through('k', make, until)).toBe(1);
    expect(await cache.through('k', make, until)).toBe(1);
    expect(cache.get('k', Date.now() + 60_001)).toBeUndefined();
    expect(await cache.through('k', make, () => 0)).toBe(2);
    expect(cache.get('k')).toBeUndefined();
  });

  it('drops the least recently read entry past its bound', () => {
    const cache = new IsolateCache<string, number>({ max: 2 });
    cache.set('a', 1);
    cache.set('b', 2);
    cache.get('a');
    cache.set('c', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([1, undefined, 3]);
  });

  it('replaces a kept value without extending its life, and does not revive an expired one', () => {
    const cache = new IsolateCache<string, number>();
    const now = 1_000;
    cache.set('k', 1, now + 10);
    cache.replace('k', 2, now);
    expect(cache.get('k', now + 9)).toBe(2);
    expect(cache.get('k', now + 10)).toBeUndefined();
    cache.replace('k', 3, now);
    expect(cache.get('k', now)).toBeUndefined();
  });

  it('gives each owner object its own cache', () => {
    const of = cachePer(() => new IsolateCache<string, number>());
    const [a, b] = [{}, {}];
    of(a).set('k', 1);
    expect(of(a).get('k')).toBe(1);
    expect(of(b).get('k')).toBeUndefined();
  });
});
