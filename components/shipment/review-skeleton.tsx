"use client";
// Placeholder while a shipment's photos load: a SKU heading and a grid of cards; after two
// seconds, what is being waited for and for how long.
import { useWaitingSeconds } from "@/components/ui/use-waiting";

const SKELETON_CARDS = Array.from({ length: 6 }, (_, i) => `card-${i}`);

/** Shaped like what comes: a SKU heading over a grid of discrepancy cards. */
export function ReviewSkeleton() {
  const waited = useWaitingSeconds(true);
  return (
    <div role="status" aria-busy="true" aria-label="Loading photos" className="space-y-3" data-testid="loading">
      {waited !== null && (
        <p className="text-sm text-slate-700" data-testid="waiting">
          Waiting for Sitoo Media Object Storage… {waited} s
        </p>
      )}
      <div className="animate-pulse space-y-3">
        <div className="h-7 w-64 max-w-full rounded-md bg-slate-200" />
        <div className="grid grid-cols-[repeat(auto-fill,minmax(15rem,1fr))] gap-3">
          {SKELETON_CARDS.map((id) => (
            <div key={id} className="h-52 rounded-md bg-slate-200" />
          ))}
        </div>
      </div>
    </div>
  );
}
