import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { LookupForm } from "@/components/shipment/lookup-form";
import { RecentShipments } from "@/components/shipment/recent-shipments";
import { Worklist } from "@/components/worklist/worklist";
import { allows } from "@/lib/auth/roles";
import { currentSession } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("lookup.title") };
}

export default async function LookupPage() {
  const t = await getTranslations();
  const session = await currentSession(await cookies());
  const link = "font-medium text-brand-700 underline";
  return (
    <div className="space-y-10">
      <div className="max-w-xl">
        {/* On a phone the header has no room for the pages: they are here. */}
        <nav aria-label={t("header.pages")} className="mb-4 flex gap-4 text-sm sm:hidden">
          <Link href="/scorecards" className={link}>
            {t("scorecards.nav")}
          </Link>
          <Link href="/links" className={link}>
            {t("links.nav")}
          </Link>
          {session && allows(session.role, "admin") && (
            <Link href="/users" className={link}>
              {t("header.people")}
            </Link>
          )}
        </nav>
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
