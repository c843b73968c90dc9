"use server";

import { serverAction } from "@/lib/auth/action";
import { signOut } from "@/lib/auth/next-auth";
import { signOutEverywhere, signOutSession } from "@/lib/auth/revocation";

// The header's buttons. Signing out revokes this session in the store, so a copy of the cookie
// stops working too; signing out everywhere ends every session the user began before now.

export const signOutAction = serverAction({ role: "viewer" }, async (session) => {
  if (session) await signOutSession(session.sessionId, new Date(session.expiresAt));
  await signOut({ redirectTo: "/login" });
});

export const signOutEverywhereAction = serverAction({ role: "viewer" }, async (session) => {
  if (session) await signOutEverywhere(session.user);
  await signOut({ redirectTo: "/login" });
});
