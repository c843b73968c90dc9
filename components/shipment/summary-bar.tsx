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
  // [test id, words, count, colour]
  const items: [string, string, number, string?][] = [
    ["photos", "photos", summary.total],
    ["skus", "SKUs", summary.skus],
    ["discrepancies", "discrepancies", summary.discrepancies],
    ["processing", "processing", summary.pending, summary.pending ? "text-amber-700" : undefined],
    ["failed", "failed", summary.failed, summary.failed ? "text-red-700" : undefined],
  ];
  return (
    <dl className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-busy={loading} data-testid="summary">
      {items.map(([id, label, value, tone]) => (
        // The number first on screen ("16 photos"); the term first for a screen reader.
        <div key={id} className="flex flex-row-reverse items-baseline justify-end gap-1">
          <dt className="text-slate-600">{label}</dt>
          <dd className={`text-base font-semibold ${tone ?? ""}`} data-testid={`summary-${id}`}>
            {partial ? (
              <>
                {value}+<span className="sr-only"> (at least: not every photo could be loaded)</span>
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
