import { storeReady } from "@/lib/db/ready";

export const dynamic = "force-dynamic";

// Readiness for a load balancer: 503 while the database does not answer (health stays 200).
export async function GET() {
  const database = await storeReady();
  return Response.json(
    { ok: database === "ok", checks: { database } },
    { status: database === "ok" ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
