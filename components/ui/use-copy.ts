"use client";
// Copies text to the clipboard and remembers how that went, for a line that says so.
import { useCallback, useState } from "react";

export function useCopy() {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const copy = useCallback(async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  }, []);
  return { state, copy };
}
