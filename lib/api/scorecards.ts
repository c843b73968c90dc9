// The scorecards' contract as the browser reads it. Shared.
import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/fetcher";
import { apiPaths } from "@/lib/api/paths";
import type { ScorecardBy, Scorecards } from "@/lib/scorecards/model";

export interface ScorecardView {
  by: ScorecardBy;
  from: string;
  to: string;
}

export const scorecardSearch = (v: ScorecardView) =>
  new URLSearchParams({ by: v.by, from: v.from, to: v.to }).toString();

export const scorecardsQuery = (v: ScorecardView) =>
  queryOptions({
    queryKey: ["scorecards", v.by, v.from, v.to] as const,
    queryFn: ({ signal }) => fetchJson<Scorecards>(apiPaths.scorecards(scorecardSearch(v)), { signal }),
  });
