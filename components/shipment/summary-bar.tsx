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
  const items: [string, number, string?][] = [
    ["Photos", summary.total],
    ["SKUs", summary.skus],
    ["Discrepancies", summary.discrepancies],
    ["Processing", summary.pending, summary.pending ? "text-amber-700" : undefined],
    ["Failed", summary.failed, summary.failed ? "text-red-700" : undefined],
  ];
  return (
    <dl className="grid grid-cols-3 gap-2 sm:grid-cols-5" aria-busy={loading} data-testid="summary">
      {items.map(([label, value, tone]) => (
        <div key={label} className="rounded-md border border-slate-200 bg-white px-3 py-2">
          <dt className="text-xs text-slate-600 [overflow-wrap:anywhere] sm:uppercase sm:tracking-wide">{label}</dt>
          <dd className={`text-xl font-semibold ${tone ?? ""}`} data-testid={`summary-${label.toLowerCase()}`}>
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
