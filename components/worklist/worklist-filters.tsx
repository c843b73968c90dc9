// The worklist's filters and its counts per status (each count is a shortcut to that status).
import { useTranslations } from "next-intl";
import { decisionStatusLabel } from "@/lib/decisions/labels";
import { DECISION_STATUSES, type DecisionStatus } from "@/lib/decisions/model";
import type { WorklistView } from "@/lib/decisions/worklist-view";
import { DecisionChip } from "../decisions/decision-chip";
import { FIELD } from "../ui/form-styles";
import { HydratedButton } from "../ui/hydrated-controls";

const field = `${FIELD} text-sm`;

export function WorklistFilters({
  view,
  onChange,
  counts,
}: {
  view: WorklistView;
  onChange: (v: WorklistView) => void;
  counts: Record<DecisionStatus, number> | undefined;
}) {
  const t = useTranslations();
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t("worklist.filters.status")}</span>
          <select className={field} value={view.status} onChange={(e) => onChange({ ...view, status: e.target.value })}>
            <option value="">{t("worklist.filters.openWork")}</option>
            {DECISION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {decisionStatusLabel(t, s)}
              </option>
            ))}
            <option value="all">{t("worklist.filters.everyStatus")}</option>
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t("worklist.filters.assignee")}</span>
          <select
            className={field}
            value={view.assignee}
            onChange={(e) => onChange({ ...view, assignee: e.target.value })}
          >
            <option value="anyone">{t("worklist.filters.anyone")}</option>
            <option value="me">{t("worklist.filters.me")}</option>
            <option value="unassigned">{t("worklist.filters.unassigned")}</option>
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t("worklist.filters.reason")}</span>
          <input
            className={`${field} w-36`}
            value={view.reason}
            maxLength={100}
            placeholder={t("worklist.filters.reasonPlaceholder")}
            onChange={(e) => onChange({ ...view, reason: e.target.value.trim() })}
          />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t("worklist.filters.order")}</span>
          <select className={field} value={view.sort} onChange={(e) => onChange({ ...view, sort: e.target.value })}>
            <option value="">{t("worklist.filters.oldest")}</option>
            <option value="deadline">{t("worklist.filters.deadline")}</option>
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t("worklist.filters.shipment")}</span>
          <input
            className={`${field} w-36 font-mono`}
            value={view.shipment}
            maxLength={64}
            pattern="[A-Za-z0-9._\-]*"
            onChange={(e) => onChange({ ...view, shipment: e.target.value.trim() })}
          />
        </label>
      </div>
      {/* The shortcuts are there before the counts come, so the counts' arrival moves nothing. */}
      <ul
        className="flex flex-wrap gap-2"
        aria-label={t("worklist.filters.counts")}
        aria-busy={!counts}
        data-testid="worklist-counts"
      >
        {DECISION_STATUSES.map((s) => (
          <li key={s}>
            <HydratedButton
              className="flex items-center gap-1.5 rounded-md px-1 py-0.5 text-sm hover:bg-slate-100"
              aria-pressed={view.status === s}
              onClick={() => onChange({ ...view, status: view.status === s ? "" : s })}
            >
              <DecisionChip status={s} />
              {/* As wide as two digits either way, so the counts replacing "…" do not rewrap the row. */}
              <span className="min-w-[2ch] text-left tabular-nums" data-testid={`count-${s}`}>
                {counts ? counts[s] : "…"}
              </span>
            </HydratedButton>
          </li>
        ))}
      </ul>
    </div>
  );
}
