import { useTranslations } from "next-intl";
import type { Summary } from "@/lib/photos/grouping";

/**
 * The shipment's counts. `partial`: loading stopped part-way, so each count is "at least" (shown
 * with a +, and said so).
 */
export function SummaryBar({
  summary,
  loading,
  partial = false,
}: {
  summary: Summary;
  loading: boolean;
  partial?: boolean;
}) {
  const t = useTranslations();
  // [test id and message, count, colour]
  const items: [string, number, string?][] = [
    ["photos", summary.total],
    ["skus", summary.skus],
    ["discrepancies", summary.discrepancies],
    ["processing", summary.pending, summary.pending ? "text-amber-700" : undefined],
    ["failed", summary.failed, summary.failed ? "text-red-700" : undefined],
  ];
  return (
    <dl className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-busy={loading} data-testid="summary">
      {items.map(([id, value, tone]) => (
        // The number first on screen ("16 photos"); the term first for a screen reader.
        <div key={id} className="flex flex-row-reverse items-baseline justify-end gap-1">
          <dt className="text-slate-600">{t(`summary.${id}`)}</dt>
          <dd className={`text-base font-semibold ${tone ?? ""}`} data-testid={`summary-${id}`}>
            {partial ? (
              <>
                {value}+<span className="sr-only">{t("summary.atLeast")}</span>
              </>
            ) : (
              value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
