// A Workers KV namespace in memory, with KV's list semantics (sorted keys, prefix, 1,000 per page, cursor, metadata).
// For tests that need hundreds of thousands of keys: Miniflare's KV takes 4–8 ms a put on a busy 2-core machine.

type Entry = { value: string; metadata: unknown };

export function memoryKv(): KVNamespace {
  const entries = new Map<string, Entry>();
  let sorted: string[] | null = null;
  const names = () => (sorted ??= [...entries.keys()].sort());
  const kv = {
    async put(key: string, value: string, options: { metadata?: unknown } = {}) {
      if (!entries.has(key)) sorted = null;
      entries.set(key, { value, metadata: options.metadata ?? null });
    },
    async get(key: string, type?: string | { type?: string }) {
      const entry = entries.get(key);
      if (!entry) return null;
      const as = typeof type === 'string' ? type : type?.type;
      return as === 'json' ? JSON.parse(entry.value) : entry.value;
    },
    async getWithMetadata(key: string) {
      const entry = entries.get(key);
      return { value: entry?.value ?? null, metadata: entry?.metadata ?? null, cacheStatus: null };
    },
    async delete(key: string) {
      if (entries.delete(key)) sorted = null;
    },
    async list({ prefix = '', cursor, limit = 1000 }: { prefix?: string; cursor?: string; limit?: number } = {}) {
      const all = names().filter((name) => name.startsWith(prefix));
      const start = cursor ? Number(cursor) : 0;
      const page = all.slice(start, start + limit);
      const complete = start + limit >= all.length;
      return {
        keys: page.map((name) => ({ name, metadata: entries.get(name)?.metadata ?? undefined })),
        list_complete: complete,
        ...(complete ? {} : { cursor: String(start + limit) }),
        cacheStatus: null,
      };
    },
  };
  return kv as unknown as KVNamespace;
}
