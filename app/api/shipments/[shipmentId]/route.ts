import { apiRoute } from "@/lib/api/route";
import { parseInput, shipmentIdSchema } from "@/lib/api/schemas";
import { shipmentAnswer } from "@/lib/sync/record";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ shipmentId: string }>({ role: "viewer" }, async ({ params, requestId }) =>
  shipmentAnswer(parseInput(shipmentIdSchema, params.shipmentId, "shipment ID"), requestId),
);
