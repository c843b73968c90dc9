// Whether a session has been signed out, on its own or with all of its user's sessions. Asked on
// every request, so answers are kept in memory for a few seconds; a sign-out on this instance
// updates them at once. Server-only.
import "server-only";
import { db } from "@/lib/db/client";
import { isSessionRevoked, revokeAllSessions, revokeSession, sessionsValidAfter } from "@/lib/db/sessions";
import { log } from "@/lib/server/log";
import { singleton } from "@/lib/server/singleton";

const REMEMBER_MS = 5_000;

interface Remembered<T> {
  value: T;
  until: number;
}

const caches = () =>
  singleton("session-revocation", () => ({
    revoked: new Map<string, Remembered<boolean>>(),
    validAfter: new Map<string, Remembered<number>>(),
  }));

async function remembered<T>(map: Map<string, Remembered<T>>, key: string, load: () => Promise<T>): Promise<T> {
  const hit = map.get(key);
  if (hit && hit.until > Date.now()) return hit.value;
  const value = await load();
  if (map.size > 10_000) map.clear();
  map.set(key, { value, until: Date.now() + REMEMBER_MS });
  return value;
}

/**
 * True when the session `sessionId` of `user`, begun at `signedInAt` (ms), was signed out. A store
 * that does not answer does not sign anyone out: the photos keep working (logged).
 */
export async function sessionRevoked(sessionId: string, user: string, signedInAt: number): Promise<boolean> {
  const { revoked, validAfter } = caches();
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
  caches().revoked.set(sessionId, { value: true, until: expiresAt.getTime() });
  await revokeSession(await db(), sessionId, expiresAt);
}

export async function signOutEverywhere(user: string): Promise<void> {
  const now = new Date();
  caches().validAfter.set(user, { value: now.getTime(), until: Date.now() + REMEMBER_MS });
  await revokeAllSessions(await db(), user, now);
}
