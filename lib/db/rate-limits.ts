// Counts for rate-limiter-flexible kept in PostgreSQL (the `rate_limits` table, made by our
// migrations), so every instance on one database counts together when there is no Redis.
// Server-only.
import "server-only";
import { type RateLimiterAbstract, RateLimiterPostgres } from "rate-limiter-flexible";
import { store } from "./client";

/**
 * A limiter counting in the shared PostgreSQL database; null on the embedded database (one
 * process: memory is as good) or when the database cannot be opened now.
 */
export async function postgresLimiter(options: {
  keyPrefix: string;
  points: number;
  duration: number;
  /** Counts while the database does not answer. */
  insuranceLimiter?: RateLimiterAbstract;
}): Promise<RateLimiterPostgres | null> {
  const opened = await store().catch(() => null);
  if (!opened?.pool) return null;
  return new RateLimiterPostgres({
    ...options,
    storeClient: opened.pool,
    storeType: "pool",
    tableName: "rate_limits",
    tableCreated: true,
    // Our own clean-up would need a job; the library's drops rows an hour past their expiry.
    clearExpiredByTimeout: true,
  });
}
