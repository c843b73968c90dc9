"use client";

import { type InfiniteData, replaceEqualDeep, useInfiniteQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { type ErrorBody, isErrorCode } from "@/lib/api/errors";
import { ApiError } from "@/lib/api/fetcher";
import { queries } from "@/lib/api/queries";
import { keepLiveUrls } from "@/lib/photos/keep-urls";
import { isPending } from "@/lib/photos/labels";
import { nextRefetchDelay, pollDelay, urlRefreshDelay } from "@/lib/photos/refresh-schedule";
import type { FirstPhotoPage, Photo, PhotoPage } from "@/lib/photos/types";

/**
 * Every photo of a shipment. Later pages load on their own after the first is shown; the whole
 * list is searched again before the earliest signed URL expires (one search per page, never a
 * metadata call per photo), and more often, with backoff, while photos are still processing.
 */
export function useShipmentPhotos(shipmentId: string, first: FirstPhotoPage | null = null) {
  // The server's render could not get the first page: its error is shown at once, and the
  // browser asks Sitoo again only when Retry is pressed.
  const [serverError, setServerError] = useState(() => (first && "error" in first ? toApiError(first.error) : null));
  // Set while a refresh asked for because an image failed to load: that one takes every new URL.
  const wantNewUrls = useRef(false);
  const query = useInfiniteQuery({
    ...queries.shipmentPhotos(shipmentId, first && "page" in first ? first.page : null),
    enabled: serverError === null,
    structuralSharing: (old, next) => {
      const fresh = next as InfiniteData<PhotoPage>;
      if (wantNewUrls.current) {
        wantNewUrls.current = false;
        return replaceEqualDeep(old, fresh);
      }
      return keepLiveUrls(old as InfiniteData<PhotoPage> | undefined, fresh, Date.now());
    },
  });

  const { hasNextPage, isFetchingNextPage, isError, fetchNextPage, refetch, dataUpdatedAt, errorUpdatedAt } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isError, fetchNextPage]);

  const photos: Photo[] = useMemo(() => query.data?.pages.flatMap((p) => p.files) ?? [], [query.data]);
  const complete = query.isSuccess && !hasNextPage;

  // The refresh schedule, restarted only when an answer (or error) arrives. TanStack's own
  // refetchInterval restarts its timer whenever the computed delay changes between renders,
  // and a delay computed from the clock changes on every render.
  const pollAttempt = useRef(0);
  const photosRef = useRef(photos);
  photosRef.current = photos;
  // When the next refetch is due after a failed one, for "trying again at …".
  const [nextTryAt, setNextTryAt] = useState<number | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the timestamps are the triggers
  useEffect(() => {
    const current = photosRef.current;
    if (current.length === 0 || (!complete && !isError)) return;
    const delay = isError ? pollDelay(pollAttempt.current) : nextRefetchDelay(current, Date.now(), pollAttempt.current);
    pollAttempt.current = isError || current.some((p) => isPending(p.status)) ? pollAttempt.current + 1 : 0;
    // Shown only after a failed search: a time kept after each good one would redraw the page.
    setNextTryAt(isError && delay !== false ? Date.now() + delay : null);
    if (delay === false) return;
    const timer = setTimeout(() => void refetch({ cancelRefetch: false }), delay);
    return () => clearTimeout(timer);
  }, [dataUpdatedAt, errorUpdatedAt, complete, isError, refetch]);

  // A tablet that slept past the refresh time wakes with stale URLs: refresh on return.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState !== "visible") return;
      const delay = urlRefreshDelay(photosRef.current, Date.now());
      if (delay !== null && delay <= 1_000) void refetch({ cancelRefetch: false });
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => document.removeEventListener("visibilitychange", onVisible);
  }, [refetch]);

  /** Called when an image fails to load: its URL has probably expired. Concurrent calls share one refetch. */
  const refreshUrls = useCallback(() => {
    wantNewUrls.current = true;
    return refetch({ cancelRefetch: false });
  }, [refetch]);

  return {
    photos,
    isLoading: serverError === null && query.isPending,
    error: serverError ?? query.error,
    /** Loading stopped part-way: the photos shown are not all there are. */
    stoppedPartWay: query.isFetchNextPageError,
    /** Every page had loaded; a later refresh of the list (and its links) failed. */
    refreshFailed: query.isRefetchError && !query.isFetchNextPageError && !hasNextPage,
    /** When the list is asked for again (after a failed refresh, the next try). */
    nextTryAt,
    isFetchingMore: isFetchingNextPage,
    isComplete: complete,
    retry: () => {
      if (serverError) return setServerError(null);
      return query.data && hasNextPage ? fetchNextPage() : refetch();
    },
    refreshUrls,
  };
}

function toApiError({ status, body }: { status: number; body: ErrorBody }): ApiError {
  const code = isErrorCode(body.error_code) ? body.error_code : "HTTP_ERROR";
  return new ApiError(status, code, body.error_data.message, body.request_id, body);
}
