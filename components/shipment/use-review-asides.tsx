"use client";
// What the review grid shows beside its photos, as render functions kept stable between renders
// (the grid is memoized): each discrepancy's decision card, each SKU's catalog strip and quantity.
// The shipment record arrives on its own: the quantity lines and deadline chips read it themselves,
// so its arrival re-renders them, not the whole photo grid.
import { useCallback } from "react";
import { CatalogStrip } from "@/components/catalog/catalog-strip";
import { DecisionCard } from "@/components/decisions/decision-card";
import type { useDecisions } from "@/components/decisions/use-decisions";
import { SkuLine, SkuQuantity } from "./sku-quantity";

export function useReviewAsides(shipmentId: string, decisions: ReturnType<typeof useDecisions>) {
  const renderDiscrepancyAside = useCallback(
    (entityId: string, label: string) =>
      decisions.ready ? (
        <DecisionCard shipmentId={shipmentId} decision={decisions.decisionOf(entityId)} label={label} />
      ) : null,
    [decisions.ready, decisions.decisionOf, shipmentId],
  );
  const renderSkuAside = useCallback(
    (sku: string) => (
      <>
        <CatalogStrip shipmentId={shipmentId} sku={sku} />
        <SkuQuantity shipmentId={shipmentId} sku={sku} />
      </>
    ),
    [shipmentId],
  );
  const renderSkuLine = useCallback((sku: string) => <SkuLine shipmentId={shipmentId} sku={sku} />, [shipmentId]);

  return { renderDiscrepancyAside, renderSkuAside, renderSkuLine };
}
