"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { queries } from "@/lib/api/queries";
import type { CatalogEntry } from "@/lib/photos/types";

/** The shipment's catalog products by SKU; `enabled: false` when the feature is not configured. */
export function useCatalog(shipmentId: string) {
  const query = useQuery(queries.catalog(shipmentId));
  const bySku = useMemo(() => {
    const map = new Map<string, CatalogEntry>();
    if (query.data?.enabled) for (const entry of query.data.products) map.set(entry.sku, entry);
    return map;
  }, [query.data]);
  const { isPending, error, refetch } = query;
  // The same object until something in it changes: the page's SKU asides depend on it, and a new
  // one on every render of the page would re-render every SKU's strip with it.
  return useMemo(
    () => ({
      enabled: query.data ? query.data.enabled : null,
      bySku,
      isLoading: isPending,
      error,
      retry: () => void refetch(),
    }),
    [query.data, bySku, isPending, error, refetch],
  );
}
