"use client";
// Whether a CSS media query matches, following it as it changes; null on the server and in the
// render that hydrates (which must match the server's HTML), so a caller can draw both versions
// until it knows, each hidden by CSS at the width it is not for.
import { useCallback, useSyncExternalStore } from "react";

export function useMediaQuery(query: string): boolean | null {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener("change", onChange);
      return () => list.removeEventListener("change", onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => null,
  );
}
