// "5 of 9 discrepancies decided" for a shipment's header.
import { UNDECIDED_STATUSES } from "@/lib/decisions/model";

export function DecisionProgress({ entityIds, statusOf }: { entityIds: string[]; statusOf: (id: string) => string }) {
  const decided = entityIds.filter((id) => !UNDECIDED_STATUSES.has(statusOf(id))).length;
  return (
    <p className="text-sm text-slate-700" data-testid="decision-progress">
      <strong>{decided}</strong> of <strong>{entityIds.length}</strong> discrepancies decided
    </p>
  );
}
