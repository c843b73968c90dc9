// People: who has signed in (name, how, role, last seen), who is blocked, and the admin's actions
// on them, each an event in the audit trail. Server-only.
import "server-only";
import { and, asc, desc, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { Role } from "@/lib/auth/roles";
import type { Db } from "./client";
import { decisions, events, users } from "./schema";

export interface SignIn {
  name: string;
  displayName: string;
  provider: "password" | "oidc";
  role: Role;
  email?: string | null;
  username?: string | null;
}

export async function recordSignIn(db: Db, user: SignIn): Promise<void> {
  const values = {
    name: user.name,
    displayName: user.displayName,
    provider: user.provider,
    role: user.role,
    email: user.email ?? null,
    username: user.username ?? null,
  };
  await db
    .insert(users)
    .values(values)
    .onConflictDoUpdate({
      target: users.name,
      set: {
        displayName: values.displayName,
        provider: values.provider,
        role: values.role,
        email: values.email,
        username: values.username,
        lastSeenAt: sql`now()`,
      },
    });
}

/** Everyone who has signed in, for the assignee list (names merged into another are left out). */
export async function seenUsers(db: Db): Promise<{ name: string; displayName: string }[]> {
  return db
    .select({ name: users.name, displayName: users.displayName })
    .from(users)
    .where(isNull(users.mergedInto))
    .orderBy(asc(users.name));
}

export type PersonRow = typeof users.$inferSelect;

/** Everyone with a row (signed in, or acted on by an admin), for the people page. */
export async function people(db: Db): Promise<PersonRow[]> {
  return db.select().from(users).where(isNull(users.mergedInto)).orderBy(asc(users.name));
}

export async function person(db: Db, name: string): Promise<PersonRow | null> {
  return (await db.select().from(users).where(eq(users.name, name)))[0] ?? null;
}

export async function isBlocked(db: Db, name: string): Promise<boolean> {
  const rows = await db.select({ blocked: users.blocked }).from(users).where(eq(users.name, name));
  return rows[0]?.blocked === true;
}

/**
 * Blocks or unblocks `name` (a row is made for a password user who never signed in), with its
 * event, in one transaction. Nothing changes, and no event is written, when it already was so.
 */
export async function setBlocked(
  db: Db,
  input: { name: string; blocked: boolean; actor: string; provider: "password" | "oidc" },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx
      .insert(users)
      .values({ name: input.name, displayName: input.name, provider: input.provider })
      .onConflictDoNothing();
    const changed = await tx
      .update(users)
      .set({ blocked: input.blocked })
      .where(and(eq(users.name, input.name), ne(users.blocked, input.blocked)))
      .returning({ name: users.name });
    if (changed.length === 0) return false;
    await tx.insert(events).values({
      actor: input.actor,
      kind: input.blocked ? "user_blocked" : "user_unblocked",
      data: { user: input.name },
    });
    return true;
  });
}

/** Records an admin's action on a person that changes no row of theirs (a sign-out everywhere). */
export async function recordPersonEvent(db: Db, input: { actor: string; kind: string; user: string }): Promise<void> {
  await db.insert(events).values({ actor: input.actor, kind: input.kind, data: { user: input.user } });
}

export const PEOPLE_EVENT_KINDS = ["user_blocked", "user_unblocked", "user_signed_out"] as const;

/** The admins' actions on people, newest first. */
export async function peopleEvents(db: Db, limit = 100) {
  return db
    .select()
    .from(events)
    .where(inArray(events.kind, [...PEOPLE_EVENT_KINDS]))
    .orderBy(desc(events.id))
    .limit(limit);
}

/**
 * Joins the history of a single sign-on user's old names (see legacyNames in
 * lib/auth/oidc-claims.ts) to their `oidc:<sub>` name: the old rows point to the new name and
 * leave the assignee list, and their open assignments follow. Events keep the old name (they are
 * append-only); the old row keeps its display name for them. Only rows made by single sign-on.
 */
export async function mergeLegacyNames(db: Db, name: string, legacy: string[]): Promise<string[]> {
  if (legacy.length === 0) return [];
  return db.transaction(async (tx) => {
    const merged = await tx
      .update(users)
      .set({ mergedInto: name })
      .where(
        and(inArray(users.name, legacy), eq(users.provider, "oidc"), isNull(users.mergedInto), ne(users.name, name)),
      )
      .returning({ name: users.name });
    const old = merged.map((m) => m.name);
    if (old.length) await tx.update(decisions).set({ assignee: name }).where(inArray(decisions.assignee, old));
    return old;
  });
}
