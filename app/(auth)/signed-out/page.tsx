import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("signedOut.title") };
}

// Where Auth.js's own sign-out (GET /api/auth/signout) leads: the session is already revoked.
export default async function SignedOutPage() {
  const t = await getTranslations();
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <p className="font-semibold text-brand-900">{t("app.name")}</p>
      <h1 className="mt-4 text-2xl font-semibold">{t("signedOut.title")}</h1>
      <p className="mt-2 text-slate-600">{t("signedOut.body")}</p>
      <Link href="/login" className="mt-4 inline-block font-medium text-brand-700 underline">
        {t("signedOut.again")}
      </Link>
    </main>
  );
}
