// For `npm run bench` only: the same upstream search as the photos route, with none of our work
// (no session, no retries, no parsing, no filtering): what a bare Next route handler costs. Off
// unless BENCH_FLOOR=1 is set when the server starts; never set in production. Server-only.
import "server-only";
import { sitooConfig } from "./config";
import { authorization } from "./fetch";

export const benchFloorEnabled = () => process.env.BENCH_FLOOR === "1";

export async function floorSearch(shipmentId: string): Promise<Response> {
  const config = sitooConfig();
  const url = new URL(`${config.mediaBaseUrl}/v1/media/search`);
  url.searchParams.set("entity_type", "shipment_item");
  url.searchParams.set("entity_id", shipmentId);
  url.searchParams.set("limit", String(config.pageSize));
  const upstream = await fetch(url, {
    headers: { authorization: authorization(config) },
    cache: "no-store",
  });
  return new Response(await upstream.text(), {
    status: upstream.status,
    headers: { "content-type": "application/json", "cache-control": "no-store" },
  });
}
