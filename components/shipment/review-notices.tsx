"use client";
// What the review page says instead of, or above, its photos: a background refresh that failed
// (the photos stay), and a shipment with no photos at all.
import { useLocale, useTranslations } from "next-intl";
import { errorText } from "@/lib/api/error-text";
import { ApiError } from "@/lib/api/fetcher";
import { DidYouMean } from "./did-you-mean";

/** A failed refresh of the signed URLs: a quiet line with why and when it tries again. */
export function RefreshNotice({ error, nextTryAt }: { error: unknown; nextTryAt: number | null }) {
  const t = useTranslations();
  const locale = useLocale();
  return (
    <p
      className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm text-slate-700"
      role="status"
      data-testid="refresh-notice"
    >
      {t("review.refreshFailed", {
        reason:
          error instanceof Error
            ? t("review.refreshReason", {
                reason: errorText(t, locale, error instanceof ApiError ? error.code : null, error.message).replace(
                  /\.$/,
                  "",
                ),
              })
            : "",
        retry: nextTryAt ? t("review.retryAt", { time: new Date(nextTryAt).toLocaleTimeString(locale) }) : "",
      })}
    </p>
  );
}

/** A shipment ID with no photos: said with the ID, a hint, and another spelling that has some. */
export function EmptyReview({ shipmentId }: { shipmentId: string }) {
  const t = useTranslations();
  return (
    <div className="rounded-md border border-slate-200 bg-white p-6" data-testid="empty-state">
      <p className="font-semibold">
        {t.rich("review.empty", {
          id: shipmentId,
          mono: (chunks) => <span className="font-mono">{chunks}</span>,
        })}
      </p>
      <p className="mt-1 text-slate-600">{t("review.emptyHint")}</p>
      <DidYouMean shipmentId={shipmentId} />
    </div>
  );
}
