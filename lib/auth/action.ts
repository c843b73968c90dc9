// Every server action: `serverAction({ role }, fn)`. The session and the role are checked here,
// before the action runs (a server action is a POST anyone can send to a page); the declared
// access rides on the function, where lib/api/access.test.ts reads it. Server-only.
import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { AppError } from "@/lib/api/errors";
import { allows, type Role } from "@/lib/auth/roles";
import { currentSession, type SessionInfo } from "@/lib/auth/session";

export interface ActionAccess {
  /** The least role that may run it, or "public" for sign-in itself. */
  role: Role | "public";
}

export function serverAction<A extends unknown[], R>(
  access: ActionAccess,
  action: (session: SessionInfo | null, ...args: A) => Promise<R>,
): ((...args: A) => Promise<R>) & { access: ActionAccess } {
  const run = async (...args: A): Promise<R> => {
    if (access.role === "public") return action(null, ...args);
    const session = await currentSession(await cookies());
    if (!session) redirect("/login");
    if (!allows(session.role, access.role))
      throw new AppError("FORBIDDEN", `Your role (${session.role}) cannot do this; it needs ${access.role}.`);
    return action(session, ...args);
  };
  return Object.assign(run, { access });
}
