import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("signedOut.title") };
}

// Where Auth.js's own sign-out (GET /api/auth/signout) leads: the session is already revoked.
export default async function SignedOutPage() {
  const t = await getTranslations();
  return (
    <Notice
      appName={t("app.name")}
      title={t("signedOut.title")}
      body={t("signedOut.body")}
      link={{ href: "/login", text: t("signedOut.again") }}
    />
  );
}
