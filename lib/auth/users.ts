// Who can be assigned a discrepancy: the AUTH_USERS names plus everyone who has signed in through
// single sign-on (recorded at sign-in). Server-only.
import "server-only";
import { AppError } from "@/lib/api/errors";
import type { Person, PersonEvent } from "@/lib/api/people";
import { db } from "@/lib/db/client";
import { iso } from "@/lib/db/rows";
import {
  isBlocked,
  mergeLegacyNames,
  people,
  peopleEvents,
  recordPersonEvent,
  recordSignIn,
  seenUsers,
  setBlocked,
} from "@/lib/db/users";
import { log } from "@/lib/server/log";
import type { Who } from "./oidc-profile";
import { signOutEverywhere } from "./revocation";
import type { Role } from "./roles";
import { authSettings } from "./settings";

export interface KnownUser {
  name: string;
  display_name: string;
}

export async function rememberSignIn(who: Who) {
  try {
    const store = await db();
    await recordSignIn(store, who);
    if (who.legacy?.length) {
      const merged = await mergeLegacyNames(store, who.name, who.legacy);
      if (merged.length) log("info", "single sign-on history joined", { user: who.name, from: merged });
    }
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

/** True when an admin has blocked `name`. A store that does not answer blocks no one (logged). */
export async function isPersonBlocked(name: string): Promise<boolean> {
  try {
    return await isBlocked(await db(), name);
  } catch (err) {
    log("warn", "could not check whether a user is blocked", { error: String(err) });
    return false;
  }
}

/** Everyone an admin manages: the AUTH_USERS names (signed in or not) and everyone who signed in. */
export async function everyone(): Promise<Person[]> {
  const settings = authSettings();
  const byName = new Map<string, Person>();
  for (const name of settings.users.keys())
    byName.set(name, {
      name,
      display_name: name,
      role: settings.roles.get(name) ?? null,
      provider: "password",
      last_seen_at: null,
      blocked: false,
      email: null,
      username: null,
    });
  for (const row of await people(await db())) {
    // A password user no longer in AUTH_USERS cannot sign in: left off.
    if (row.provider === "password" && !settings.users.has(row.name)) continue;
    const seen = row.lastSeenAt && row.role !== null;
    byName.set(row.name, {
      name: row.name,
      display_name: row.displayName,
      role: row.provider === "password" ? (settings.roles.get(row.name) ?? null) : (row.role as Role | null),
      provider: row.provider === "oidc" ? "oidc" : "password",
      last_seen_at: seen ? iso(row.lastSeenAt) : null,
      blocked: row.blocked,
      email: row.email,
      username: row.username,
    });
  }
  return [...byName.values()].sort((a, b) => a.display_name.localeCompare(b.display_name));
}

async function managed(name: string): Promise<Person> {
  const found = (await everyone()).find((p) => p.name === name);
  if (!found) throw new AppError("NOT_FOUND", "There is no such user.");
  return found;
}

/** An admin blocks or unblocks a person: a block also ends every session of theirs at once. */
export async function setPersonBlocked(actor: string, name: string, blocked: boolean): Promise<Person> {
  const target = await managed(name);
  if (name === actor && blocked) throw new AppError("INVALID_REQUEST", "You cannot block yourself.");
  await setBlocked(await db(), { name, blocked, actor, provider: target.provider });
  if (blocked) await signOutEverywhere(name);
  return { ...target, blocked };
}

/** An admin ends every session of a person, on every instance. */
export async function signPersonOut(actor: string, name: string): Promise<void> {
  await managed(name);
  await signOutEverywhere(name);
  await recordPersonEvent(await db(), { actor, kind: "user_signed_out", user: name });
}

/** What admins did to people, newest first. */
export async function personEvents(): Promise<PersonEvent[]> {
  return (await peopleEvents(await db())).map((e) => ({
    id: Number(e.id),
    at: iso(e.at),
    actor: e.actor,
    kind: e.kind,
    user: String((e.data as { user?: unknown }).user ?? ""),
  }));
}
