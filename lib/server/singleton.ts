// Process-wide state (caches, limiters, the database client). Server-only; import from lib/ only.
import "server-only";

const PREFIX = "shipment-photo-review.";

/**
 * One value per process, created on first use. It must live on `globalThis`: Next bundles every
 * route handler and page separately, each with its own copy of a module, so a module-level
 * variable would give each bundle its own cache, limiter or connection pool.
 */
export function singleton<T>(name: string, create: () => T): T {
  const key = Symbol.for(PREFIX + name);
  const store = globalThis as unknown as Record<symbol, T | undefined>;
  const existing = store[key];
  if (existing !== undefined) return existing;
  const value = create();
  store[key] = value;
  return value;
}
