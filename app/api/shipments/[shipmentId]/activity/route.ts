import { apiRoute } from "@/lib/api/route";
import { parseInput, shipmentIdSchema } from "@/lib/api/schemas";
import { db } from "@/lib/db/client";
import { shipmentActivity } from "@/lib/db/decisions";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ shipmentId: string }>({ role: "viewer" }, async ({ params }) => {
  const shipmentId = parseInput(shipmentIdSchema, params.shipmentId, "shipment ID");
  return { events: await shipmentActivity(await db(), shipmentId) };
});
