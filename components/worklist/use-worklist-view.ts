"use client";
// The worklist's filters, read from and written to the query string (a filtered worklist is a link).
import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { parseWorklistView, type WorklistView, worklistSearch } from "@/lib/decisions/worklist-view";

export function useWorklistView() {
  const params = useSearchParams();
  const pathname = usePathname();
  const view = useMemo(() => parseWorklistView(new URLSearchParams(params.toString())), [params]);
  const setView = useCallback(
    (next: WorklistView) => window.history.replaceState(null, "", `${pathname}${worklistSearch(next)}`),
    [pathname],
  );
  return { view, setView };
}
