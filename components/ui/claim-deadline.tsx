// A claim deadline as a reviewer reads it: the day, and how far off it is ("due in 3 days",
// "overdue by 1 day") in words and colour.
import { useLocale, useTranslations } from "next-intl";
import { deadlineText, formatDeadlineDay } from "@/lib/shipments/claim-deadline";

const TONES = {
  overdue: "bg-red-50 text-red-800 ring-red-200",
  soon: "bg-amber-50 text-amber-900 ring-amber-200",
  later: "bg-slate-50 text-slate-700 ring-slate-200",
} as const;

export function ClaimDeadline({ deadline, label }: { deadline: string; label?: string }) {
  const t = useTranslations();
  const locale = useLocale();
  const { text, tone } = deadlineText(t, new Date(deadline), new Date());
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[tone]}`}
      data-testid="claim-deadline"
      data-tone={tone}
      title={t("deadline.lastDay", { day: formatDeadlineDay(deadline, locale) })}
    >
      {label ? t("deadline.labelled", { label, text }) : text}
    </span>
  );
}
