"use client";
// The signed-in user's role, for leaving out what it cannot do (a viewer sees decisions, not
// Decide); and whether e-mail is set up, for leaving out Send. Only for the page's shape: the server refuses what a role may not do (lib/api/route.ts).
import { createContext, useContext } from "react";
import { allows, type Role } from "@/lib/auth/roles";

const RoleContext = createContext<Role>("viewer");

export function RoleProvider({ role, children }: { role: Role; children: React.ReactNode }) {
  return <RoleContext.Provider value={role}>{children}</RoleContext.Provider>;
}

/** True when the signed-in user's role allows what `needed` may do. */
export function useCan(needed: Role): boolean {
  return allows(useContext(RoleContext), needed);
}

const MailContext = createContext(false);

/** Whether this dashboard can send e-mail (SMTP_URL is set): the Share dialog offers it only then. */
export function MailProvider({ enabled, children }: { enabled: boolean; children: React.ReactNode }) {
  return <MailContext.Provider value={enabled}>{children}</MailContext.Provider>;
}

export const useMailEnabled = () => useContext(MailContext);
