// Whether a session has been signed out, on its own or with all of its user's sessions. The
// database holds every sign-out; it is asked on every request, so answers are kept in memory for a
// moment. A sign-out updates this instance's memory at once and, with Redis, every other
// instance's too (a broadcast on a channel). Without Redis, an instance on a shared PostgreSQL
// database remembers answers for one second, so a sign-out elsewhere holds within that second;
// alone on the embedded database nothing else can sign anyone out, so it remembers for five.
// Server-only.
import "server-only";
import { db } from "@/lib/db/client";
import { isSessionRevoked, revokeAllSessions, revokeSession, sessionsValidAfter } from "@/lib/db/sessions";
import { log } from "@/lib/server/log";
import { publish, redisConfigured, subscribe } from "@/lib/server/redis";
import { singleton } from "@/lib/server/singleton";

const CHANNEL = "sign-out";
const SHARED_DATABASE_MS = 1_000;
const ALONE_MS = 5_000;

function rememberMs(): number {
  return process.env.DATABASE_URL && !redisConfigured() ? SHARED_DATABASE_MS : ALONE_MS;
}

type Broadcast = { session: string; until: number } | { user: string; at: number };

interface Remembered<T> {
  value: T;
  until: number;
}

const caches = () =>
  singleton("session-revocation", () => ({
    revoked: new Map<string, Remembered<boolean>>(),
    validAfter: new Map<string, Remembered<number>>(),
    listening: false,
  }));

function apply(message: Broadcast): void {
  const c = caches();
  if ("session" in message) c.revoked.set(message.session, { value: true, until: message.until });
  else c.validAfter.set(message.user, { value: message.at, until: Date.now() + rememberMs() });
}

/** With Redis: hear every instance's sign-outs (once per process; retried while Redis is away). */
async function listen(): Promise<void> {
  const c = caches();
  if (c.listening || !redisConfigured()) return;
  c.listening = true;
  try {
    const ok = await subscribe(CHANNEL, (raw) => {
      try {
        const message = JSON.parse(raw) as Broadcast;
        if (typeof message === "object" && message !== null) apply(message);
      } catch {}
    });
    if (!ok) c.listening = false;
  } catch {
    c.listening = false;
  }
}

async function remembered<T>(map: Map<string, Remembered<T>>, key: string, load: () => Promise<T>): Promise<T> {
  const hit = map.get(key);
  if (hit && hit.until > Date.now()) return hit.value;
  const value = await load();
  if (map.size > 10_000) map.clear();
  // A sign-out heard while this was loading wins over what was read before it.
  const now = map.get(key);
  if (now && now !== hit && now.until > Date.now()) return now.value;
  map.set(key, { value, until: Date.now() + rememberMs() });
  return value;
}

/**
 * True when the session `sessionId` of `user`, begun at `signedInAt` (ms), was signed out. A store
 * that does not answer does not sign anyone out: the photos keep working (logged).
 */
export async function sessionRevoked(sessionId: string, user: string, signedInAt: number): Promise<boolean> {
  const { revoked, validAfter } = caches();
  void listen();
  try {
    const store = await db();
    const [gone, after] = await Promise.all([
      remembered(revoked, sessionId, () => isSessionRevoked(store, sessionId)),
      remembered(validAfter, user, async () => (await sessionsValidAfter(store, user))?.getTime() ?? 0),
    ]);
    return gone || signedInAt < after;
  } catch (err) {
    log("warn", "session revocation check failed", { error: String(err) });
    return false;
  }
}

export async function signOutSession(sessionId: string, expiresAt: Date): Promise<void> {
  const message: Broadcast = { session: sessionId, until: expiresAt.getTime() };
  apply(message);
  await revokeSession(await db(), sessionId, expiresAt);
  await publish(CHANNEL, JSON.stringify(message));
}

export async function signOutEverywhere(user: string): Promise<void> {
  const message: Broadcast = { user, at: Date.now() };
  apply(message);
  await revokeAllSessions(await db(), user, new Date(message.at));
  await publish(CHANNEL, JSON.stringify(message));
}
