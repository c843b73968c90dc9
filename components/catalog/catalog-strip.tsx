"use client";

import { OutsideText } from "@/components/ui/outside-text";
import { ApiError } from "@/lib/api/fetcher";
import { formatBytes } from "@/lib/photos/format";
import type { CatalogEntry } from "@/lib/photos/types";
import { visibleText } from "@/lib/photos/visible-text";
import type { CatalogState } from "./use-catalog";

const frame = "mt-2 rounded-md border border-slate-200 bg-white px-3 py-2 text-sm";

/** The SKU's catalog product beside its received photos. */
export function CatalogStrip({ sku, catalog }: { sku: string; catalog: CatalogState }) {
  if (catalog.enabled === false) return null;
  if (catalog.isLoading) {
    return (
      <div className={`${frame} text-slate-500`} data-testid="catalog-strip">
        Loading catalog…
      </div>
    );
  }
  // A failed catalog is said once for the whole page (CatalogNotice), not once per SKU.
  if (catalog.error) return null;
  const entry = catalog.bySku.get(sku);
  if (!entry?.product) {
    return (
      <div className={`${frame} text-slate-600`} data-testid="catalog-strip">
        <span className="font-medium">Catalog:</span> <OutsideText text={sku} /> is not in the catalog.
      </div>
    );
  }
  return <CatalogProduct entry={entry} />;
}

function CatalogProduct({ entry }: { entry: CatalogEntry }) {
  return (
    <div className={frame} data-testid="catalog-strip">
      <p>
        <span className="font-medium">Catalog:</span>{" "}
        <span data-testid="catalog-title">
          <OutsideText text={entry.product?.title ?? ""} />
        </span>
      </p>
      {entry.images.length > 0 && (
        <ul className="mt-2 flex gap-2 overflow-x-auto pb-1" aria-label={`Catalog images of ${visibleText(entry.sku)}`}>
          {entry.images.map((image) => (
            <li key={image.name} className="shrink-0">
              {image.url ? (
                // biome-ignore lint/performance/noImgElement: catalog resources load straight from Sitoo
                <img
                  referrerPolicy="no-referrer"
                  src={image.url}
                  alt={`Catalog: ${visibleText(image.name)}`}
                  width={64}
                  height={64}
                  loading="lazy"
                  className="h-16 w-16 rounded border border-slate-200 object-cover"
                />
              ) : (
                <span className="block rounded border border-slate-200 px-2 py-1 text-xs">
                  <OutsideText text={image.name} />
                  {image.width && image.height ? ` (${image.width}×${image.height})` : ""}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {entry.files.length > 0 && (
        <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1" aria-label={`Catalog files of ${visibleText(entry.sku)}`}>
          {entry.files.map((file) => {
            const label = `${visibleText(file.name)} (${file.mimetype ?? "file"}, ${formatBytes(file.size)})`;
            return (
              <li key={file.name}>
                {file.url ? (
                  <a href={file.url} target="_blank" rel="noreferrer" className="text-brand-700 underline" data-touch>
                    {label}
                  </a>
                ) : (
                  label
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
export function CatalogNotice({ catalog }: { catalog: CatalogState }) {
  if (!catalog.error) return null;
  const requestId = catalog.error instanceof ApiError ? catalog.error.requestId : null;
  return (
    <div
      className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
      data-testid="catalog-notice"
      role="status"
    >
      <span className="font-medium">Catalog unavailable:</span> {catalog.error.message}
      {requestId && (
        <span className="ml-1">
          (request ID <code className="font-mono">{requestId}</code>)
        </span>
      )}{" "}
      The photos are not affected.{" "}
      <button type="button" className="ml-1 min-h-11 underline sm:min-h-0" onClick={catalog.retry}>
        Retry
      </button>
    </div>
  );
}
