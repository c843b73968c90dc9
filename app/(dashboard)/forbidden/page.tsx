import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("forbidden.title") };
}

// What the proxy shows (with 403) when a signed-in user's role may not open a page.
export default async function ForbiddenPage() {
  const t = await getTranslations();
  return (
    <Notice title={t("forbidden.title")} body={t("forbidden.body")} link={{ href: "/", text: t("notFound.back") }} />
  );
}
