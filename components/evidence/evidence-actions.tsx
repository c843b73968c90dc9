// The review page's downloads for the current view: the evidence pack (a streamed ZIP of every
// ready photo with a manifest and the claim report) and the claim report alone. Plain links: the
// server states the pack's exact length, so the browser's own download shows true progress and
// can be cancelled, and nothing is held in the page's memory.
"use client";
import { useLocale, useTranslations } from "next-intl";
import { apiPaths } from "@/lib/api/paths";
import { formatBytes } from "@/lib/photos/format";
import type { Photo } from "@/lib/photos/types";
import type { View } from "@/lib/photos/view";

const LINK =
  "inline-flex min-h-9 items-center rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100";

export function EvidenceActions({ shipmentId, view, photos }: { shipmentId: string; view: View; photos: Photo[] }) {
  const ready = photos.filter((p) => p.status === "ready" && p.download_url);
  const bytes = ready.reduce((n, p) => n + (p.file_size ?? 0), 0);
  const t = useTranslations();
  const locale = useLocale();
  if (photos.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2" data-print="hide" data-testid="evidence-actions">
      <a
        className={LINK}
        href={apiPaths.evidence(shipmentId, view, "evidence.zip")}
        download
        data-testid="download-evidence"
      >
        {/* On a phone the counts give way so the page's actions fit one row. One inline run, so
            the space before the counts stays (a flex item's leading space would not). */}
        <span>
          <span className="sm:hidden">{t("evidence.downloadShort")}</span>
          <span className="hidden sm:inline">
            {t("evidence.download")}
            {t("evidence.counts", { count: ready.length, size: formatBytes(bytes, locale) })}
          </span>
        </span>
      </a>
      <a
        className={LINK}
        href={apiPaths.evidence(shipmentId, view, "report.pdf")}
        download
        data-testid="download-report"
      >
        <span>
          <span className="sm:hidden">{t("evidence.reportShort")}</span>
          <span className="hidden sm:inline">{t("evidence.report")}</span>
        </span>
      </a>
    </div>
  );
}
