import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { LookupForm } from "@/components/shipment/lookup-form";
import { RecentShipments } from "@/components/shipment/recent-shipments";
import { Worklist } from "@/components/worklist/worklist";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("lookup.title") };
}

export default async function LookupPage() {
  const t = await getTranslations();
  return (
    <div className="space-y-10">
      <div className="max-w-xl">
        <h1 className="text-2xl font-semibold">{t("lookup.title")}</h1>
        <p className="mt-1 text-slate-600">{t("lookup.intro")}</p>
        <LookupForm />
        <RecentShipments />
      </div>
      <Suspense>
        <Worklist />
      </Suspense>
    </div>
  );
}
