"use client";
// Beside a SKU's photos: how many the shipment said to expect and how many the store received.
import { useTranslations } from "next-intl";
import { useCatalog } from "@/components/catalog/use-catalog";
import { OutsideText } from "@/components/ui/outside-text";
import { lineFor, quantityText } from "@/lib/shipments/model";
import { useShipmentRecord } from "./shipment-record";

export function SkuQuantity({ shipmentId, sku }: { shipmentId: string; sku: string }) {
  const line = lineFor(useShipmentRecord(shipmentId).data?.shipment, sku);
  const t = useTranslations();
  const text = quantityText(t, line);
  if (!line || !text) return null;
  const gap = line.quantity !== null && line.quantity_received !== null ? line.quantity_received - line.quantity : null;
  return (
    <span className="text-sm text-slate-700" data-testid="sku-quantity">
      {text.charAt(0).toUpperCase() + text.slice(1)}
      {gap !== null && gap !== 0 && " "}
      {gap !== null && gap !== 0 && (
        <span className={`font-medium ${gap < 0 ? "text-red-700" : "text-amber-800"}`}>
          {gap < 0 ? t("quantity.short", { count: -gap }) : t("quantity.over", { count: gap })}
        </span>
      )}
    </span>
  );
}

/**
 * One line on a discrepancy card: the SKU, its product's name and how many were expected, each
 * read here, so the catalog's or the record's arrival re-renders this line, not the card.
 */
export function SkuLine({ shipmentId, sku }: { shipmentId: string; sku: string }) {
  const product = useCatalog(shipmentId).bySku.get(sku)?.product?.title ?? null;
  const expected = lineFor(useShipmentRecord(shipmentId).data?.shipment, sku)?.quantity ?? null;
  const t = useTranslations();
  return (
    <>
      <span className="font-mono">
        <OutsideText text={sku} />
      </span>
      {product && (
        <>
          {" · "}
          <OutsideText text={product} />
        </>
      )}
      {expected !== null && t("quantity.expectedLine", { count: expected })}
    </>
  );
}
