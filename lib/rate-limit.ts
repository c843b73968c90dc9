// Failed sign-in attempts, counted per key (account, client address) in a sliding window. In
// memory: one server process, and a restart forgetting failures is acceptable for this purpose.

export interface RateLimiter {
  /** Seconds to wait before another attempt is allowed, or 0 when allowed now. */
  retryAfter(keys: readonly string[], nowMs?: number): number;
  fail(keys: readonly string[], nowMs?: number): void;
  clear(key: string): void;
}

export function createRateLimiter({ max, windowMs }: { max: number; windowMs: number }): RateLimiter {
  const failures = new Map<string, number[]>();
  const recent = (key: string, now: number) => {
    const list = (failures.get(key) ?? []).filter((t) => now - t < windowMs);
    if (list.length) failures.set(key, list);
    else failures.delete(key);
    return list;
  };
  return {
    retryAfter(keys, now = Date.now()) {
      let wait = 0;
      for (const key of keys) {
        const list = recent(key, now);
        if (list.length >= max) wait = Math.max(wait, Math.ceil((list[list.length - max]! + windowMs - now) / 1000));
      }
      return wait;
    },
    fail(keys, now = Date.now()) {
      for (const key of keys) {
        const list = recent(key, now);
        list.push(now);
        failures.set(key, list);
      }
      if (failures.size > 10_000) for (const key of [...failures.keys()]) recent(key, now);
    },
    clear(key) {
      failures.delete(key);
    },
  };
}
