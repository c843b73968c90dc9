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
  return {
    enabled: query.data ? query.data.enabled : null,
    bySku,
    isLoading: query.isPending,
    error: query.error,
    retry: () => void query.refetch(),
  };
}

export type CatalogState = ReturnType<typeof useCatalog>;
