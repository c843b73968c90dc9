// The sign-in limit: failed attempts counted per account and per client address in a sliding
// window. Server-only, used by lib/auth/next-auth.ts. In memory: one server process, and a restart
// forgetting failures is acceptable for this purpose.
import "server-only";
import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/api/errors";
import { singleton } from "@/lib/server/singleton";

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

// Five failed attempts a minute per account and per client address, shared by the sign-in form
// and the HTTP endpoint.
export const signInLimiter: RateLimiter = singleton("sign-in-limiter", () =>
  createRateLimiter({ max: 5, windowMs: 60_000 }),
);

/**
 * The client's address for rate limiting: the last X-Forwarded-For entry, which is the one the
 * nearest proxy saw (Next sets it to the socket's address when no proxy did). Without a proxy in
 * front a client can forge it, so the per-account limit is the one that always holds.
 */
export function clientAddress(headers: Headers): string {
  const entries = headers.get("x-forwarded-for")?.split(",") ?? [];
  return entries[entries.length - 1]?.trim() || headers.get("x-real-ip") || "unknown";
}

/** Keys a sign-in attempt is limited by. */
export function signInKeys(username: string, headers: Headers): string[] {
  return [`user:${username.trim().toLowerCase()}`, `ip:${clientAddress(headers)}`];
}

/**
 * Password sign-ins over HTTP answer 429 with Retry-After once an account or an address has
 * failed five times in a minute. (The sign-in page's form meets the same limiter inside
 * `authorize` and shows a message instead.)
 */
export function withSignInLimit(post: (req: Request) => Promise<Response>) {
  return async (req: Request): Promise<Response> => {
    if (new URL(req.url).pathname.endsWith("/callback/credentials")) {
      const form = await req
        .clone()
        .formData()
        .catch(() => null);
      const username = typeof form?.get("username") === "string" ? String(form.get("username")) : "";
      const wait = signInLimiter.retryAfter(signInKeys(username, req.headers));
      if (wait > 0) {
        const error = new AppError("RATE_LIMITED", "Too many failed sign-in attempts. Try again later.");
        return Response.json(error.toBody(randomUUID()), { status: 429, headers: { "retry-after": String(wait) } });
      }
    }
    return post(req);
  };
}
