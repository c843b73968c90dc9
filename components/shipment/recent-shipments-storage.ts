// The user's recently opened shipments, kept in this browser only.
import { isShipmentId } from "@/lib/photos/shipment-key";

const STORAGE_KEY = "spr.recent-shipments";
const MAX = 8;

export function readRecent(storage: Pick<Storage, "getItem">): string[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? "[]");
    return Array.isArray(parsed)
      ? parsed.filter((v): v is string => typeof v === "string" && isShipmentId(v)).slice(0, MAX)
      : [];
  } catch {
    return [];
  }
}

export function rememberShipment(storage: Pick<Storage, "getItem" | "setItem">, shipmentId: string): void {
  const next = [shipmentId, ...readRecent(storage).filter((id) => id !== shipmentId)].slice(0, MAX);
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Storage full or disabled: the list is a convenience, the page works without it.
  }
}
