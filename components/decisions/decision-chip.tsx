// A decision's status at a glance: colour and words (never colour alone).
import { useTranslations } from "next-intl";
import { decisionStatusLabel, decisionStatusTone } from "@/lib/decisions/labels";

export function DecisionChip({ status }: { status: string }) {
  const t = useTranslations();
  return (
    <span
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${decisionStatusTone(status)}`}
      data-testid="decision-status"
    >
      {decisionStatusLabel(t, status)}
    </span>
  );
}
