import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import { connection } from "next/server";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { THEME_COOKIE, themeChoice } from "@/lib/ui/theme";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  const name = t("app.name");
  return {
    title: { default: name, template: `%s · ${name}` },
    description: t("app.description"),
    // same-origin, not no-referrer: a form posted without JavaScript must carry its Origin, or
    // Next refuses the server action. Images from the CDN send no Referer at all (their own
    // referrerPolicy), so signed URLs still never travel in one.
    referrer: "same-origin",
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f8fafc" },
    { media: "(prefers-color-scheme: dark)", color: "#020618" },
  ],
};

// Every page is rendered per request: its scripts carry that response's CSP nonce (proxy.ts), so
// no page may be prerendered once for everyone.
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  // Light or dark as the user chose (the header's switch, in a cookie), else the system's.
  const theme = themeChoice((await cookies()).get(THEME_COOKIE)?.value);
  // The language as i18n/request.ts chose it (the user's switch, else Accept-Language, else English).
  const locale = await getLocale();
  // The browser gets the messages its components use: the PDF report's and the server-rendered
  // pages' own (sign-in, not found, invalid ID) stay on the server.
  const {
    report: _report,
    signIn: _signIn,
    notFound: _notFound,
    invalidId: _invalidId,
    ...messages
  } = await getMessages();
  return (
    <html lang={locale} data-theme={theme === "system" ? undefined : theme}>
      <body className="min-h-screen">
        <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
