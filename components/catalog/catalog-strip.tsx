"use client";

import { useLocale, useTranslations } from "next-intl";
import { OutsideText } from "@/components/ui/outside-text";
import { errorText } from "@/lib/api/error-text";
import { ApiError } from "@/lib/api/fetcher";
import { formatBytes } from "@/lib/photos/format";
import type { CatalogEntry } from "@/lib/photos/types";
import { visibleText } from "@/lib/photos/visible-text";
import { useCatalog } from "./use-catalog";

// One line beside the SKU's heading: the product's name, its images small, its files as links.
const line = "flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1 text-sm";

/**
 * The SKU's catalog product beside its received photos. It reads the catalog itself, so the
 * catalog's arrival re-renders the strips, not the whole review.
 */
export function CatalogStrip({ shipmentId, sku }: { shipmentId: string; sku: string }) {
  const catalog = useCatalog(shipmentId);
  const t = useTranslations();
  if (catalog.enabled === false) return null;
  if (catalog.isLoading) {
    return (
      <span className={`${line} text-slate-500`} data-testid="catalog-strip">
        {t("catalog.loading")}
      </span>
    );
  }
  // A failed catalog is said once for the whole page (CatalogNotice), not once per SKU.
  if (catalog.error) return null;
  const entry = catalog.bySku.get(sku);
  if (!entry?.product) {
    return (
      <span className={`${line} text-slate-600`} data-testid="catalog-strip">
        {t.rich("catalog.notInCatalog", { sku: () => <OutsideText text={sku} /> })}
      </span>
    );
  }
  return <CatalogProduct entry={entry} />;
}

function CatalogProduct({ entry }: { entry: CatalogEntry }) {
  const t = useTranslations();
  const locale = useLocale();
  return (
    <div className={line} data-testid="catalog-strip">
      <span>
        <span className="sr-only">{t("catalog.label")}</span>
        <span className="font-medium" data-testid="catalog-title">
          <OutsideText text={entry.product?.title ?? ""} />
        </span>
      </span>
      {entry.images.length > 0 && (
        <ul
          className="flex flex-wrap items-center gap-1"
          aria-label={t("catalog.images", { sku: visibleText(entry.sku) })}
        >
          {entry.images.map((image) => (
            <li key={image.name}>
              {image.url ? (
                // biome-ignore lint/performance/noImgElement: catalog resources load straight from Sitoo
                <img
                  referrerPolicy="no-referrer"
                  src={image.url}
                  alt={t("catalog.image", { name: visibleText(image.name) })}
                  title={visibleText(image.name)}
                  width={32}
                  height={32}
                  loading="lazy"
                  className="h-8 w-8 rounded border border-slate-200 object-cover"
                />
              ) : (
                <span className="block rounded border border-slate-200 px-1.5 text-xs">
                  <OutsideText text={image.name} />
                  {image.width && image.height ? ` (${image.width}×${image.height})` : ""}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {entry.files.length > 0 && (
        <ul className="flex flex-wrap gap-x-3 text-xs" aria-label={t("catalog.files", { sku: visibleText(entry.sku) })}>
          {entry.files.map((file) => {
            // The name shows; its type and size are in its accessible name and tooltip.
            const about = ` (${file.mimetype ?? t("catalog.file")}, ${formatBytes(file.size, locale)})`;
            const content = (
              <>
                <OutsideText text={file.name} />
                <span className="sr-only">{about}</span>
              </>
            );
            return (
              <li key={file.name} title={`${visibleText(file.name)}${about}`}>
                {file.url ? (
                  <a href={file.url} target="_blank" rel="noreferrer" className="text-brand-700 underline" data-touch>
                    {content}
                  </a>
                ) : (
                  content
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/** The catalog's failure, once for the page, with one Retry; the photos are unaffected. */
export function CatalogNotice({ shipmentId }: { shipmentId: string }) {
  const catalog = useCatalog(shipmentId);
  const t = useTranslations();
  const locale = useLocale();
  if (!catalog.error) return null;
  const requestId = catalog.error instanceof ApiError ? catalog.error.requestId : null;
  return (
    <div
      className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
      data-testid="catalog-notice"
      role="status"
    >
      <span className="font-medium">{t("catalog.unavailable")}</span>{" "}
      {errorText(t, locale, catalog.error instanceof ApiError ? catalog.error.code : null, catalog.error.message)}
      {requestId && (
        <span className="ml-1">
          {t.rich("catalog.requestId", {
            id: requestId,
            code: (chunks) => <code className="font-mono">{chunks}</code>,
          })}
        </span>
      )}{" "}
      {t("catalog.notAffected")}{" "}
      <button type="button" className="ml-1 min-h-11 underline sm:min-h-0" onClick={catalog.retry}>
        {t("catalog.retry")}
      </button>
    </div>
  );
}
