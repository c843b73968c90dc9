// Groups a shipment's photos SKU → reason → discrepancy, and counts them for the summary.
import { isPending } from "@/lib/photos/labels";
import type { Photo } from "@/lib/photos/types";
import { likeness } from "@/lib/photos/visible-text";

export interface DiscrepancyGroup {
  discrepancyId: string;
  photos: Photo[];
}
export interface ReasonGroup {
  reasonCode: string;
  count: number;
  discrepancies: DiscrepancyGroup[];
}
export interface SkuGroup {
  sku: string;
  count: number;
  reasons: ReasonGroup[];
  /** Another SKU of the shipment differs from this one only in spaces or hidden characters. */
  lookalike: boolean;
}
export interface PhotoGroups {
  skus: SkuGroup[];
  /** Photos whose entity_id is not a four-part key: shown on their own, never dropped. */
  unrecognised: Photo[];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byCreated = (a: Photo, b: Photo) => (a.created_at ?? 0) - (b.created_at ?? 0) || byText(a.file_id, b.file_id);

function getOrAdd<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

export function groupPhotos(photos: readonly Photo[]): PhotoGroups {
  const skus = new Map<string, Map<string, Map<string, Photo[]>>>();
  const unrecognised: Photo[] = [];
  for (const photo of photos) {
    const key = photo.key;
    if (!key) {
      unrecognised.push(photo);
      continue;
    }
    const reasons = getOrAdd(skus, key.sku, () => new Map<string, Map<string, Photo[]>>());
    const discrepancies = getOrAdd(reasons, key.reason_code, () => new Map<string, Photo[]>());
    getOrAdd(discrepancies, key.discrepancy_id, (): Photo[] => []).push(photo);
  }
  const likenesses = new Map<string, number>();
  for (const sku of skus.keys()) likenesses.set(likeness(sku), (likenesses.get(likeness(sku)) ?? 0) + 1);
  return {
    skus: [...skus.entries()]
      .sort(([a], [b]) => byText(a, b))
      .map(([sku, reasons]) => {
        const reasonGroups = [...reasons.entries()]
          .sort(([a], [b]) => byText(a, b))
          .map(([reasonCode, discrepancies]) => {
            const groups = [...discrepancies.entries()]
              .map(([discrepancyId, list]) => ({ discrepancyId, photos: list.sort(byCreated) }))
              .sort((a, b) => byCreated(a.photos[0]!, b.photos[0]!));
            return { reasonCode, count: groups.reduce((n, g) => n + g.photos.length, 0), discrepancies: groups };
          });
        return {
          sku,
          count: reasonGroups.reduce((n, r) => n + r.count, 0),
          reasons: reasonGroups,
          lookalike: (likenesses.get(likeness(sku)) ?? 0) > 1,
        };
      }),
    unrecognised: unrecognised.sort(byCreated),
  };
}

/** The photos in display order: SKU, reason, discrepancy, then unrecognised. The viewer walks this. */
export function orderedPhotos(groups: PhotoGroups): Photo[] {
  const out: Photo[] = [];
  for (const sku of groups.skus)
    for (const reason of sku.reasons) for (const d of reason.discrepancies) out.push(...d.photos);
  out.push(...groups.unrecognised);
  return out;
}

export interface Summary {
  total: number;
  skus: number;
  discrepancies: number;
  pending: number;
  failed: number;
}

export function summarize(photos: readonly Photo[]): Summary {
  const skus = new Set<string>();
  const discrepancies = new Set<string>();
  let pending = 0;
  let failed = 0;
  for (const p of photos) {
    if (p.key) {
      skus.add(p.key.sku);
      discrepancies.add(`${p.key.sku}|${p.key.reason_code}|${p.key.discrepancy_id}`);
    }
    if (isPending(p.status)) pending++;
    else if (p.status === "failed") failed++;
  }
  return { total: photos.length, skus: skus.size, discrepancies: discrepancies.size, pending, failed };
}
