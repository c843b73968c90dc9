// What the server's render already knows about a shipment, handed to the browser's query cache with
// the first page of photos: its decisions and, when they were ready as soon, its Sitoo record and the
// people work can be assigned to (the decision chips show their display names). The page then shows
// them in its first paint instead of asking for them, and re-rendering, after its scripts have run.
// The catalog is not seeded: with its cache off that would be a second lookup upstream.
import "server-only";
import { type DehydratedState, dehydrate, QueryClient } from "@tanstack/react-query";
import { queries, type UsersAnswer } from "@/lib/api/queries";
import type { Decision } from "@/lib/decisions/model";
import type { ShipmentAnswer } from "@/lib/shipments/model";

/** As the API would have sent it: through JSON, so the browser sees the same shapes either way. */
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** The answers of `GET /api/users`, `…/decisions` and `GET /api/shipments/{id}`. */
export interface Seed {
  decisions: Decision[] | null;
  record: ShipmentAnswer | null;
  users: UsersAnswer | null;
}

export function seedState(shipmentId: string, seed: Seed): DehydratedState {
  const client = new QueryClient();
  if (seed.decisions)
    client.setQueryData(
      queries.decisions(shipmentId).queryKey,
      asJson({ shipment_id: shipmentId, decisions: seed.decisions }),
    );
  if (seed.record) client.setQueryData(queries.shipment(shipmentId).queryKey, asJson(seed.record));
  if (seed.users) client.setQueryData(queries.users().queryKey, asJson(seed.users));
  return asJson(dehydrate(client));
}
