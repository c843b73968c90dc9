"use client";
import { useSyncExternalStore } from "react";

const never = () => () => {};

/**
 * False on the server and while React hydrates the server's HTML, true once the page's script
 * runs: a control that only works with it is disabled until then, rather than ignoring a click.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
