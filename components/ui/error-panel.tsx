"use client";
import { useLocale, useTranslations } from "next-intl";
import { errorText } from "@/lib/api/error-text";
import { ApiError } from "@/lib/api/fetcher";

export function ErrorPanel({ error, title, onRetry }: { error: unknown; title: string; onRetry?: () => void }) {
  const t = useTranslations();
  const locale = useLocale();
  const message =
    error instanceof Error
      ? errorText(t, locale, error instanceof ApiError ? error.code : null, error.message)
      : t("errorPanel.generic");
  const requestId = error instanceof ApiError ? error.requestId : null;
  const timedOut = error instanceof ApiError && error.code === "UPSTREAM_TIMEOUT";
  return (
    <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-4 text-red-900">
      <p className="font-semibold">{timedOut ? t("errorPanel.timedOut", { title }) : title}</p>
      <p className="mt-1">{message}</p>
      {requestId && (
        <p className="mt-1 text-sm text-red-800">
          {t.rich("errorPanel.requestId", {
            id: requestId,
            code: (chunks) => <code className="font-mono">{chunks}</code>,
          })}
        </p>
      )}
      {onRetry && (
        <button
          type="button"
          onClick={onRetry}
          className="mt-3 rounded-md border border-red-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-red-100"
        >
          {t("errorPanel.retry")}
        </button>
      )}
    </div>
  );
}
