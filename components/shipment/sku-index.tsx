"use client";
// A sticky index of the shipment's SKUs: each with its photo count and how many of its
// discrepancies are decided, jumping to it; and collapse / expand all.
import { useTranslations } from "next-intl";
import { OutsideText } from "@/components/ui/outside-text";
import { useHydrated } from "@/components/ui/use-hydrated";
import { useMediaQuery } from "@/components/ui/use-media-query";
import { UNDECIDED_STATUSES } from "@/lib/decisions/model";
import type { PhotoGroups } from "@/lib/photos/grouping";
import { skuAnchor } from "@/lib/photos/view";

export function SkuIndex({
  groups,
  statusOf,
  collapsed,
  onCollapseAll,
  onJump,
  variant,
}: {
  groups: PhotoGroups;
  /** A discrepancy's decision status, by entity_id; null while decisions load. */
  statusOf: ((entityId: string) => string) | null;
  collapsed: ReadonlySet<string>;
  onCollapseAll: (collapse: boolean) => void;
  /** Scrolls to a SKU the grid may not have drawn; false when the link's anchor does it. */
  onJump: (skuIndex: number) => boolean;
  /** "bar": a sticky row of chips above the grid (narrow screens); "list": a column in the overview. */
  variant: "bar" | "list";
}) {
  const t = useTranslations();
  const hydrated = useHydrated();
  // The bar is for narrow screens, the list for wide ones: once the width is known only the one
  // that shows is drawn (a 5,000-photo shipment has some 60 SKUs: twice as many links otherwise).
  const wide = useMediaQuery("(min-width: 1024px)");
  if (groups.skus.length < 2) return null;
  if (wide !== null && wide !== (variant === "list")) return null;
  const allCollapsed = groups.skus.every((s) => collapsed.has(s.sku));
  const bar = variant === "bar";
  const toggle = (
    <button
      type="button"
      className="shrink-0 rounded-md border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-100"
      disabled={!hydrated}
      onClick={() => onCollapseAll(!allCollapsed)}
    >
      {allCollapsed ? t("skuIndex.expandAll") : t("skuIndex.collapseAll")}
    </button>
  );
  return (
    <nav
      aria-label={t("skuIndex.label")}
      className={
        bar
          ? "sticky top-0 z-10 -mx-4 border-b border-slate-200 bg-slate-50/95 px-4 py-2 backdrop-blur lg:hidden"
          : "hidden lg:block"
      }
      data-print="hide"
      data-testid={`sku-index-${variant}`}
    >
      <div className={bar ? "flex items-center gap-2" : "space-y-2"}>
        <ul className={bar ? "flex min-w-0 flex-1 gap-2 overflow-x-auto pb-1" : "space-y-1"}>
          {groups.skus.map((sku, i) => {
            const entities = sku.reasons.flatMap((r) => r.discrepancies.map((d) => d.photos[0]!.entity_id));
            const decided = statusOf ? entities.filter((e) => !UNDECIDED_STATUSES.has(statusOf(e))).length : null;
            return (
              <li key={sku.sku} className={bar ? "shrink-0" : undefined}>
                <a
                  href={`#${skuAnchor(i)}`}
                  onClick={(e) => {
                    if (onJump(i)) e.preventDefault();
                  }}
                  data-touch
                  className={
                    bar
                      ? "inline-flex items-center gap-2 rounded-full border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-100"
                      : "flex items-baseline justify-between gap-2 rounded-md px-2 py-1 text-sm hover:bg-slate-100"
                  }
                >
                  <span className="min-w-0 truncate font-mono">
                    <OutsideText text={sku.sku} />
                  </span>
                  <span className="shrink-0 text-slate-600">
                    {t("grid.photos", { count: sku.count })}
                    {decided !== null && t("skuIndex.decided", { decided, total: entities.length })}
                  </span>
                </a>
              </li>
            );
          })}
        </ul>
        {toggle}
      </div>
    </nav>
  );
}
