"use client";
// Who did what to one decision, newest first, from the shipment's audit events.
import { useQuery } from "@tanstack/react-query";
import { ErrorPanel } from "@/components/ui/error-panel";
import { queries } from "@/lib/api/queries";
import { describeEvent } from "@/lib/decisions/labels";
import { formatIsoTime } from "@/lib/photos/format";
import { useDisplayNames } from "./use-display-names";

export function DecisionHistory({ shipmentId, entityId }: { shipmentId: string; entityId: string }) {
  const activity = useQuery(queries.activity(shipmentId));
  const shown = useDisplayNames();
  const events = (activity.data?.events ?? []).filter((e) => e.entity_id === entityId);
  return (
    <section aria-label="History">
      <h5 className="font-medium">History</h5>
      {activity.error ? (
        <ErrorPanel error={activity.error} title="Could not load the history" onRetry={() => void activity.refetch()} />
      ) : events.length === 0 ? (
        <p className="text-slate-600">{activity.isPending ? "Loading…" : "No changes yet."}</p>
      ) : (
        <ol className="mt-1 space-y-1" data-testid="decision-history">
          {events.map((e) => (
            <li key={e.id} className="flex flex-wrap gap-x-2">
              <span className="break-words">{describeEvent(e)}</span>{" "}
              <span className="text-slate-600">
                — {shown(e.actor)}, <time dateTime={e.at}>{formatIsoTime(e.at)}</time>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
