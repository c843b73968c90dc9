"use client";
import { useQuery } from "@tanstack/react-query";
// One discrepancy's decision beside its photos: status, assignee and claim at a glance, and the
// controls to change them without leaving the page. Frameless: its place (a card, a row) frames it.
import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { ShareDialog } from "@/components/links/share-dialog";
import { ClaimDeadline } from "@/components/ui/claim-deadline";
import { HydratedButton } from "@/components/ui/hydrated-controls";
import { useCan } from "@/components/ui/role";
import { useDisplayNames } from "@/components/ui/use-display-names";
import { apiPaths } from "@/lib/api/paths";
import { queries } from "@/lib/api/queries";
import { claimSummary, recoverySummary } from "@/lib/decisions/labels";
import type { Decision } from "@/lib/decisions/model";
import { parseEntityId } from "@/lib/photos/shipment-key";
import { applicableDeadline } from "@/lib/shipments/claim-deadline";
import { DecisionChip } from "./decision-chip";
import { DecisionEditor } from "./decision-editor";
import { DecisionHistory } from "./decision-history";

export interface DecisionCardProps {
  shipmentId: string;
  decision: Decision;
  /** What the discrepancy is, for the editor's accessible name. */
  label: string;
}

export function DecisionCard({ shipmentId, decision, label }: DecisionCardProps) {
  // The shipment's claim deadlines, when Sitoo Shipments knows its arrival (a shared query).
  const deadlines = useQuery(queries.shipment(shipmentId)).data?.shipment?.claim_deadlines ?? null;
  const [open, setOpen] = useState(false);
  const party = decision.claim?.party ?? null;
  const deadline = applicableDeadline(deadlines, decision.status, party);
  const key = parseEntityId(decision.entity_id);
  const panel = useId();
  const shown = useDisplayNames();
  const t = useTranslations();
  const locale = useLocale();
  // A viewer reads the decision and its history; only a reviewer gets the controls.
  const canDecide = useCan("reviewer");
  return (
    <div className="text-sm" data-testid="decision-card" data-entity={decision.entity_id}>
      <div className="flex items-center gap-2 px-3 py-2">
        <span className="flex min-w-0 flex-1 flex-wrap items-center gap-x-2 gap-y-1">
          <DecisionChip status={decision.status} />
          <span className="min-w-0 truncate text-slate-700" data-testid="decision-assignee">
            {decision.assignee
              ? t("decision.assignedTo", { name: shown(decision.assignee) })
              : t("decision.unassigned")}
          </span>
          {decision.claim && (
            <span className="text-slate-700" data-testid="decision-claim">
              {claimSummary(t, decision.claim, locale)}
            </span>
          )}
          {decision.recovery && (
            <span className="text-emerald-800" data-testid="decision-recovery">
              {recoverySummary(t, decision.claim, decision.recovery, locale)}
            </span>
          )}
          {deadline && (
            <ClaimDeadline
              deadline={deadline}
              label={t(
                party === "carrier"
                  ? "decision.claimDeadline.carrier"
                  : party
                    ? "decision.claimDeadline.supplier"
                    : "decision.claimDeadline.any",
              )}
            />
          )}
          {decision.notes_total > 0 && (
            <span className="text-slate-600">{t("decision.notes", { count: decision.notes_total })}</span>
          )}
        </span>
        <HydratedButton
          className="rounded-md border border-slate-300 px-2.5 py-1 font-medium hover:bg-slate-100 disabled:opacity-60"
          aria-expanded={open}
          aria-controls={panel}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? t("decision.close") : canDecide ? t("decision.decide") : t("decision.details")}
          <span className="sr-only">{t("decision.forLabel", { label })}</span>
        </HydratedButton>
      </div>
      <section
        id={panel}
        hidden={!open}
        aria-label={t("decision.panel", { label })}
        className="border-t border-slate-200 p-3"
      >
        {open && (
          <>
            {key && (
              <p className="mb-3">
                <a
                  className="font-medium text-brand-700 underline"
                  href={apiPaths.evidence(
                    shipmentId,
                    { sku: key.sku, reason: key.reason_code, discrepancy: key.discrepancy_id },
                    "report.pdf",
                  )}
                  download
                  data-touch
                  data-testid="discrepancy-report"
                >
                  {t("decision.report")}
                  <span className="sr-only">{t("decision.forLabel", { label })}</span>
                </a>{" "}
                <span className="text-slate-600">{t("decision.reportHint")}</span>
              </p>
            )}
            {key && canDecide && (
              <div className="mb-3">
                <ShareDialog
                  shipmentId={shipmentId}
                  scope={{ sku: key.sku, reason: key.reason_code, discrepancy: key.discrepancy_id }}
                  party={party ?? "supplier"}
                />
              </div>
            )}
            {canDecide ? (
              <DecisionEditor shipmentId={shipmentId} decision={decision} />
            ) : (
              <DecisionHistory shipmentId={shipmentId} entityId={decision.entity_id} />
            )}
          </>
        )}
      </section>
    </div>
  );
}
