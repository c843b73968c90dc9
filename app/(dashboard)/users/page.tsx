import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PeopleAdmin } from "@/components/people/people-admin";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("people.title") };
}

// Admins only: the proxy refuses other roles (lib/auth/page-access.ts).
export default async function PeoplePage() {
  const t = await getTranslations();
  return (
    <div className="space-y-4">
      <div className="max-w-2xl">
        <h1 className="text-2xl font-semibold">{t("people.title")}</h1>
        <p className="mt-1 text-slate-600">{t("people.intro")}</p>
      </div>
      <PeopleAdmin />
    </div>
  );
}
