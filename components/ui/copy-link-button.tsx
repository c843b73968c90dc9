"use client";

import { useState } from "react";

export function CopyLinkButton() {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(window.location.href);
            setState("copied");
          } catch {
            setState("failed");
          }
        }}
      >
        Copy link
      </button>
      {/* Takes no room until it has something to say (an empty live region is still announced when filled). */}
      <span aria-live="polite" className="text-sm text-slate-600 empty:sr-only">
        {state === "copied" ? "Link copied" : state === "failed" ? "Copy failed: copy the address bar" : ""}
      </span>
    </span>
  );
}
