// Human labels for reason codes, photo statuses and photos, in the page's language (the
// translator passed in). Shared and pure.
import type { Translate } from "@/lib/i18n/translate";
import { shortId } from "@/lib/photos/format";
import type { Photo } from "@/lib/photos/types";
import { visibleText } from "@/lib/photos/visible-text";

// Sets, not object lookups: codes come from store devices, and `__proto__` or `constructor` must
// be shown as the text they are, never turned into a message key.
const REASONS = new Set(["DAMAGED", "WRONG_ITEM", "SHORTAGE", "OVERAGE"]);

export const isKnownReason = (code: string) => REASONS.has(code);

// A reason's badge colour (always with its label: never colour alone). Kept literal for Tailwind.
const REASON_TONES = new Map([
  ["DAMAGED", "bg-red-100 text-red-800"],
  ["WRONG_ITEM", "bg-violet-100 text-violet-800"],
  ["SHORTAGE", "bg-amber-100 text-amber-900"],
  ["OVERAGE", "bg-sky-100 text-sky-800"],
]);

export const reasonTone = (code: string) => REASON_TONES.get(code) ?? "bg-slate-200 text-slate-800";

/** A human label for known reason codes; unknown codes as they are, hidden characters written out. */
export function reasonLabel(t: Translate, code: string): string {
  return REASONS.has(code) ? t(`reason.${code}`) : visibleText(code);
}

const STATUSES = new Set(["uploading", "uploaded", "processing", "ready", "failed"]);

export function statusLabel(t: Translate, status: string): string {
  return STATUSES.has(status) ? t(`photoStatus.${status}`) : visibleText(status);
}

/** Statuses that can still change into `ready`, so the page keeps polling while any remain. */
export function isPending(status: string): boolean {
  return status === "uploading" || status === "uploaded" || status === "processing";
}

/** A discrepancy's name: its SKU, reason and (shortened) ID. */
export function discrepancyName(t: Translate, sku: string, reasonCode: string, id: string, short = shortId): string {
  return t("photo.discrepancyName", {
    sku: visibleText(sku),
    reason: reasonLabel(t, reasonCode),
    id: visibleText(short(id)),
  });
}

/** A photo's accessible name: what it shows, for the grid and the viewer alike. */
export function photoAlt(t: Translate, photo: Photo, short = shortId): string {
  const k = photo.key;
  return k
    ? discrepancyName(t, k.sku, k.reason_code, k.discrepancy_id, short)
    : t("photo.unrecognisedAlt", { key: visibleText(photo.entity_id) });
}
