import "server-only";
import { availableParallelism } from "node:os";
import PQueue from "p-queue";
import { RateLimiterRes } from "rate-limiter-flexible";
import { type LimiterFactory, memoryLimiter, sharedLimiter } from "@/lib/server/shared-limiter";
import { singleton } from "@/lib/server/singleton";

// The password guard: whether a password check may run now. Every check passes it, because a check is expensive on purpose (scrypt on
// Node's small thread pool) and a flood of them would starve everyone else.
//
// In order, an attempt is refused (429 with Retry-After) when:
// 1. another check for the same account or address is still running (one in flight per key);
// 2. the failure budget for the whole server is spent and the account does not exist;
// 3. the account or the address has used its five attempts in the window. The attempt is counted
//    *before* the hash runs, so a burst cannot slip past the limit; a success gives it back;
// 4. the password-check queue is full: one per two cores runs at a time and only a few wait. Checks for accounts
//    that exist go first and may wait longer, so staff can sign in while strangers flood the form.
//    (Under a flood that ordering tells whether a username exists; the per-account limit keeps
//    that from helping anyone guess its password.)
//
// The counts (3 and the budget in 2) are shared by every instance (Redis, else PostgreSQL; see
// lib/server/shared-limiter.ts). The in-flight claims and the queue stay per instance: they guard
// this process's own CPU.

export type GuardRefusal = "in_flight" | "budget" | "account" | "address" | "busy";

export type GuardOutcome =
  | { ok: true }
  | { ok: false; refused: null }
  | { ok: false; refused: GuardRefusal; retryAfter: number };

export interface SignInAttempt {
  /** The username as typed (compared without case and surrounding space). */
  account: string;
  /** The client's address as trusted proxies report it, or null when none is trusted. */
  address: string | null;
  /** Whether the account exists: its checks go first. */
  known: boolean;
}

export interface GuardOptions {
  attemptsPerKey: number;
  windowSeconds: number;
  failuresPerMinute: number;
  running: number;
  waiting: number;
  waitingKnown: number;
}

export const DEFAULT_GUARD_OPTIONS: GuardOptions = {
  attemptsPerKey: 5,
  windowSeconds: 60,
  failuresPerMinute: 100,
  // Half the cores hash passwords at most; the rest serve everyone else.
  running: Math.max(1, Math.floor(availableParallelism() / 2)),
  waiting: 4,
  waitingKnown: 16,
};

export interface SignInGuard {
  /** Runs `check` (the password comparison) unless the attempt is refused first. */
  attempt(attempt: SignInAttempt, check: () => Promise<boolean>): Promise<GuardOutcome>;
  /** How many checks run and wait right now. */
  load(): { running: number; waiting: number };
}

const GLOBAL = "all";
const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

export function createSignInGuard(
  options: GuardOptions = DEFAULT_GUARD_OPTIONS,
  makeLimiter: LimiterFactory = memoryLimiter,
): SignInGuard {
  let limiters: ReturnType<typeof openLimiters> | null = null;
  const openLimiters = async () => ({
    perKey: await makeLimiter({ name: "sign-in", points: options.attemptsPerKey, duration: options.windowSeconds }),
    failures: await makeLimiter({ name: "sign-in-failures", points: options.failuresPerMinute, duration: 60 }),
  });
  const queue = new PQueue({ concurrency: options.running });
  const inFlight = new Set<string>();

  const roomFor = (known: boolean) => queue.size < (known ? options.waitingKnown : options.waiting);

  return {
    async attempt({ account, address, known }, check) {
      const keys = [`account:${account.trim().toLowerCase()}`];
      if (address) keys.push(`address:${address}`);

      // Claimed before anything awaits, so two attempts cannot both see the key free.
      if (keys.some((key) => inFlight.has(key))) return { ok: false, refused: "in_flight", retryAfter: 1 };
      for (const key of keys) inFlight.add(key);
      try {
        limiters ??= openLimiters();
        const { perKey, failures } = await limiters;
        if (!known) {
          const spent = await failures.get(GLOBAL);
          if (spent && spent.consumedPoints >= options.failuresPerMinute)
            return { ok: false, refused: "budget", retryAfter: seconds(spent.msBeforeNext) };
        }
        if (!roomFor(known)) return { ok: false, refused: "busy", retryAfter: 1 };

        // Reserve before hashing: every key takes its point now, or none keeps one.
        const taken: string[] = [];
        for (const key of keys) {
          try {
            await perKey.consume(key);
            taken.push(key);
          } catch (err) {
            if (!(err instanceof RateLimiterRes)) throw err;
            await perKey.reward(key);
            for (const done of taken) await perKey.reward(done);
            const refused = key.startsWith("account:") ? "account" : "address";
            return { ok: false, refused, retryAfter: seconds(err.msBeforeNext) };
          }
        }
        // The reservation awaited: look again, then queue in the same step.
        if (!roomFor(known)) {
          for (const key of taken) await perKey.reward(key);
          return { ok: false, refused: "busy", retryAfter: 1 };
        }
        const ok = (await queue.add(check, { priority: known ? 1 : 0 })) === true;
        if (ok) {
          // A success clears the account's failures and gives the address its point back.
          await perKey.delete(keys[0]!);
          if (keys[1]) await perKey.reward(keys[1]);
          return { ok: true };
        }
        await failures.penalty(GLOBAL);
        return { ok: false, refused: null };
      } finally {
        for (const key of keys) inFlight.delete(key);
      }
    },
    load: () => ({ running: queue.pending, waiting: queue.size }),
  };
}

export const signInGuard: SignInGuard = singleton("sign-in-guard", () =>
  createSignInGuard(DEFAULT_GUARD_OPTIONS, sharedLimiter),
);
