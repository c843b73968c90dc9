"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";

// An unexpected failure while rendering the review page: say so, offer a retry and a way back.
export default function ReviewError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations();
  return (
    <div role="alert" className="mx-auto max-w-xl rounded-md border border-red-200 bg-red-50 p-4 text-red-900">
      <h1 className="text-lg font-semibold">{t("reviewError.title")}</h1>
      <p className="mt-1">{t("reviewError.body")}</p>
      {error.digest && (
        <p className="mt-1 text-sm text-red-800">
          {t.rich("reviewError.reference", {
            digest: error.digest,
            code: (chunks) => <code className="font-mono">{chunks}</code>,
          })}
        </p>
      )}
      <div className="mt-3 flex gap-3">
        <button
          type="button"
          onClick={reset}
          className="rounded-md border border-red-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-red-100"
        >
          {t("reviewError.retry")}
        </button>
        <Link href="/" className="px-1 py-1.5 text-sm font-medium underline">
          {t("reviewError.back")}
        </Link>
      </div>
    </div>
  );
}
