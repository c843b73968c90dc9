"use client";
// The review page's frame: the title with the page's actions, then the overview column beside the
// cards on wide screens. Shared by the page and its placeholder while photos stream in.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { CopyLinkButton } from "@/components/ui/copy-link-button";

/** The title with the page's actions, then (wide screens) the overview column beside the cards. */
export function ReviewFrame({
  shipmentId,
  actions,
  overview,
  children,
}: {
  shipmentId: string;
  actions?: React.ReactNode;
  overview: React.ReactNode;
  children: React.ReactNode;
}) {
  const t = useTranslations();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-2">
        <div className="flex flex-wrap items-baseline gap-x-2">
          <p className="text-sm text-slate-600">
            <Link href="/" className="underline">
              {t("review.shipments")}
            </Link>{" "}
            /
          </p>
          <h1 className="text-xl font-semibold sm:text-2xl">
            {t.rich("review.title", {
              id: shipmentId,
              mono: (chunks) => <span className="font-mono">{chunks}</span>,
            })}
          </h1>
        </div>
        <div className="flex flex-wrap items-center gap-2" data-print="hide">
          {actions}
          <CopyLinkButton />
        </div>
      </div>
      {/* A workbench on wide screens: the overview (counts, SKUs, filters, then the record) stays in
          a column beside the cards; on narrow ones it comes first, the record (folded) leading. */}
      <div className="lg:grid lg:grid-cols-[17rem_minmax(0,1fr)] lg:items-start lg:gap-6">
        <section
          aria-label={t("review.overview")}
          className="flex flex-col gap-3 lg:sticky lg:top-3 lg:max-h-[calc(100dvh-1.5rem)] lg:overflow-y-auto lg:pb-2"
        >
          {overview}
        </section>
        <div className="mt-4 min-w-0 space-y-4 lg:mt-0">{children}</div>
      </div>
    </div>
  );
}
