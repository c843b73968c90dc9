import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found" };

// Any address the app does not have.
export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <p className="font-semibold text-brand-900">Shipment Photo Review</p>
      <h1 className="mt-4 text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-slate-600">There is no page at this address. It may have been mistyped or moved.</p>
      <Link href="/" className="mt-4 inline-block font-medium text-brand-700 underline">
        Go to the shipment lookup
      </Link>
    </main>
  );
}
