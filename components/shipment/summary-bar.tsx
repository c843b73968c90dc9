import type { Summary } from "@/lib/photos/grouping";

export function SummaryBar({ summary, loading }: { summary: Summary; loading: boolean }) {
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
          <dt className="text-xs uppercase tracking-wide text-slate-600">{label}</dt>
          <dd className={`text-xl font-semibold ${tone ?? ""}`} data-testid={`summary-${label.toLowerCase()}`}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
