import "server-only";
import { authProblem } from "@/lib/auth/settings";
import { parseMailSettings } from "@/lib/mail/settings";
import { parseTrustedProxyHops } from "@/lib/server/client-address";
import { parseSitooConfig } from "@/lib/sitoo/config";
import { parseSyncSettings } from "@/lib/sync/settings";

/** The first reason this environment cannot serve the dashboard, or null. */
export function startupProblem(env: Record<string, string | undefined>): string | null {
  const auth = authProblem(env);
  if (auth) return auth;
  try {
    parseSitooConfig(env);
    parseTrustedProxyHops(env.TRUSTED_PROXY_HOPS);
    parseSyncSettings(env);
    parseMailSettings(env);
  } catch (err) {
    return (err as Error).message;
  }
  // The browser may load images only from these origins: in production they are named, never
  // the default that trusts every CloudFront distribution.
  if (env.NODE_ENV === "production" && !env.SITOO_MEDIA_CDN_ORIGINS?.trim())
    return "SITOO_MEDIA_CDN_ORIGINS is not set: list the origins Sitoo's signed image URLs come from (e.g. https://d111111abcdef8.cloudfront.net)";
  // Switches that only `npm run bench` sets: /api/bench-floor answers a search without a session.
  if (env.NODE_ENV === "production")
    for (const name of BENCHMARK_SWITCHES)
      if (env[name]?.trim())
        return `${name} is a benchmark switch (npm run bench only) and is refused in production: unset it`;
  return null;
}

/** Environment variables that exist for `npm run bench` alone. */
export const BENCHMARK_SWITCHES = ["BENCH_FLOOR", "SPR_INDEX_WRITES"] as const;

/**
 * What each instance keeps to itself in this environment, as one line for the start-up log; null
 * when nothing shared is missing (Redis configured) or there is only ever one instance (embedded
 * database).
 */
export function sharedStateNotice(env: Record<string, string | undefined>): string | null {
  if (!env.DATABASE_URL?.trim() || env.REDIS_URL?.trim()) return null;
  return "DATABASE_URL is set but REDIS_URL is not: with several instances, identical searches are single-flight per instance only; sign-in limits count in PostgreSQL; a sign-out reaches other instances within 1 s (set REDIS_URL to share these)";
}

export function enforceStartupConfig(): void {
  const problem = startupProblem(process.env);
  if (problem) {
    console.error(`Refusing to start: ${problem}`);
    process.exit(1);
  }
}

/**
 * Opens (and migrates) the store before the first request. A store that cannot be opened for a
 * reason no retry will fix (another process owns DATA_DIR) refuses the start; a PostgreSQL server
 * that is down only makes the app not ready: photos keep working, /api/ready answers 503.
 */
export async function openStoreAtStart(): Promise<void> {
  const { store } = await import("@/lib/db/client");
  try {
    await store();
  } catch (err) {
    const message = (err as Error).message;
    if (/DATA_DIR .* is in use/.test(message)) {
      console.error(`Refusing to start: ${message}`);
      process.exit(1);
    }
    console.error(`The database is not available yet (${message.split("\n")[0]}); it is retried on use.`);
  }
}
