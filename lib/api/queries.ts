// Every TanStack query key and its fetch, in one place. Shared: imported by client components.

import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/fetcher";
import { apiPaths } from "@/lib/api/paths";
import type { Decision, DecisionEvent, DecisionStatus, WorkItem } from "@/lib/decisions/model";
import { type WorklistView, worklistSearch } from "@/lib/decisions/worklist-view";
import type { CatalogAnswer, PhotoPage } from "@/lib/photos/types";
import type { ShipmentAnswer, SyncStatus } from "@/lib/shipments/model";

export interface WorklistPage {
  discrepancies: WorkItem[];
  next_cursor: string | null;
  counts: Record<DecisionStatus, number>;
  /** On the first page only. */
  sync?: SyncStatus;
}

/** `GET /api/users`: who can be assigned work, and who is asking. */
export type UsersAnswer = { me: string; users: { name: string; display_name: string }[] };

export const queries = {
  /** Every page of a shipment's photos; the review page schedules its own refetches. */
  shipmentPhotos: (shipmentId: string, firstPage: PhotoPage | null = null) =>
    infiniteQueryOptions({
      queryKey: ["shipment-photos", shipmentId] as const,
      queryFn: ({ pageParam, signal }) =>
        fetchJson<PhotoPage>(apiPaths.shipmentPhotos(shipmentId, pageParam), { signal }),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.next_cursor ?? undefined,
      // Rendered on the server with the page; later pages and refreshes come from the browser.
      initialData: firstPage ? { pages: [firstPage], pageParams: [null] } : undefined,
      // Never refetched just for being "stale": the refresh schedule decides, from the URLs' expiry.
      staleTime: Number.POSITIVE_INFINITY,
    }),

  /**
   * Whether another spelling of a shipment ID has photos (the first page only), for "Did you
   * mean …?" on a shipment that has none.
   */
  hasPhotos: (shipmentId: string) =>
    queryOptions({
      queryKey: ["has-photos", shipmentId] as const,
      queryFn: async ({ signal }) =>
        (await fetchJson<PhotoPage>(apiPaths.shipmentPhotos(shipmentId), { signal })).files.length > 0,
      staleTime: 60_000,
      retry: false,
    }),

  /** The shipment's catalog products by SKU; `enabled: false` when the feature is not configured. */
  catalog: (shipmentId: string) =>
    queryOptions({
      queryKey: ["catalog", shipmentId] as const,
      queryFn: ({ signal }) => fetchJson<CatalogAnswer>(apiPaths.products(shipmentId), { signal }),
      // Catalog data changes rarely; the server caches it for a few minutes too.
      staleTime: 5 * 60_000,
    }),

  /** The shipment's stored decisions. */
  decisions: (shipmentId: string) =>
    queryOptions({
      queryKey: ["decisions", shipmentId] as const,
      queryFn: ({ signal }) =>
        fetchJson<{ shipment_id: string; decisions: Decision[] }>(apiPaths.decisions(shipmentId), { signal }),
      // Colleagues' changes show up within half a minute. Fresh for a few seconds, so decisions
      // that came with the page are not asked for again the moment it has loaded.
      refetchInterval: 30_000,
      staleTime: 5_000,
    }),

  /** The shipment's audit events, newest first. */
  activity: (shipmentId: string) =>
    queryOptions({
      queryKey: ["activity", shipmentId] as const,
      queryFn: ({ signal }) => fetchJson<{ events: DecisionEvent[] }>(apiPaths.activity(shipmentId), { signal }),
    }),

  /** Who can be assigned work, and who is signed in. */
  users: () =>
    queryOptions({
      queryKey: ["users"] as const,
      queryFn: ({ signal }) => fetchJson<UsersAnswer>(apiPaths.users(), { signal }),
      staleTime: 5 * 60_000,
    }),

  /** The Sitoo shipment record behind the ID (carrier, supplier, arrival, quantities), or null. */
  shipment: (shipmentId: string) =>
    queryOptions({
      queryKey: ["shipment", shipmentId, "record"] as const,
      queryFn: ({ signal }) => fetchJson<ShipmentAnswer>(apiPaths.shipment(shipmentId), { signal }),
      staleTime: 60_000,
      // The record is a side panel: one quiet retry, never a wait that holds anything else up.
      retry: 1,
    }),

  /** The worklist, page by page, for one set of filters. */
  worklist: (view: WorklistView) =>
    infiniteQueryOptions({
      queryKey: ["worklist", view] as const,
      queryFn: ({ pageParam, signal }) => {
        const search = new URLSearchParams(worklistSearch(view));
        if (pageParam) search.set("cursor", pageParam);
        return fetchJson<WorklistPage>(apiPaths.worklist(search.toString()), { signal });
      },
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.next_cursor ?? undefined,
    }),
};
