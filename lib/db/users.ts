// Users the store has seen sign in, for the assignee list. Server-only.
import "server-only";
import { asc, sql } from "drizzle-orm";
import type { Db } from "./client";
import { users } from "./schema";

export async function recordSignIn(
  db: Db,
  user: { name: string; displayName: string; provider: "password" | "oidc" },
): Promise<void> {
  await db
    .insert(users)
    .values(user)
    .onConflictDoUpdate({
      target: users.name,
      set: { displayName: user.displayName, provider: user.provider, lastSeenAt: sql`now()` },
    });
}

export async function seenUsers(db: Db): Promise<{ name: string; displayName: string }[]> {
  return db.select({ name: users.name, displayName: users.displayName }).from(users).orderBy(asc(users.name));
}
