"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useShortId } from "@/components/ui/short-id";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { Translate } from "@/lib/i18n/translate";
import { reasonLabel, statusLabel } from "@/lib/photos/labels";
import type { Photo } from "@/lib/photos/types";
import type { View } from "@/lib/photos/view";
import { visibleText } from "@/lib/photos/visible-text";

type FilterKey = "sku" | "reason" | "discrepancy" | "status";

function options(photos: readonly Photo[], pick: (p: Photo) => string | undefined) {
  const counts = new Map<string, number>();
  for (const p of photos) {
    const v = pick(p);
    if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
}

/** The discrepancies among `photos`, grouped under "SKU · reason", each with its photo count. */
function discrepancyGroups(t: Translate, photos: readonly Photo[]) {
  const groups = new Map<string, Map<string, number>>();
  for (const p of photos) {
    if (!p.key) continue;
    const label = `${visibleText(p.key.sku)} · ${reasonLabel(t, p.key.reason_code)}`;
    const group = groups.get(label) ?? new Map<string, number>();
    group.set(p.key.discrepancy_id, (group.get(p.key.discrepancy_id) ?? 0) + 1);
    groups.set(label, group);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
}

export function Filters({
  photos,
  view,
  onChange,
}: {
  photos: readonly Photo[];
  view: View;
  onChange: (v: View) => void;
}) {
  const short = useShortId();
  const t = useTranslations();
  // Until the page's script runs a choice would be lost: the lists wait for it.
  const hydrated = useHydrated();
  const [shown, setShown] = useState(false);
  const panel = useId();
  // Each list narrows by the filters above it, so only combinations that exist are offered.
  const bySku = view.sku ? photos.filter((p) => p.key?.sku === view.sku) : photos;
  const byReason = view.reason ? bySku.filter((p) => p.key?.reason_code === view.reason) : bySku;
  const filters: { key: FilterKey; label: string; values: [string, number][]; text: (v: string) => string }[] = [
    { key: "sku", label: t("filters.sku"), values: options(photos, (p) => p.key?.sku), text: visibleText },
    {
      key: "reason",
      label: t("filters.reason"),
      values: options(bySku, (p) => p.key?.reason_code),
      text: (v) => reasonLabel(t, v),
    },
    {
      key: "discrepancy",
      label: t("filters.discrepancy"),
      values: options(byReason, (p) => p.key?.discrepancy_id),
      text: (v) => visibleText(short(v)),
    },
    {
      key: "status",
      label: t("filters.status"),
      values: options(photos, (p) => p.status),
      text: (v) => statusLabel(t, v),
    },
  ];
  const active = filters.filter((f) => view[f.key]).length;
  return (
    <>
      {/* On a phone the four lists fold behind one button until needed; open while any is set. */}
      <button
        type="button"
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100 sm:hidden"
        disabled={!hydrated}
        aria-expanded={shown || active > 0}
        aria-controls={panel}
        onClick={() => setShown((s) => !s)}
      >
        {t("filters.button")}
        {active > 0 && t("filters.set", { count: active })}
      </button>
      <div
        id={panel}
        className={`${shown || active > 0 ? "grid" : "hidden"} mt-2 grid-cols-2 items-end gap-2 sm:mt-0 sm:flex sm:flex-wrap sm:gap-x-4 lg:grid lg:gap-2`}
      >
        {filters.map((f) => {
          const current = view[f.key];
          const values =
            current && !f.values.some(([v]) => v === current)
              ? [...f.values, [current, 0] as [string, number]]
              : f.values;
          return (
            <label key={f.key} className="min-w-0 text-sm sm:flex sm:items-center sm:gap-2 lg:block">
              <span className="block font-medium sm:shrink-0">{f.label}</span>
              <select
                name={f.key}
                disabled={!hydrated}
                value={current ?? ""}
                onChange={(e) => {
                  const next: View = { ...view, [f.key]: e.target.value || undefined, photo: undefined };
                  // Narrower filters that no longer fit a changed broader one are cleared.
                  if (f.key === "sku") Object.assign(next, { reason: undefined, discrepancy: undefined });
                  if (f.key === "reason") next.discrepancy = undefined;
                  onChange(next);
                }}
                className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 sm:mt-0 sm:w-28 lg:mt-1 lg:w-full"
              >
                <option value="">{t("filters.all")}</option>
                {f.key === "discrepancy" && values.length === f.values.length
                  ? // Short IDs mean little alone: grouped under their SKU and reason.
                    discrepancyGroups(t, byReason).map(([label, ids]) => (
                      <optgroup key={label} label={label}>
                        {[...ids.entries()].map(([v, n]) => (
                          <option key={v} value={v}>
                            {t("filters.option", { text: f.text(v), count: n })}
                          </option>
                        ))}
                      </optgroup>
                    ))
                  : values.map(([v, n]) => (
                      <option key={v} value={v}>
                        {t("filters.option", { text: f.text(v), count: n })}
                      </option>
                    ))}
              </select>
            </label>
          );
        })}
      </div>
    </>
  );
}
