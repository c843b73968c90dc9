// The people page's contract: what GET /api/users answers an admin, and the paths of the admin's
// actions. Shared: the server's lib/auth/users.ts builds these shapes, the page reads them.
import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/fetcher";
import { apiPaths } from "@/lib/api/paths";
import type { Role } from "@/lib/auth/roles";

export interface Person {
  name: string;
  display_name: string;
  /** Password users: from AUTH_USERS; single sign-on: the role of their latest sign-in (null before one). */
  role: Role | null;
  provider: "password" | "oidc";
  last_seen_at: string | null;
  blocked: boolean;
  /** Single sign-on: the e-mail the provider verified, and `preferred_username`; shown, never trusted. */
  email: string | null;
  username: string | null;
}

export interface PersonEvent {
  id: number;
  at: string;
  actor: string;
  kind: "user_blocked" | "user_unblocked" | "user_signed_out" | (string & {});
  user: string;
}

/** `GET /api/users` as an admin gets it. */
export interface PeopleAnswer {
  me: string;
  users: Person[];
  events: PersonEvent[];
}

export const peopleQuery = () =>
  queryOptions({
    queryKey: ["users", "admin"] as const,
    queryFn: ({ signal }) => fetchJson<PeopleAnswer>(apiPaths.users(), { signal }),
  });

/** Ends every session of `name` now, on every instance. */
export const signPersonOut = (name: string) =>
  fetchJson<{ name: string; signed_out_at: string }>(`${apiPaths.person(name)}/sign-out`, { method: "POST" });

export const setBlocked = (name: string, blocked: boolean) =>
  fetchJson<Person>(apiPaths.person(name), {
    method: "PATCH",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ blocked }),
  });
