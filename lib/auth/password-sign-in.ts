// Password sign-in through the password guard (./password-guard.ts), for both ways in: the
// sign-in page's form (a server action calling next-auth's signIn) and a POST to
// /api/auth/callback/credentials. Server-only, used by lib/auth/next-auth.ts.
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { AppError } from "@/lib/api/errors";
import { verifyPassword } from "@/lib/auth/password";
import { type GuardOutcome, signInGuard } from "@/lib/auth/password-guard";
import { clientAddress } from "@/lib/server/client-address";
import { log } from "@/lib/server/log";
import { metrics } from "@/lib/server/metrics.mjs";
import { singleton } from "@/lib/server/singleton";

// A real hash of a random password, so an unknown user costs the same time as a wrong password.
const DUMMY_HASH = "scrypt.15.AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

// What the guard said about the request being handled, for the HTTP wrapper below: next-auth
// turns a refusal into a redirect, and the wrapper turns that into a 429 with Retry-After.
const refusal = new AsyncLocalStorage<{ retryAfter?: number }>();

// A refusal is answered after a second, not at once: a client that retries as soon as it hears
// back then gets one attempt a second per connection instead of hundreds, which would otherwise
// keep the server busy answering 429s. At most this many answers wait at a time.
const REFUSAL_DELAY_MS = 1000;
const MAX_HELD = 256;
// Process-wide (every route bundle's copy of this module counts the same answers).
const refusals = () => singleton("sign-in-refusals-held", () => ({ held: 0 }));
async function holdRefusal(): Promise<void> {
  const r = refusals();
  if (r.held >= MAX_HELD) return;
  r.held++;
  try {
    await sleep(REFUSAL_DELAY_MS);
  } finally {
    r.held--;
  }
}

/**
 * Checks a password for `username` (whose stored hash is `hash`, or undefined for no such user)
 * through the guard. True on success; false on a wrong password; "limited" when refused.
 */
export async function checkPassword(
  username: string,
  password: string,
  hash: string | undefined,
  headers: Headers,
): Promise<true | false | "limited"> {
  const address = clientAddress(headers);
  const outcome: GuardOutcome = await signInGuard.attempt(
    { account: username, address, known: hash !== undefined },
    () => verifyPassword(password, hash ?? DUMMY_HASH),
  );
  if (outcome.ok) return true;
  // One line per refused or failed attempt; never the password.
  log("warn", "sign-in failed", { user: username.slice(0, 128), address, refused: outcome.refused ?? "password" });
  metrics().signInRefused.inc({ reason: outcome.refused ?? "password" });
  if (outcome.refused === null) return false;
  await holdRefusal();
  const store = refusal.getStore();
  if (store) store.retryAfter = outcome.retryAfter;
  return "limited";
}

/**
 * Password sign-ins over HTTP answer 429 with Retry-After when the guard refused them. (The
 * sign-in page's form meets the same guard inside `authorize` and shows a message instead.)
 */
export function withSignInLimit(post: (req: Request) => Promise<Response>) {
  return (req: Request): Promise<Response> => {
    if (!new URL(req.url).pathname.endsWith("/callback/credentials")) return post(req);
    const context: { retryAfter?: number } = {};
    return refusal.run(context, async () => {
      const res = await post(req);
      if (context.retryAfter === undefined) return res;
      const error = new AppError("RATE_LIMITED", "Too many sign-in attempts. Try again later.");
      return Response.json(error.toBody(randomUUID()), {
        status: 429,
        headers: { "retry-after": String(context.retryAfter) },
      });
    });
  };
}
