// Every TanStack query key and its fetch, in one place. Shared: imported by client components.
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/fetcher";
import type { CatalogAnswer, PhotoPage } from "@/lib/photos/types";

const shipmentPath = (shipmentId: string) => `/api/shipments/${encodeURIComponent(shipmentId)}`;

export const queries = {
  /** Every page of a shipment's photos; the review page schedules its own refetches. */
  shipmentPhotos: (shipmentId: string, firstPage: PhotoPage | null = null) =>
    infiniteQueryOptions({
      queryKey: ["shipment-photos", shipmentId] as const,
      queryFn: ({ pageParam, signal }) =>
        fetchJson<PhotoPage>(
          `${shipmentPath(shipmentId)}/photos${pageParam ? `?cursor=${encodeURIComponent(pageParam)}` : ""}`,
          { signal },
        ),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.next_cursor ?? undefined,
      // Rendered on the server with the page; later pages and refreshes come from the browser.
      initialData: firstPage ? { pages: [firstPage], pageParams: [null] } : undefined,
      // Never refetched just for being "stale": the refresh schedule decides, from the URLs' expiry.
      staleTime: Number.POSITIVE_INFINITY,
    }),

  /** The shipment's catalog products by SKU; `enabled: false` when the feature is not configured. */
  catalog: (shipmentId: string) =>
    queryOptions({
      queryKey: ["catalog", shipmentId] as const,
      queryFn: ({ signal }) => fetchJson<CatalogAnswer>(`${shipmentPath(shipmentId)}/products`, { signal }),
      // Catalog data changes rarely; the server caches it for a few minutes too.
      staleTime: 5 * 60_000,
    }),
};
