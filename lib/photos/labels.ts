// Human labels for reason codes, photo statuses and photos. Shared and pure.
import { shortId } from "@/lib/photos/format";
import type { Photo } from "@/lib/photos/types";

// Maps, not object literals: codes come from store devices, and `__proto__` or `constructor` must
// be shown as the text they are, not looked up on Object.prototype.
const LABELS = new Map([
  ["DAMAGED", "Damaged"],
  ["WRONG_ITEM", "Wrong item"],
  ["SHORTAGE", "Shortage"],
  ["OVERAGE", "Overage"],
]);

/** A human label for known reason codes; unknown codes are shown as they are. */
export function reasonLabel(code: string): string {
  return LABELS.get(code) ?? code;
}

const STATUS_LABELS = new Map([
  ["uploading", "Uploading"],
  ["uploaded", "Queued for processing"],
  ["processing", "Processing"],
  ["ready", "Ready"],
  ["failed", "Processing failed"],
]);

export function statusLabel(status: string): string {
  return STATUS_LABELS.get(status) ?? status;
}

/** Statuses that can still change into `ready`, so the page keeps polling while any remain. */
export function isPending(status: string): boolean {
  return status === "uploading" || status === "uploaded" || status === "processing";
}

/** A photo's accessible name: what it shows, for the grid and the viewer alike. */
export function photoAlt(photo: Photo): string {
  const k = photo.key;
  return k
    ? `${k.sku}, ${reasonLabel(k.reason_code)}, discrepancy ${shortId(k.discrepancy_id)}`
    : `Photo with unrecognised key ${photo.entity_id}`;
}
