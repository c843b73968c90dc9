import type { Metadata } from "next";
import { Suspense } from "react";
import { LookupForm } from "@/components/shipment/lookup-form";
import { RecentShipments } from "@/components/shipment/recent-shipments";
import { Worklist } from "@/components/worklist/worklist";

export const metadata: Metadata = { title: "Find a shipment" };

export default function LookupPage() {
  return (
    <div className="space-y-10">
      <div className="max-w-xl">
        <h1 className="text-2xl font-semibold">Find a shipment</h1>
        <p className="mt-1 text-slate-600">Type the shipment ID to see every photo staff took when receiving it.</p>
        <LookupForm />
        <RecentShipments />
      </div>
      <Suspense>
        <Worklist />
      </Suspense>
    </div>
  );
}
