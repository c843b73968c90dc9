// Human labels for reason codes, photo statuses and photos. Shared and pure.
import { shortId } from "@/lib/photos/format";
import type { Photo } from "@/lib/photos/types";
import { visibleText } from "@/lib/photos/visible-text";

// Maps, not object literals: codes come from store devices, and `__proto__` or `constructor` must
// be shown as the text they are, not looked up on Object.prototype.
const LABELS = new Map([
  ["DAMAGED", "Damaged"],
  ["WRONG_ITEM", "Wrong item"],
  ["SHORTAGE", "Shortage"],
  ["OVERAGE", "Overage"],
]);

export const isKnownReason = (code: string) => LABELS.has(code);

// A reason's badge colour (always with its label: never colour alone). Kept literal for Tailwind.
const REASON_TONES = new Map([
  ["DAMAGED", "bg-red-100 text-red-800"],
  ["WRONG_ITEM", "bg-violet-100 text-violet-800"],
  ["SHORTAGE", "bg-amber-100 text-amber-900"],
  ["OVERAGE", "bg-sky-100 text-sky-800"],
]);

export const reasonTone = (code: string) => REASON_TONES.get(code) ?? "bg-slate-200 text-slate-800";

/** A human label for known reason codes; unknown codes as they are, hidden characters written out. */
export function reasonLabel(code: string): string {
  return LABELS.get(code) ?? visibleText(code);
}

const STATUS_LABELS = new Map([
  ["uploading", "Uploading"],
  ["uploaded", "Queued for processing"],
  ["processing", "Processing"],
  ["ready", "Ready"],
  ["failed", "Processing failed"],
]);

export function statusLabel(status: string): string {
  return STATUS_LABELS.get(status) ?? visibleText(status);
}

/** Statuses that can still change into `ready`, so the page keeps polling while any remain. */
export function isPending(status: string): boolean {
  return status === "uploading" || status === "uploaded" || status === "processing";
}

/** A discrepancy's name: its SKU, reason and (shortened) ID. */
export function discrepancyName(sku: string, reasonCode: string, id: string, short = shortId): string {
  return `${visibleText(sku)}, ${reasonLabel(reasonCode)}, discrepancy ${visibleText(short(id))}`;
}

/** A photo's accessible name: what it shows, for the grid and the viewer alike. */
export function photoAlt(photo: Photo, short = shortId): string {
  const k = photo.key;
  return k
    ? discrepancyName(k.sku, k.reason_code, k.discrepancy_id, short)
    : `Photo with unrecognised key ${visibleText(photo.entity_id)}`;
}
