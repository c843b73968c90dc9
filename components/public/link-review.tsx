"use client";
// An evidence link's review, read-only: the downloads of its scope, then the staff's grid without
// decision controls (each discrepancy shows what is claimed from this party), and the viewer.
// Every image and download is one of the link's own routes under /s/{token}/.
import dynamic from "next/dynamic";
import { useLocale, useTranslations } from "next-intl";
import { useCallback, useMemo, useRef, useState } from "react";
import { type GridHandle, PhotoGroups } from "@/components/photo-grid/photo-groups";
import { IdLengthProvider } from "@/components/ui/short-id";
import { recoverySummary } from "@/lib/decisions/labels";
import type { Recovery } from "@/lib/decisions/model";
import { formatMoney } from "@/lib/decisions/money";
import { idLength } from "@/lib/photos/format";
import { groupPhotos } from "@/lib/photos/grouping";
import type { Photo } from "@/lib/photos/types";

const PhotoViewer = dynamic(() => import("@/components/photo/viewer/photo-viewer").then((m) => m.PhotoViewer), {
  ssr: false,
});

export interface LinkClaim {
  reference: string | null;
  amount: number | null;
  currency: string | null;
  /** What came back on it. */
  recovery: Recovery | null;
}

const BUTTON =
  "inline-flex items-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100";

export function LinkReview({
  token,
  photos,
  claims,
  initialPhoto,
}: {
  token: string;
  /** In scope, in the review's order, with the link's own image addresses. */
  photos: Photo[];
  /** What is claimed from this party, by entity_id. */
  claims: Record<string, LinkClaim>;
  initialPhoto: string | null;
}) {
  const t = useTranslations();
  const locale = useLocale();
  const groups = useMemo(() => groupPhotos(photos), [photos]);
  const ids = useMemo(() => idLength(photos.flatMap((p) => (p.key ? [p.key.discrepancy_id] : []))), [photos]);
  const [open, setOpen] = useState<string | null>(initialPhoto);
  const openIndex = open ? photos.findIndex((p) => p.file_id === open) : -1;
  const base = `/s/${token}`;
  const show = useCallback((fileId: string | null) => {
    setOpen(fileId);
    const url = new URL(window.location.href);
    if (fileId) url.searchParams.set("photo", fileId);
    else url.searchParams.delete("photo");
    window.history.replaceState(null, "", url);
  }, []);
  const opener = useMemo(
    () => ({ open: show, href: (fileId: string) => `?photo=${encodeURIComponent(fileId)}` }),
    [show],
  );
  // Our own URLs do not expire: a failed thumbnail is shown as unavailable after its one retry.
  const onImageError = useCallback(() => Promise.resolve(), []);
  const renderClaim = useCallback(
    (entityId: string) => {
      const claim = claims[entityId];
      return (
        <p className="px-3 py-2 text-sm" data-testid="link-claim">
          <span className="text-slate-600">{t("link.claim")}: </span>
          {claim ? (
            <span className="font-medium">
              {[
                claim.reference,
                claim.amount !== null && claim.currency ? formatMoney(claim.amount, claim.currency, locale) : null,
              ]
                .filter(Boolean)
                .join(" · ") || "—"}
            </span>
          ) : (
            <span className="text-slate-500">{t("link.noClaim")}</span>
          )}
          {claim?.recovery && (
            <span className="block text-emerald-800" data-testid="link-recovery">
              {recoverySummary(
                t,
                { party: "supplier", reference: claim.reference, amount: claim.amount, currency: claim.currency },
                claim.recovery,
                locale,
              )}
            </span>
          )}
        </p>
      );
    },
    [claims, t, locale],
  );
  const grid = useRef<GridHandle>(null);
  // What is claimed from this party in all, per currency.
  const totals = new Map<string, number>();
  for (const c of Object.values(claims))
    if (c.amount !== null && c.currency) totals.set(c.currency, (totals.get(c.currency) ?? 0) + c.amount);
  const discrepancies = groups.skus.reduce((n, s) => n + s.reasons.reduce((m, r) => m + r.discrepancies.length, 0), 0);

  return (
    <IdLengthProvider value={ids}>
      <section aria-label={t("link.downloads")} className="flex flex-wrap items-center gap-3">
        <a className={BUTTON} href={`${base}/evidence.zip`} download data-testid="link-pack">
          {t("link.pack")}
        </a>
        <a
          className="inline-flex items-center rounded-md bg-brand-700 px-3 py-2 text-sm font-medium text-white hover:bg-brand-600"
          href={`${base}/report.pdf`}
          download
          data-testid="link-report"
        >
          {t("link.report")}
        </a>
        <span className="text-sm text-slate-600" data-testid="link-count">
          {t("link.photos", { count: photos.length, discrepancies })}
        </span>
      </section>
      {totals.size > 0 && (
        <p className="font-medium" data-testid="link-total">
          {t("link.total", {
            amounts: [...totals].map(([currency, minor]) => formatMoney(minor, currency, locale)).join(", "),
          })}
        </p>
      )}
      {photos.length === 0 ? (
        <p className="rounded-md border border-slate-200 bg-white p-6">{t("link.empty")}</p>
      ) : (
        <PhotoGroups
          handle={grid}
          groups={groups}
          onOpen={opener}
          onImageError={onImageError}
          renderDiscrepancyAside={renderClaim}
        />
      )}
      {openIndex >= 0 && (
        <PhotoViewer
          photo={photos[openIndex]!}
          position={{ index: openIndex, total: photos.length }}
          onNavigate={(delta) => {
            const next = photos[openIndex + delta];
            if (next) show(next.file_id);
          }}
          onClose={() => show(null)}
          onImageError={onImageError}
          catalogImages={[]}
          downloadHref={(fileId) => `${base}/photos/${fileId}`}
        />
      )}
    </IdLengthProvider>
  );
}
