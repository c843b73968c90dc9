"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { parseView, type View, viewToSearch } from "@/lib/photos/view";

/**
 * The review view (filters and open photo) read from and written to the query string. Written
 * through the History API, which Next keeps in sync with useSearchParams without a server trip.
 */
export function useView() {
  const params = useSearchParams();
  const pathname = usePathname();
  const view = useMemo(() => parseView(new URLSearchParams(params.toString())), [params]);
  const setView = useCallback(
    (next: View, mode: "push" | "replace" = "replace") => {
      const url = `${pathname}${viewToSearch(next)}`;
      if (mode === "push") window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    },
    [pathname],
  );
  /** The address of another view of this page, for links. */
  const hrefOf = useCallback((next: View) => `${pathname}${viewToSearch(next)}`, [pathname]);
  return { view, setView, hrefOf };
}
