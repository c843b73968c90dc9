"use client";
// The review page's keys: j / k move to the next / previous discrepancy (scrolled to, its first
// photo focused), o or Enter opens that photo, ? lists the keys. Not while typing in a field, with
// a modifier held, or while a dialog (the viewer) is open.
import { useEffect, useRef } from "react";

const DISCREPANCY = "[data-testid=discrepancy-group], [data-testid=unrecognised-group]";

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName));
}

export function useReviewShortcuts(onHelp: () => void) {
  const current = useRef(-1);
  const help = useRef(onHelp);
  help.current = onHelp;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      if (document.querySelector("[role=dialog][aria-modal=true], dialog[open]")) return;
      const groups = [...document.querySelectorAll<HTMLElement>(DISCREPANCY)];
      if (e.key === "?") {
        e.preventDefault();
        help.current();
        return;
      }
      if (e.key !== "j" && e.key !== "k" && e.key !== "o") return;
      if (groups.length === 0) return;
      // Start from the discrepancy holding focus, if any.
      const focused = groups.findIndex((g) => g.contains(document.activeElement));
      if (focused >= 0) current.current = focused;
      if (e.key === "o") {
        const group = groups[Math.max(0, current.current)];
        group?.querySelector<HTMLElement>("[data-testid=photo-tile]")?.click();
        return;
      }
      const next = Math.min(groups.length - 1, Math.max(0, current.current + (e.key === "j" ? 1 : -1)));
      current.current = next;
      const group = groups[next]!;
      for (const g of groups) g.removeAttribute("data-current");
      group.setAttribute("data-current", "true");
      group.scrollIntoView({ block: "start", behavior: "instant" as ScrollBehavior });
      group.querySelector<HTMLElement>("[data-testid=photo-tile]")?.focus({ preventScroll: true });
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
