import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PAGE_ROLES, pageRole } from "@/lib/auth/page-access";
import type { Access } from "./route";

// Who may call what, as one table: every route handler and server action with the least role it
// needs. A route added without an entry here, or with another role than the table says, fails.
// Public routes (no session) are named as such and must not go through apiRoute.
const ROUTES: Record<string, Access["role"] | "public"> = {
  "GET /api/discrepancies": "viewer",
  "GET /api/discrepancies.csv": "viewer",
  "GET /api/health": "public",
  "GET /api/links": "viewer",
  "DELETE /api/links/[linkId]": "reviewer",
  "GET /api/links/[linkId]/views": "viewer",
  "GET /api/me": "viewer",
  "GET /api/metrics": "public",
  "GET /api/photos/[fileId]": "viewer",
  "GET /api/photos/[fileId]/download": "viewer",
  "GET /api/ready": "public",
  "GET /api/shipments/[shipmentId]": "viewer",
  "GET /api/shipments/[shipmentId]/activity": "viewer",
  "GET /api/shipments/[shipmentId]/decisions": "viewer",
  "PATCH /api/shipments/[shipmentId]/decisions": "reviewer",
  "GET /api/shipments/[shipmentId]/evidence.zip": "viewer",
  "HEAD /api/shipments/[shipmentId]/evidence.zip": "viewer",
  "GET /api/shipments/[shipmentId]/links": "viewer",
  "POST /api/shipments/[shipmentId]/links": "reviewer",
  "GET /api/shipments/[shipmentId]/manifest.csv": "viewer",
  "HEAD /api/shipments/[shipmentId]/manifest.csv": "viewer",
  "GET /api/shipments/[shipmentId]/photos": "viewer",
  "GET /api/shipments/[shipmentId]/products": "viewer",
  "GET /api/shipments/[shipmentId]/report.pdf": "viewer",
  "HEAD /api/shipments/[shipmentId]/report.pdf": "viewer",
  "GET /api/scorecards": "viewer",
  "GET /api/scorecards.csv": "viewer",
  "GET /api/sync": "viewer",
  "POST /api/sync": "reviewer",
  "GET /api/users": "viewer",
  "PATCH /api/users/[name]": "admin",
  "POST /api/users/[name]/sign-out": "admin",
  // Auth.js's own routes: sign-in, sign-out, the session; public by nature.
  "GET /api/auth/[...nextauth]": "public",
  "POST /api/auth/[...nextauth]": "public",
  // The benchmark's floor: 404 unless BENCH_FLOOR=1, which production refuses.
  "GET /api/bench-floor/[shipmentId]": "public",
};

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
const APP = path.join(process.cwd(), "app");

const ACTIONS: Record<string, Access["role"] | "public"> = {
  "app/(auth)/login/actions.ts signInWithPassword": "public",
  "app/(auth)/login/actions.ts signInWithOidc": "public",
  "app/(dashboard)/actions.ts signOutAction": "viewer",
  "app/(dashboard)/actions.ts signOutEverywhereAction": "viewer",
};

function filesNamed(dir: string, wanted: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return filesNamed(full, wanted);
    return name === wanted ? [full] : [];
  });
}

describe("who may call what", () => {
  it("every server action declares the role the table gives it", async () => {
    const found: Record<string, string> = {};
    for (const file of filesNamed(APP, "actions.ts")) {
      const mod = (await import(file)) as Record<string, { access?: { role: string } }>;
      for (const [name, fn] of Object.entries(mod))
        found[`${path.relative(process.cwd(), file).split(path.sep).join("/")} ${name}`] = fn.access?.role ?? "none";
    }
    expect(found).toEqual(ACTIONS);
  }, 60_000);

  it("every page has a row in the proxy's table of page roles", () => {
    const pages = filesNamed(APP, "page.tsx").map((file) => {
      const route = path
        .relative(APP, path.dirname(file))
        .split(path.sep)
        .filter((segment) => !/^\(.*\)$/.test(segment))
        .join("/");
      return `/${route}`;
    });
    expect(pages.sort()).toEqual(PAGE_ROLES.map((p) => p.page).sort());
    expect(pageRole("/users")).toBe("admin");
    expect(pageRole("/shipments/1RT823V93")).toBe("viewer");
    expect(pageRole("/login")).toBe("public");
  });

  it("every route handler declares the role the table gives it, and the table names no route that is gone", async () => {
    const found: Record<string, string> = {};
    for (const file of filesNamed(path.join(APP, "api"), "route.ts")) {
      const route = `/${path.relative(APP, path.dirname(file)).split(path.sep).join("/")}`;
      const mod = (await import(file)) as Record<string, unknown>;
      for (const method of METHODS) {
        const handler = mod[method] as { access?: Access } | undefined;
        if (!handler) continue;
        found[`${method} ${route}`] = handler.access?.role ?? "public";
      }
    }
    expect(found).toEqual(ROUTES);
  }, 60_000);
});
