"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { fetchJson } from "@/lib/api-client";
import type { CatalogAnswer, CatalogEntry } from "@/lib/types";

/** The shipment's catalog products by SKU; `enabled: false` when the feature is not configured. */
export function useCatalog(shipmentId: string) {
  const query = useQuery({
    queryKey: ["catalog", shipmentId],
    queryFn: ({ signal }) =>
      fetchJson<CatalogAnswer>(`/api/shipments/${encodeURIComponent(shipmentId)}/products`, { signal }),
    // Catalog data changes rarely; the server caches it for a few minutes too.
    staleTime: 5 * 60_000,
  });
  const bySku = useMemo(() => {
    const map = new Map<string, CatalogEntry>();
    if (query.data?.enabled) for (const entry of query.data.products) map.set(entry.sku, entry);
    return map;
  }, [query.data]);
  return {
    enabled: query.data ? query.data.enabled : null,
    bySku,
    isLoading: query.isPending,
    error: query.error,
    retry: () => void query.refetch(),
  };
}

export type CatalogState = ReturnType<typeof useCatalog>;
