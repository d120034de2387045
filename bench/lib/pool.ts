// Runs async jobs with a fixed number in flight, like a load generator's connections.

export async function runPool<T>(jobs: number, concurrency: number, job: (index: number) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array(jobs);
  let next = 0;
  const lane = async () => {
    while (next < jobs) {
      const index = next++;
      out[index] = await job(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs) }, lane));
  return out;
}

/** A small seeded generator (mulberry32), so a failing run can be replayed with the same seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
