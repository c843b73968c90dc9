"use client";
// Which SKU sections of the review page are folded away: one by one, or all at once.
import { useCallback, useState } from "react";

export function useCollapsedSkus() {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const toggleSku = useCallback(
    (sku: string) =>
      setCollapsed((c) => {
        const next = new Set(c);
        if (!next.delete(sku)) next.add(sku);
        return next;
      }),
    [],
  );
  /** Folds exactly these SKUs (none: everything open). */
  const collapseAll = useCallback((skus: string[]) => setCollapsed(new Set(skus)), []);
  return { collapsed, toggleSku, collapseAll };
}
