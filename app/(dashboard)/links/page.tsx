import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LinksTable } from "@/components/links/links-table";
import { LINK_STATUSES, type LinkStatus } from "@/lib/links/model";
import { isShipmentId } from "@/lib/photos/shipment-key";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("links.title") };
}

// Every role sees the team's links; reviewers revoke (the API refuses viewers).
export default async function LinksPage({
  searchParams,
}: {
  searchParams: Promise<{ status?: string; shipment?: string }>;
}) {
  const t = await getTranslations();
  const q = await searchParams;
  const status = (LINK_STATUSES as readonly string[]).includes(q.status ?? "") ? (q.status as LinkStatus) : null;
  const shipment = q.shipment && isShipmentId(q.shipment) ? q.shipment : null;
  return (
    <div className="space-y-4">
      <div className="max-w-3xl">
        <h1 className="text-2xl font-semibold">{t("links.title")}</h1>
        <p className="mt-1 text-slate-600">{t("links.intro")}</p>
      </div>
      <LinksTable initial={{ status, shipment }} />
    </div>
  );
}
