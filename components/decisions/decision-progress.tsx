// "5 of 9 discrepancies decided" for a shipment's header.
import { useTranslations } from "next-intl";
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
  const t = useTranslations();
  const decided = entityIds.filter((id) => !UNDECIDED_STATUSES.has(statusOf(id))).length;
  return (
    <p className="text-sm text-slate-700" data-testid="decision-progress">
      {t.rich("progress.decided", {
        decided,
        total: entityIds.length,
        strong: (chunks) => <strong>{chunks}</strong>,
      })}
      {unrecognised > 0 && (
        <span className="text-slate-600"> {t("progress.unrecognised", { count: unrecognised })}</span>
      )}
    </p>
  );
}
