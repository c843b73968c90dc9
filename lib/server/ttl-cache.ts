// A small in-memory cache with single-flight: concurrent callers for one key share one promise,
// and a failed load is forgotten at once so the next caller tries again. `keep` decides whether a
// loaded value may be served (again) at a given moment.

import "server-only";
import { metrics } from "@/lib/server/metrics.mjs";

export interface TtlCache<V> {
  get(key: string, load: () => Promise<V>): Promise<V>;
  clear(): void;
}

interface Options<V> {
  /** Counted under this name in spr_cache_requests_total (hit, or miss when `load` runs). */
  name?: string;
  ttlMs: number;
  maxEntries?: number;
  /** False: serve this value to its waiting callers only, never from the cache. */
  keep?: (value: V, nowMs: number) => boolean;
}

export function createTtlCache<V>({ name, ttlMs, maxEntries = 500, keep = () => true }: Options<V>): TtlCache<V> {
  const count = (result: "hit" | "miss") => {
    if (name) metrics().cache.inc({ cache: name, result });
  };
  const entries = new Map<string, { expires: number; value: Promise<V>; settled?: { value: V } }>();
  return {
    get(key, load) {
      const now = Date.now();
      const hit = entries.get(key);
      if (hit && hit.expires > now && (!hit.settled || keep(hit.settled.value, now))) {
        count("hit");
        return hit.value;
      }
      count("miss");
      const value = load();
      const entry: { expires: number; value: Promise<V>; settled?: { value: V } } = { expires: now + ttlMs, value };
      entries.set(key, entry);
      value.then(
        (v) => {
          entry.settled = { value: v };
          if (!keep(v, Date.now()) && entries.get(key) === entry) entries.delete(key);
        },
        () => {
          if (entries.get(key) === entry) entries.delete(key);
        },
      );
      if (entries.size > maxEntries) {
        for (const [k, e] of entries) if (e.expires <= now || entries.size > maxEntries) entries.delete(k);
      }
      return value;
    },
    clear: () => entries.clear(),
  };
}
