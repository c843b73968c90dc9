"use client";
// Placeholder while a shipment's photos load: the summary bar and a grid of tiles; after two
// seconds, what is being waited for and for how long.
import { useWaitingSeconds } from "@/components/ui/use-waiting";

const SKELETON_STATS = ["photos", "skus", "discrepancies", "processing", "failed"];
const SKELETON_TILES = Array.from({ length: 12 }, (_, i) => `tile-${i}`);

export function ReviewSkeleton() {
  const waited = useWaitingSeconds(true);
  return (
    <div role="status" aria-busy="true" aria-label="Loading photos" className="space-y-4" data-testid="loading">
      {waited !== null && (
        <p className="text-sm text-slate-700" data-testid="waiting">
          Waiting for Sitoo Media Object Storage… {waited} s
        </p>
      )}
      <div className="animate-pulse space-y-4">
        <div className="grid grid-cols-3 gap-2 sm:grid-cols-5">
          {SKELETON_STATS.map((id) => (
            <div key={id} className="h-16 rounded-md bg-slate-200" />
          ))}
        </div>
        <div className="grid grid-cols-3 gap-2 sm:grid-cols-6">
          {SKELETON_TILES.map((id) => (
            <div key={id} className="aspect-square rounded-md bg-slate-200" />
          ))}
        </div>
      </div>
    </div>
  );
}
