// Who can be assigned a discrepancy: the AUTH_USERS names plus everyone who has signed in through
// single sign-on (recorded at sign-in). Server-only.
import "server-only";
import { db } from "@/lib/db/client";
import { recordSignIn, seenUsers } from "@/lib/db/users";
import { log } from "@/lib/server/log";
import { authSettings } from "./settings";

export interface KnownUser {
  name: string;
  display_name: string;
}

export async function rememberSignIn(user: { name: string; displayName: string; provider: "password" | "oidc" }) {
  try {
    await recordSignIn(await db(), user);
  } catch (err) {
    // Signing in must not depend on the store; the user is recorded at their next sign-in.
    log("warn", "could not record a sign-in", { error: String(err) });
  }
}

export async function knownUsers(): Promise<KnownUser[]> {
  const byName = new Map<string, KnownUser>();
  for (const name of authSettings().users.keys()) byName.set(name, { name, display_name: name });
  for (const u of await seenUsers(await db())) byName.set(u.name, { name: u.name, display_name: u.displayName });
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export async function isKnownUser(name: string): Promise<boolean> {
  return (await knownUsers()).some((u) => u.name === name);
}
