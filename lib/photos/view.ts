// The review page's view lives in the query string, so the address bar is the shareable link.
import type { Photo } from "@/lib/photos/types";

export interface View {
  sku?: string;
  reason?: string;
  discrepancy?: string;
  status?: string;
  photo?: string;
}

export const VIEW_KEYS = ["sku", "reason", "discrepancy", "status", "photo"] as const;

// Filter values are compared, never sent upstream; the cap keeps a pasted link from bloating state.
const MAX_VALUE = 256;
// Control characters (NUL, CR…) do not survive the trip through server-rendered HTML unchanged,
// so server and browser would disagree; no SKU, reason, status or ID contains one.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we refuse
const CONTROL = /[\u0000-\u001f\u007f]/;

export function parseView(params: URLSearchParams): View {
  const view: View = {};
  for (const key of VIEW_KEYS) {
    const value = params.get(key);
    if (value && value.length <= MAX_VALUE && !CONTROL.test(value)) view[key] = value;
  }
  return view;
}

export function viewToSearch(view: View): string {
  const params = new URLSearchParams();
  for (const key of VIEW_KEYS) {
    const value = view[key];
    if (value) params.set(key, value);
  }
  const s = params.toString();
  return s ? `?${s}` : "";
}

export function matchesView(photo: Photo, view: View): boolean {
  if (view.status && photo.status !== view.status) return false;
  if (view.sku && photo.key?.sku !== view.sku) return false;
  if (view.reason && photo.key?.reason_code !== view.reason) return false;
  if (view.discrepancy && photo.key?.discrepancy_id !== view.discrepancy) return false;
  return true;
}

export function hasFilters(view: View): boolean {
  return Boolean(view.sku || view.reason || view.discrepancy || view.status);
}

/** The id of a SKU's section on the review page, which the SKU index links to. */
export const skuAnchor = (index: number) => `sku-${index}`;
