// Where a scorecard row leads: the worklist filtered to it (every status). Shared and pure.
import type { ScorecardBy } from "@/lib/scorecards/model";

const FILTER: Record<ScorecardBy, string> = {
  supplier: "supplier",
  carrier: "carrier",
  store: "store",
  sku: "sku",
  reason: "reason",
  month: "arrived",
};

export function worklistHref(by: ScorecardBy, key: string): string {
  return `/?${new URLSearchParams({ status: "all", [FILTER[by]]: key })}`;
}
