import { timingSafeEqual } from "node:crypto";
import { AppError } from "@/lib/api/errors";
import { metrics } from "@/lib/server/metrics.mjs";
import { syncLagSeconds } from "@/lib/sync/status";

export const dynamic = "force-dynamic";

// Prometheus metrics for this instance. Off (404, as if there were no such route) unless
// METRICS_TOKEN is set; then the scraper sends `Authorization: Bearer <METRICS_TOKEN>`.

function tokenMatches(header: string | null, token: string): boolean {
  const given = Buffer.from(header?.startsWith("Bearer ") ? header.slice(7) : "");
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

const refuse = (code: "NOT_FOUND" | "UNAUTHORIZED", status: number, message: string) =>
  Response.json(new AppError(code, message).toBody(crypto.randomUUID()), {
    status,
    headers: { "cache-control": "no-store", ...(status === 401 ? { "www-authenticate": "Bearer" } : {}) },
  });

export async function GET(req: Request) {
  const token = process.env.METRICS_TOKEN?.trim();
  if (!token) return refuse("NOT_FOUND", 404, "There is nothing at this address.");
  if (!tokenMatches(req.headers.get("authorization"), token))
    return refuse("UNAUTHORIZED", 401, "Send the metrics token as a bearer token.");
  const m = metrics();
  m.syncLag.set((await syncLagSeconds()) ?? -1);
  return new Response(await m.registry.metrics(), {
    headers: { "content-type": m.registry.contentType, "cache-control": "no-store" },
  });
}
