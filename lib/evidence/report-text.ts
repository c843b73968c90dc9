// Words the claim report writes that come from data: times as UTC, the scope line, and the
// sections of photos whose keys are not four segments. Server-only; used by report.ts.
import "server-only";
import type { Translate } from "@/lib/i18n/translate";
import type { Photo } from "@/lib/photos/types";
import { visibleText } from "@/lib/photos/visible-text";
import type { PackScope } from "./scope";

export const iso = (at: string) => `${at.replace("T", " ").slice(0, 16)} UTC`;
export const day = (seconds: number) => iso(new Date(seconds * 1000).toISOString());

export function groupsOfUnrecognised(t: Translate, photos: Photo[]) {
  const byEntity = new Map<string, Photo[]>();
  for (const p of photos) byEntity.set(p.entity_id, [...(byEntity.get(p.entity_id) ?? []), p]);
  return [...byEntity].map(([entityId, list]) => ({
    title: t("report.unrecognisedSection", { key: visibleText(entityId) }),
    entityId,
    photos: list,
  }));
}

export function scopeText(t: Translate, scope: PackScope): string {
  const f = scope.view;
  const parts = [
    f.sku && t("report.scopeSku", { value: visibleText(f.sku) }),
    f.reason && t("report.scopeReason", { value: visibleText(f.reason) }),
    f.discrepancy && t("report.scopeDiscrepancy", { value: visibleText(f.discrepancy) }),
    f.status && t("report.scopeStatus", { value: visibleText(f.status) }),
  ].filter(Boolean) as string[];
  const which = parts.length ? t("report.scopeSome", { filters: parts.join(", ") }) : t("report.scopeAll");
  return t("report.scope", { scope: which, count: scope.photos.length });
}
