import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("forbidden.title") };
}

// What the proxy shows (with 403) when a signed-in user's role may not open a page.
export default async function ForbiddenPage() {
  const t = await getTranslations();
  return (
    <div className="max-w-xl py-8">
      <h1 className="text-2xl font-semibold">{t("forbidden.title")}</h1>
      <p className="mt-2 text-slate-600">{t("forbidden.body")}</p>
      <Link href="/" className="mt-4 inline-block font-medium text-brand-700 underline">
        {t("notFound.back")}
      </Link>
    </div>
  );
}
