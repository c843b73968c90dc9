// Which role each page needs, in one table the proxy (proxy.ts) checks before a page renders; a
// page added without a row here fails lib/api/access.test.ts. Shared and pure.
import type { Role } from "@/lib/auth/roles";

export const PAGE_ROLES: readonly { page: string; pattern: RegExp; role: Role | "public" }[] = [
  { page: "/login", pattern: /^\/login$/, role: "public" },
  { page: "/signed-out", pattern: /^\/signed-out$/, role: "public" },
  { page: "/", pattern: /^\/$/, role: "viewer" },
  { page: "/shipments/[shipmentId]", pattern: /^\/shipments\/[^/]+$/, role: "viewer" },
  { page: "/users", pattern: /^\/users$/, role: "admin" },
  { page: "/forbidden", pattern: /^\/forbidden$/, role: "viewer" },
  { page: "/links", pattern: /^\/links$/, role: "viewer" },
  { page: "/scorecards", pattern: /^\/scorecards$/, role: "viewer" },
  // Evidence links: no account; the link itself is checked (lib/links/state.ts).
  { page: "/s/[token]", pattern: /^\/s\/[^/]+$/, role: "public" },
  { page: "/link-gone", pattern: /^\/link-gone$/, role: "public" },
];

/** The role a path's page needs; a path no page has needs a viewer (it will be a 404). */
export function pageRole(pathname: string): Role | "public" {
  return PAGE_ROLES.find((p) => p.pattern.test(pathname))?.role ?? "viewer";
}
