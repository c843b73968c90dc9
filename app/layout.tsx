import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Shipment Photo Review", template: "%s · Shipment Photo Review" },
  description: "Review photos of damaged or wrong items from received shipments.",
  // same-origin, not no-referrer: a form posted without JavaScript must carry its Origin, or
  // Next refuses the server action. Images from the CDN send no Referer at all (their own
  // referrerPolicy), so signed URLs still never travel in one.
  referrer: "same-origin",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// Every page is rendered per request: its scripts carry that response's CSP nonce (proxy.ts), so
// no page may be prerendered once for everyone.
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
