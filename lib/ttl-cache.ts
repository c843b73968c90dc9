// A small in-memory cache with single-flight: concurrent callers for one key share one promise,
// and a failed load is forgotten at once so the next caller tries again.

export interface TtlCache<V> {
  get(key: string, load: () => Promise<V>): Promise<V>;
  clear(): void;
}

export function createTtlCache<V>({ ttlMs, maxEntries = 500 }: { ttlMs: number; maxEntries?: number }): TtlCache<V> {
  const entries = new Map<string, { expires: number; value: Promise<V> }>();
  return {
    get(key, load) {
      const now = Date.now();
      const hit = entries.get(key);
      if (hit && hit.expires > now) return hit.value;
      const value = load();
      entries.set(key, { expires: now + ttlMs, value });
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      if (entries.size > maxEntries) {
        for (const [k, e] of entries) if (e.expires <= now || entries.size > maxEntries) entries.delete(k);
      }
      return value;
    },
    clear: () => entries.clear(),
  };
}
