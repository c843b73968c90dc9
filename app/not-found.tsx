import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("notFound.title") };
}

// Any address the app does not have.
export default async function NotFound() {
  const t = await getTranslations();
  return (
    <Notice
      appName={t("app.name")}
      title={t("notFound.title")}
      body={t("notFound.body")}
      link={{ href: "/", text: t("notFound.back") }}
    />
  );
}
