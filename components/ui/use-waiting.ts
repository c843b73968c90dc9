"use client";
// How long something has been waited for, in whole seconds, once it passes `afterMs` (null before
// that, or when nothing is waited for): "Waiting for Sitoo… 6 s".
import { useEffect, useState } from "react";

export function useWaitingSeconds(waiting: boolean, afterMs = 2_000): number | null {
  const [since, setSince] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!waiting) {
      setSince(null);
      return;
    }
    const started = Date.now();
    setSince(started);
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, [waiting]);
  if (since === null) return null;
  const elapsed = now - since;
  return elapsed >= afterMs ? Math.floor(elapsed / 1000) : null;
}
