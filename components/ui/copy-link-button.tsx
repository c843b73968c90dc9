"use client";

import { useTranslations } from "next-intl";
import { useCopy } from "./use-copy";
import { useHydrated } from "./use-hydrated";

export function CopyLinkButton() {
  const { state, copy } = useCopy();
  const t = useTranslations();
  const hydrated = useHydrated();
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        disabled={!hydrated}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100"
        onClick={() => copy(window.location.href)}
      >
        {/* On a phone the word alone, so the page's actions fit one row; the name stays "Copy link". */}
        <span className="sm:hidden" aria-hidden="true">
          {t("copyLink.short")}
        </span>
        <span className="sr-only sm:not-sr-only">{t("copyLink.button")}</span>
      </button>
      {/* Takes no room until it has something to say (an empty live region is still announced when filled). */}
      <span aria-live="polite" className="text-sm text-slate-600 empty:sr-only">
        {state === "copied" ? t("copyLink.copied") : state === "failed" ? t("copyLink.failed") : ""}
      </span>
    </span>
  );
}
