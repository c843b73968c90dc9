// Which screen the review page shows, from what it knows of its photos: one named state, so the
// page is a switch over it (components/shipment/shipment-review.tsx) and each state is tested here.

export interface ReviewFacts {
  /** The first page of photos has not come yet. */
  loading: boolean;
  /** How many photos have come. */
  photos: number;
  /** Every page has come. */
  complete: boolean;
  /** The last search failed (the first page, a later one, or a refresh of the URLs). */
  failed: boolean;
  /** Paging stopped at a failure, with some photos shown. */
  stoppedPartWay: boolean;
}

export type ReviewScreen =
  /** Nothing to show yet: the skeleton. */
  | "loading"
  /** The first page failed: the error, with Retry. */
  | "failed"
  /** Sitoo has no photos for this ID: said with the ID, a hint, another spelling. */
  | "empty"
  /** Photos shown, more pages coming. */
  | "arriving"
  /** Photos shown, paging stopped at a failure: the error above them, with Retry. */
  | "partial"
  /** Every photo is here. */
  | "ready";

export function reviewScreen(f: ReviewFacts): ReviewScreen {
  if (f.loading) return "loading";
  if (f.photos === 0 && f.failed) return "failed";
  if (f.photos === 0 && f.complete) return "empty";
  if (f.stoppedPartWay) return "partial";
  if (!f.complete && !f.failed) return "arriving";
  return "ready";
}

/** Whether the overview beside the photos (counts, decisions, index, filters) has anything to say. */
export const showsOverview = (screen: ReviewScreen) => screen !== "loading" && screen !== "failed";
