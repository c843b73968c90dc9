"use client";
// One discrepancy's decision beside its photos: status, assignee and claim at a glance, and the
// controls to change them without leaving the page. Frameless: its place (a card, a row) frames it.
import { useId, useState } from "react";
import { evidenceHref } from "@/components/evidence/evidence-actions";
import { ClaimDeadline } from "@/components/shipment/claim-deadline";
import { useShipmentRecord } from "@/components/shipment/shipment-record";
import { useHydrated } from "@/components/ui/use-hydrated";
import { claimSummary } from "@/lib/decisions/labels";
import type { Decision } from "@/lib/decisions/model";
import { parseEntityId } from "@/lib/photos/shipment-key";
import { applicableDeadline } from "@/lib/shipments/claim-deadline";
import { DecisionChip } from "./decision-chip";
import { DecisionEditor } from "./decision-editor";
import { useDisplayNames } from "./use-display-names";

export interface DecisionCardProps {
  shipmentId: string;
  decision: Decision;
  /** What the discrepancy is, for the editor's accessible name. */
  label: string;
}

export function DecisionCard({ shipmentId, decision, label }: DecisionCardProps) {
  // The shipment's claim deadlines, when Sitoo Shipments knows its arrival (a shared query).
  const deadlines = useShipmentRecord(shipmentId).data?.shipment?.claim_deadlines ?? null;
  const [open, setOpen] = useState(false);
  const party = decision.claim?.party ?? null;
  const deadline = applicableDeadline(deadlines, decision.status, party);
  const key = parseEntityId(decision.entity_id);
  const panel = useId();
  const shown = useDisplayNames();
  const hydrated = useHydrated();
  return (
    <div className="text-sm" data-testid="decision-card" data-entity={decision.entity_id}>
      <div className="flex items-center gap-2 px-3 py-2">
        <span className="flex min-w-0 flex-1 flex-wrap items-center gap-x-2 gap-y-1">
          <DecisionChip status={decision.status} />
          <span className="min-w-0 truncate text-slate-700" data-testid="decision-assignee">
            {decision.assignee ? `Assigned to ${shown(decision.assignee)}` : "Unassigned"}
          </span>
          {decision.claim && (
            <span className="text-slate-700" data-testid="decision-claim">
              {claimSummary(decision.claim)}
            </span>
          )}
          {deadline && (
            <ClaimDeadline
              deadline={deadline}
              label={party ? `${party === "carrier" ? "Carrier" : "Supplier"} claim` : "Claim"}
            />
          )}
          {decision.notes.length > 0 && (
            <span className="text-slate-600">
              {decision.notes.length} {decision.notes.length === 1 ? "note" : "notes"}
            </span>
          )}
        </span>
        <button
          type="button"
          className="rounded-md border border-slate-300 px-2.5 py-1 font-medium hover:bg-slate-100 disabled:opacity-60"
          disabled={!hydrated}
          aria-expanded={open}
          aria-controls={panel}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? "Close" : "Decide"}
          <span className="sr-only"> for {label}</span>
        </button>
      </div>
      <section id={panel} hidden={!open} aria-label={`Decision for ${label}`} className="border-t border-slate-200 p-3">
        {open && (
          <>
            {key && (
              <p className="mb-3">
                <a
                  className="font-medium text-brand-700 underline"
                  href={evidenceHref(
                    shipmentId,
                    { sku: key.sku, reason: key.reason_code, discrepancy: key.discrepancy_id },
                    "report.pdf",
                  )}
                  download
                  data-touch
                  data-testid="discrepancy-report"
                >
                  Claim report (PDF)<span className="sr-only"> for {label}</span>
                </a>{" "}
                <span className="text-slate-600">— this discrepancy's photos and decision, for the claim.</span>
              </p>
            )}
            <DecisionEditor shipmentId={shipmentId} decision={decision} />
          </>
        )}
      </section>
    </div>
  );
}
