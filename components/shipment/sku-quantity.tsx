"use client";
// Beside a SKU's photos: how many the shipment said to expect and how many the store received.
import { lineFor, quantityText } from "@/lib/shipments/model";
import { useShipmentRecord } from "./shipment-record";

export function SkuQuantity({ shipmentId, sku }: { shipmentId: string; sku: string }) {
  const line = lineFor(useShipmentRecord(shipmentId).data?.shipment, sku);
  const text = quantityText(line);
  if (!line || !text) return null;
  const gap = line.quantity !== null && line.quantity_received !== null ? line.quantity_received - line.quantity : null;
  return (
    <p className="mt-1 text-sm text-slate-700" data-testid="sku-quantity">
      {text.charAt(0).toUpperCase() + text.slice(1)}
      {gap !== null && gap !== 0 && " "}
      {gap !== null && gap !== 0 && (
        <span className={`font-medium ${gap < 0 ? "text-red-700" : "text-amber-800"}`}>
          ({gap < 0 ? `${-gap} short` : `${gap} over`})
        </span>
      )}
    </p>
  );
}
