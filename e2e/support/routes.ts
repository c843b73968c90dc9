import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

// Every page and API route under app/, read from the file system so a new route cannot be
// forgotten by the access tests.

export interface AppRoute {
  kind: "page" | "api";
  file: string;
  /** A concrete path with sample values for dynamic segments. */
  path: string;
  methods: string[];
}

const SAMPLES: Record<string, string> = {
  shipmentId: "1RT823V93",
  fileId: "00000000-0000-4000-8000-000000000000",
};

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

export function appRoutes(root = "app"): AppRoute[] {
  const routes: AppRoute[] = [];
  for (const file of walk(root)) {
    const name = file.split(sep).pop()!;
    if (name !== "page.tsx" && name !== "route.ts") continue;
    const segments = relative(root, file)
      .split(sep)
      .slice(0, -1)
      .filter((s) => !/^\(.*\)$/.test(s))
      .map((s) => {
        const dynamic = /^\[(\.\.\.)?(\w+)\]$/.exec(s);
        if (!dynamic) return s;
        return dynamic[1] ? "session" : (SAMPLES[dynamic[2]!] ?? "sample");
      });
    const source = readFileSync(file, "utf8");
    const methods =
      name === "page.tsx"
        ? ["GET"]
        : [
            ...source.matchAll(
              /export (?:async )?(?:function|const) (GET|POST|PUT|PATCH|DELETE)\b|export (?:const )?\{ ([A-Z, ]+) \}/g,
            ),
          ]
            .flatMap((m) => (m[1] ? [m[1]] : m[2]!.split(",").map((x) => x.trim())))
            .filter(Boolean);
    routes.push({ kind: name === "page.tsx" ? "page" : "api", file, path: `/${segments.join("/")}`, methods });
  }
  return routes;
}

/** Reachable without a session, by design. */
export const PUBLIC = [
  /^\/login$/,
  // Where Auth.js's own sign-out leads: says the session has ended, shows nothing else.
  /^\/signed-out$/,
  /^\/api\/auth\//,
  /^\/api\/(health|ready)$/,
  // Guarded by METRICS_TOKEN (404 without it); the benchmark's bare route (404 without BENCH_FLOOR=1).
  /^\/api\/metrics$/,
  /^\/api\/bench-floor\//,
  // Evidence links: the token is the key (a token of the wrong shape or unknown is 404), and the
  // page that says a link is gone.
  /^\/s\//,
  /^\/link-gone$/,
];
