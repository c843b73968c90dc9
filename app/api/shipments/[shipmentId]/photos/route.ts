import { apiRoute } from "@/lib/api/route";
import { cursorSchema, parseInput, shipmentIdSchema } from "@/lib/api/schemas";
import { queueSearchAnswer } from "@/lib/db/seen-queue";
import { searchShipmentPhotos } from "@/lib/sitoo/media";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ shipmentId: string }>({ role: "viewer" }, async ({ req, params, requestId }) => {
  const shipmentId = parseInput(shipmentIdSchema, params.shipmentId, "shipment ID");
  const cursor = parseInput(cursorSchema, new URL(req.url).searchParams.get("cursor"), "cursor");
  const page = await searchShipmentPhotos(shipmentId, cursor, { requestId });
  queueSearchAnswer(page, cursor !== null);
  return page;
});
