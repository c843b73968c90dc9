"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef } from "react";
import { fetchJson } from "@/lib/api-client";
import { isPending } from "@/lib/reason-codes";
import { nextRefetchDelay, urlRefreshDelay } from "@/lib/refresh-schedule";
import type { Photo, PhotoPage } from "@/lib/types";

export const shipmentPhotosKey = (shipmentId: string) => ["shipment-photos", shipmentId] as const;

/**
 * Every photo of a shipment. Later pages load on their own after the first is shown; the whole
 * list is searched again before the earliest signed URL expires (one search per page, never a
 * metadata call per photo), and more often, with backoff, while photos are still processing.
 */
export function useShipmentPhotos(shipmentId: string) {
  const pollAttempt = useRef(0);
  const query = useInfiniteQuery({
    queryKey: shipmentPhotosKey(shipmentId),
    queryFn: ({ pageParam, signal }) =>
      fetchJson<PhotoPage>(
        `/api/shipments/${encodeURIComponent(shipmentId)}/photos${pageParam ? `?cursor=${encodeURIComponent(pageParam)}` : ""}`,
        { signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor ?? undefined,
    refetchIntervalInBackground: true,
    refetchInterval: (q) => {
      const pages = q.state.data?.pages;
      if (!pages || q.state.status === "error") return false;
      const photos = pages.flatMap((p) => p.files);
      const pending = photos.some((p) => isPending(p.status));
      const delay = nextRefetchDelay(photos, Date.now(), pollAttempt.current);
      pollAttempt.current = pending ? pollAttempt.current + 1 : 0;
      return delay;
    },
  });

  const { hasNextPage, isFetchingNextPage, isError, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isError, fetchNextPage]);

  const photos: Photo[] = useMemo(() => query.data?.pages.flatMap((p) => p.files) ?? [], [query.data]);

  // A tablet that slept past the refresh time wakes with stale URLs: refresh on return.
  const { refetch } = query;
  const photosRef = useRef(photos);
  photosRef.current = photos;
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
  const refreshUrls = useCallback(() => refetch({ cancelRefetch: false }), [refetch]);

  return {
    photos,
    isLoading: query.isPending,
    error: query.error,
    isComplete: query.isSuccess && !query.hasNextPage,
    isFetching: query.isFetching,
    retry: () => (query.data && query.hasNextPage ? fetchNextPage() : refetch()),
    refreshUrls,
  };
}
