// "5 of 9 discrepancies decided" for a shipment's header.
import { UNDECIDED_STATUSES } from "@/lib/decisions/model";

export function DecisionProgress({
  entityIds,
  unrecognised,
  statusOf,
}: {
  entityIds: string[];
  /** How many of them are photos' unrecognised keys (each a discrepancy of its own). */
  unrecognised: number;
  statusOf: (id: string) => string;
}) {
  const decided = entityIds.filter((id) => !UNDECIDED_STATUSES.has(statusOf(id))).length;
  return (
    <p className="text-sm text-slate-700" data-testid="decision-progress">
      <strong>{decided}</strong> of <strong>{entityIds.length}</strong> discrepancies decided
      {unrecognised > 0 && (
        <span className="text-slate-600">
          {" "}
          (counting {unrecognised} {unrecognised === 1 ? "photo" : "photos"} with an unrecognised key)
        </span>
      )}
    </p>
  );
}
