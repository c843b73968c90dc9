import { AppError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";
import { decisionPatchSchema, parseInput, shipmentIdSchema } from "@/lib/api/schemas";
import { isKnownUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import { changeDecision, shipmentDecisions } from "@/lib/db/decisions";
import { isKnownDiscrepancy } from "@/lib/db/seen-queue";
import { belongsToShipment } from "@/lib/photos/shipment-key";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ shipmentId: string }>({ role: "viewer" }, async ({ params }) => {
  const shipmentId = parseInput(shipmentIdSchema, params.shipmentId, "shipment ID");
  return { shipment_id: shipmentId, decisions: await shipmentDecisions(await db(), shipmentId) };
});

export const PATCH = apiRoute<{ shipmentId: string }>({ role: "reviewer" }, async ({ params, user, json }) => {
  const shipmentId = parseInput(shipmentIdSchema, params.shipmentId, "shipment ID");
  const body = parseInput(decisionPatchSchema, await json(), "decision");
  if (!belongsToShipment(body.entity_id, shipmentId))
    throw new AppError("INVALID_REQUEST", `Invalid decision: entity_id does not belong to shipment ${shipmentId}.`);
  if (!(await isKnownDiscrepancy(body.entity_id)))
    throw new AppError("INVALID_REQUEST", "Invalid decision: no photo of this shipment has that entity_id.");
  if (body.assignee && !(await isKnownUser(body.assignee)))
    throw new AppError("INVALID_REQUEST", "Invalid decision: the assignee is not a known user.");
  const { entity_id, version, ...change } = body;
  return changeDecision(await db(), { shipmentId, entityId: entity_id, version, change, actor: user });
});
