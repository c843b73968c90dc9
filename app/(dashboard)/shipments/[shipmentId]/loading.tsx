import { ReviewSkeleton } from "@/components/shipment/review-skeleton";

// Shown while the server fetches the first page of photos to send with the HTML.
export default function Loading() {
  return (
    <div className="space-y-5">
      <div className="h-12 w-72 animate-pulse rounded-md bg-slate-200" />
      <ReviewSkeleton />
    </div>
  );
}
