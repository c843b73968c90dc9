"use client";
// How long something has been waited for, in whole seconds, once it passes `afterMs` (null before
// that, or when nothing is waited for): "Waiting for Sitoo… 6 s".
import { useEffect, useState } from "react";

let firstRenderDone = false;

/**
 * When the wait a component shows began: for a component in the page's first render after a full
 * load (a server-rendered placeholder the browser has just taken over), the navigation's start,
 * since the wait began before any script ran; otherwise now.
 */
export function useWaitStart(): number {
  const [start] = useState(() =>
    !firstRenderDone && typeof performance !== "undefined" ? performance.timeOrigin : Date.now(),
  );
  useEffect(() => {
    firstRenderDone = true;
  }, []);
  return start;
}

export function useWaitingSeconds(waiting: boolean, afterMs = 2_000, startedAt?: number): number | null {
  const [since, setSince] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!waiting) {
      setSince(null);
      return;
    }
    setSince(startedAt ?? Date.now());
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [waiting, startedAt]);
  if (since === null) return null;
  const elapsed = now - since;
  return elapsed >= afterMs ? Math.floor(elapsed / 1000) : null;
}
