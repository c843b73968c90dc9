// Revoked sessions and "sign out everywhere", for the session check. Server-only.
import "server-only";
import { eq, lt, sql } from "drizzle-orm";
import type { Db } from "./client";
import { revokedSessions, users } from "./schema";

export async function revokeSession(db: Db, sessionId: string, expiresAt: Date): Promise<void> {
  await db.insert(revokedSessions).values({ sessionId, expiresAt }).onConflictDoNothing();
  // Expired revocations are no longer needed: the token itself has expired.
  await db.delete(revokedSessions).where(lt(revokedSessions.expiresAt, new Date()));
}

export async function isSessionRevoked(db: Db, sessionId: string): Promise<boolean> {
  const rows = await db
    .select({ id: revokedSessions.sessionId })
    .from(revokedSessions)
    .where(eq(revokedSessions.sessionId, sessionId));
  return rows.length > 0;
}

/** Every session of `name` that began before now is refused from now on. */
export async function revokeAllSessions(db: Db, name: string, at = new Date()): Promise<void> {
  await db
    .insert(users)
    .values({ name, displayName: name, provider: "password", sessionsValidAfter: at })
    .onConflictDoUpdate({ target: users.name, set: { sessionsValidAfter: sql`excluded.sessions_valid_after` } });
}

export async function sessionsValidAfter(db: Db, name: string): Promise<Date | null> {
  const rows = await db.select({ after: users.sessionsValidAfter }).from(users).where(eq(users.name, name));
  return rows[0]?.after ?? null;
}
