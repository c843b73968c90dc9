import { storeReady } from "@/lib/db/ready";
import { redisReady } from "@/lib/server/redis";

export const dynamic = "force-dynamic";

// Readiness for a load balancer: 503 while the database does not answer (health stays 200).
// Redis is checked and reported, but an instance without it still serves everything correctly
// (limits and single-flight fall back to this instance), so it does not make the instance unready:
// a Redis outage must not take every instance out of the load balancer at once.
export async function GET() {
  const [database, redis] = await Promise.all([storeReady(), redisReady()]);
  const ok = database === "ok";
  return Response.json(
    { ok, checks: { database, redis }, degraded: redis === "unavailable" },
    { status: ok ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
