import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import { connection } from "next/server";
import { THEME_COOKIE, themeChoice } from "@/lib/theme";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Shipment Photo Review", template: "%s · Shipment Photo Review" },
  description: "Review photos of damaged or wrong items from received shipments.",
  // same-origin, not no-referrer: a form posted without JavaScript must carry its Origin, or
  // Next refuses the server action. Images from the CDN send no Referer at all (their own
  // referrerPolicy), so signed URLs still never travel in one.
  referrer: "same-origin",
};

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
  return (
    <html lang="en" data-theme={theme === "system" ? undefined : theme}>
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
