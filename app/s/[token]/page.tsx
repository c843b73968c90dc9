import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { type LinkClaim, LinkReview } from "@/components/public/link-review";
import { PublicRecord } from "@/components/public/public-record";
import { db } from "@/lib/db/client";
import { shipmentDecisions } from "@/lib/db/decisions";
import { outsiderDecisions, outsiderPhoto, recordOpen, scopedPhotos } from "@/lib/links/public";
import { linkOfToken } from "@/lib/links/state";
import { groupPhotos, orderedPhotos } from "@/lib/photos/grouping";
import { describeError, log } from "@/lib/server/log";
import { companyName } from "@/lib/server/public-identity";
import { shipmentAnswer } from "@/lib/sync/record";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  // Not the shipment: a title is what a browser's history and tab show to anyone nearby.
  return { title: t("link.downloads"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

// Public, no account: an evidence link's read-only review, in the link's language (proxy.ts has
// checked the link and its limits; a gone link never gets here). The same grid as staff's, without
// decision controls; every image through our server.
export default async function LinkPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ photo?: string }>;
}) {
  const { token } = await params;
  const link = await linkOfToken(token);
  if (link?.status !== "active") notFound();
  const requestId = randomUUID();
  const store = await db();
  const [photos, decisions, answer] = await Promise.all([
    // Sitoo down or slow: the page says so in the link's language rather than an error page.
    scopedPhotos(link, requestId).catch((err: unknown) => {
      log("warn", "link page without photos", { request_id: requestId, error: describeError(err) });
      return null;
    }),
    shipmentDecisions(store, link.shipment_id),
    // The stored record, else Sitoo Shipments' (stored for next time); the page goes on without it.
    shipmentAnswer(link.shipment_id, requestId).catch(() => ({ shipment: null })),
  ]);
  recordOpen(link, "page", await headers(), requestId);
  const claims: Record<string, LinkClaim> = {};
  for (const [entityId, d] of outsiderDecisions(link, decisions))
    if (d.claim)
      claims[entityId] = {
        reference: d.claim.reference,
        amount: d.claim.amount,
        currency: d.claim.currency,
        recovery: d.recovery,
      };
  const t = await getTranslations();
  const format = await getFormatter();
  const company = companyName();
  const ordered = orderedPhotos(groupPhotos(photos ?? [])).map((p) => outsiderPhoto(p, token));
  const initial = (await searchParams).photo;
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-3">
          <p className="flex items-center gap-2 font-semibold text-brand-900" data-testid="link-company">
            {/* biome-ignore lint/performance/noImgElement: a 24 px SVG of our own; nothing to optimise */}
            <img src="/icon.svg" alt="" width={24} height={24} className="rounded" />
            {company}
          </p>
          <p className="text-sm text-slate-600">
            {t("link.forParty", { party: t(`link.party.${link.party}`) })} · {link.recipient}
          </p>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl space-y-4 px-4 py-6">
        <div>
          <h1 className="text-2xl font-semibold">{t("link.title", { id: link.shipment_id })}</h1>
          <p className="mt-1 max-w-3xl text-slate-700">{t("link.intro", { company })}</p>
          <p className="mt-1 text-sm text-slate-600">
            {t("link.expires", { date: format.dateTime(new Date(link.expires_at), { dateStyle: "long" }) })}
          </p>
        </div>
        <PublicRecord shipmentId={link.shipment_id} record={answer.shipment} />
        {photos === null ? (
          <div
            role="alert"
            className="rounded-md border border-amber-300 bg-amber-50 p-4"
            data-testid="link-unavailable"
          >
            <p className="font-semibold text-amber-900">{t("link.unavailableTitle")}</p>
            <p className="mt-1 text-amber-900">{t("link.unavailable")}</p>
          </div>
        ) : (
          <LinkReview
            token={token}
            photos={ordered}
            claims={claims}
            initialPhoto={initial && ordered.some((p) => p.file_id === initial) ? initial : null}
          />
        )}
        <p className="text-sm text-slate-600">{t("link.private", { recipient: link.recipient })}</p>
      </main>
    </div>
  );
}
