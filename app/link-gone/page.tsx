import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { companyName } from "@/lib/server/public-identity";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("linkGone.title"), robots: { index: false, follow: false } };
}

// Public: what a revoked or expired evidence link shows (proxy.ts rewrites it here with 410, in the
// link's language). Nothing of the shipment: only whom to ask.
export default async function LinkGone({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const t = await getTranslations();
  const { status } = await searchParams;
  const company = companyName();
  return (
    <main className="mx-auto max-w-xl px-4 py-16" data-testid="link-gone">
      <p className="font-semibold text-brand-900">{company}</p>
      <h1 className="mt-4 text-2xl font-semibold">{t("linkGone.title")}</h1>
      {(status === "revoked" || status === "expired") && (
        <p className="mt-2 text-slate-700">{t(`linkGone.${status}`)}</p>
      )}
      <p className="mt-2 text-slate-600">{t("linkGone.ask", { company })}</p>
    </main>
  );
}
