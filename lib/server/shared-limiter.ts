// Rate limiters that count across instances: in Redis when REDIS_URL is set, else in PostgreSQL
// when DATABASE_URL is set, else in this process's memory (one instance). While the shared store
// does not answer, a limiter counts in memory instead (the library's insurance), so sign-in keeps
// working on a Redis or database outage with per-instance limits. Server-only.
import "server-only";
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "@/lib/api/errors";
import { postgresLimiter } from "@/lib/db/rate-limits";
import { REDIS_PREFIX, redisClient } from "@/lib/server/redis";

export interface LimiterSpec {
  /** Distinguishes this limiter's keys from every other's. */
  name: string;
  points: number;
  /** Window in seconds. */
  duration: number;
}

export type LimiterFactory = (spec: LimiterSpec) => Promise<RateLimiterAbstract>;

export const memoryLimiter: LimiterFactory = async ({ points, duration }) =>
  new RateLimiterMemory({ points, duration });

export const sharedLimiter: LimiterFactory = async (spec) => {
  const insuranceLimiter = new RateLimiterMemory({ points: spec.points, duration: spec.duration });
  const client = redisClient();
  if (client)
    return new RateLimiterRedis({
      storeClient: client,
      useRedisPackage: true,
      rejectIfRedisNotReady: true,
      keyPrefix: `${REDIS_PREFIX}limit:${spec.name}`,
      points: spec.points,
      duration: spec.duration,
      insuranceLimiter,
    });
  const postgres = await postgresLimiter({
    keyPrefix: spec.name,
    points: spec.points,
    duration: spec.duration,
    insuranceLimiter,
  });
  return postgres ?? insuranceLimiter;
};

/** What a sign-in limit counts in, for the start-up line and /api/ready. */
export function limiterStore(env: Record<string, string | undefined> = process.env): "redis" | "postgres" | "memory" {
  if (env.REDIS_URL?.trim()) return "redis";
  if (env.DATABASE_URL?.trim()) return "postgres";
  return "memory";
}

/** Counts one point for `key`, or throws 429 RATE_LIMITED saying `message`, with Retry-After. */
export async function consumeOr429(limiter: Promise<RateLimiterAbstract>, key: string, message: string): Promise<void> {
  try {
    await (await limiter).consume(key);
  } catch (err) {
    if (!(err instanceof RateLimiterRes)) throw err;
    throw new AppError("RATE_LIMITED", message, { retryAfterSeconds: Math.max(1, Math.ceil(err.msBeforeNext / 1000)) });
  }
}
