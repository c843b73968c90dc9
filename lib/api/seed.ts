// What the server's render already knows about a shipment, handed to the browser's query cache with
// the first page of photos: its decisions and (when it was ready as soon) its Sitoo record. The
// page then shows them in its first paint instead of asking for them after its scripts have run.
import { type DehydratedState, dehydrate, QueryClient } from "@tanstack/react-query";
import { queries } from "@/lib/api/queries";
import type { Decision } from "@/lib/decisions/model";
import type { ShipmentAnswer } from "@/lib/shipments/model";

/** As the API would have sent it: through JSON, so the browser sees the same shapes either way. */
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value));

export function seedState(
  shipmentId: string,
  decisions: Decision[] | null,
  record: ShipmentAnswer | null,
): DehydratedState {
  const client = new QueryClient();
  if (decisions)
    client.setQueryData(queries.decisions(shipmentId).queryKey, asJson({ shipment_id: shipmentId, decisions }));
  if (record) client.setQueryData(queries.shipment(shipmentId).queryKey, asJson(record));
  return asJson(dehydrate(client));
}
