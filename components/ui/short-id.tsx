"use client";
// How many characters of a discrepancy ID the page shows: enough to tell the shipment's (or the
// list's) discrepancies apart. Provided once per page from lib/photos/format.ts's idLength.
import { createContext, useCallback, useContext } from "react";
import { shortId } from "@/lib/photos/format";

const IdLength = createContext(8);

export const IdLengthProvider = IdLength.Provider;

/** Shortens an ID to the page's length. */
export function useShortId(): (id: string) => string {
  const length = useContext(IdLength);
  return useCallback((id: string) => shortId(id, length), [length]);
}
