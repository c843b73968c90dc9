"use client";
// Placeholder while a shipment's photos load: a SKU heading and a grid of cards; after two
// seconds, what is being waited for and for how long.
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useWaitingSeconds, useWaitStart } from "@/components/ui/use-waiting";

const SKELETON_CARDS = Array.from({ length: 6 }, (_, i) => `card-${i}`);

/** Shaped like what comes: a SKU heading over a grid of discrepancy cards. */
export function ReviewSkeleton({ streaming = false }: { streaming?: boolean }) {
  // While the server streams the page, React leaves this placeholder's server HTML in place without
  // running its scripts, so StreamWait (outside it) says how long; here, only a browser-side load.
  const waited = useWaitingSeconds(!streaming);
  const t = useTranslations();
  return (
    <div
      role="status"
      aria-busy="true"
      aria-label={t("loading.photos")}
      className="space-y-3"
      data-testid="loading"
      data-stream-pending={streaming || undefined}
    >
      {waited !== null && (
        <p className="text-sm text-slate-700" data-testid="waiting">
          {t("loading.waiting", { seconds: waited })}
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

/**
 * "Waiting for Sitoo… N s" while the server is still streaming the first page of photos, counted
 * from the navigation's start: a status line pinned to the corner of the screen, outside the
 * placeholder, so it runs while the placeholder is server HTML React has not taken over.
 */
export function StreamWait() {
  const start = useWaitStart();
  const [pending, setPending] = useState(true);
  useEffect(() => {
    if (!pending) return;
    const check = () => setPending(document.querySelector("[data-stream-pending]") !== null);
    check();
    const timer = setInterval(check, 250);
    return () => clearInterval(timer);
  }, [pending]);
  const waited = useWaitingSeconds(pending, 2_000, start);
  const t = useTranslations();
  if (waited === null) return null;
  return (
    <p
      role="status"
      className="fixed bottom-4 left-4 z-20 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-800 shadow-md"
      data-testid="waiting"
    >
      {t("loading.waiting", { seconds: waited })}
    </p>
  );
}
