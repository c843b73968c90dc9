// The viewer's details panel: what a reviewer needs first (SKU and product, reason, discrepancy,
// when it was taken, size, status), and the raw identifiers behind "Technical details".
import { useLocale, useTranslations } from "next-intl";
import { OutsideText } from "@/components/ui/outside-text";
import { useShortId } from "@/components/ui/short-id";
import { formatBytes, formatTime } from "@/lib/photos/format";
import { isKnownReason, reasonLabel, statusLabel } from "@/lib/photos/labels";
import type { Photo } from "@/lib/photos/types";

export function PhotoDetails({ photo, productName }: { photo: Photo; productName?: string | null }) {
  const short = useShortId();
  const t = useTranslations();
  const locale = useLocale();
  const key = photo.key;
  // A photo that never became an image has no meaningful size.
  const size = photo.status === "ready" || (photo.file_size ?? 0) > 0 ? formatBytes(photo.file_size, locale) : "—";
  return (
    <aside
      className="max-h-[40vh] overflow-y-auto border-t border-slate-700 p-4 text-sm lg:max-h-none lg:w-80 lg:border-l lg:border-t-0"
      aria-label={t("details.label")}
    >
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1" data-testid="metadata">
        {key ? (
          <>
            <dt className="text-slate-400">{t("details.sku")}</dt>
            <dd>
              <span className="font-mono">
                <OutsideText text={key.sku} />
              </span>
              {productName && (
                <span className="block text-slate-300">
                  <OutsideText text={productName} />
                </span>
              )}
            </dd>
            <dt className="text-slate-400">{t("details.reason")}</dt>
            <dd>
              {isKnownReason(key.reason_code) ? (
                reasonLabel(t, key.reason_code)
              ) : (
                <OutsideText text={key.reason_code} />
              )}
            </dd>
            <dt className="text-slate-400">{t("details.discrepancy")}</dt>
            <dd className="font-mono">
              <OutsideText text={short(key.discrepancy_id)} />
            </dd>
          </>
        ) : (
          <>
            <dt className="text-slate-400">{t("details.key")}</dt>
            <dd>{t("details.keyNotForm")}</dd>
          </>
        )}
        <dt className="text-slate-400">{t("details.taken")}</dt>
        <dd>{formatTime(photo.created_at, undefined, locale)}</dd>
        <dt className="text-slate-400">{t("details.size")}</dt>
        <dd>{size}</dd>
        <dt className="text-slate-400">{t("details.status")}</dt>
        <dd>{statusLabel(t, photo.status)}</dd>
      </dl>
      <details className="mt-3" data-testid="technical-details">
        <summary className="flex min-h-11 cursor-pointer items-center text-slate-300 sm:min-h-0">
          {t("details.technical")}
        </summary>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          <dt className="text-slate-400">{t("details.fileId")}</dt>
          <dd className="break-all font-mono">{photo.file_id}</dd>
          <dt className="text-slate-400">{t("details.entityId")}</dt>
          <dd className="break-all font-mono">
            <OutsideText text={photo.entity_id} />
          </dd>
          {key && (
            <>
              <dt className="text-slate-400">{t("details.discrepancyId")}</dt>
              <dd className="break-all font-mono">
                <OutsideText text={key.discrepancy_id} />
              </dd>
            </>
          )}
          <dt className="text-slate-400">{t("details.updated")}</dt>
          <dd>{formatTime(photo.updated_at, undefined, locale)}</dd>
        </dl>
      </details>
    </aside>
  );
}
