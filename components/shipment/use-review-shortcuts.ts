"use client";
// The review page's keys: j / k move to the next / previous discrepancy (scrolled to, its first
// photo focused), o or Enter opens that photo, ? lists the keys. Not while typing in a field, with
// a modifier held, or while a dialog (the viewer) is open. The grid says which discrepancies there
// are and brings one into the page: a windowed grid has only those near the viewport drawn.
import { useEffect, useRef } from "react";
import type { GridHandle } from "@/components/photo-grid/photo-groups";

const TILE = "[data-testid=photo-tile]";

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName));
}

export function useReviewShortcuts(onHelp: () => void, grid: React.RefObject<GridHandle | null>) {
  const current = useRef(-1);
  const help = useRef(onHelp);
  help.current = onHelp;
  useEffect(() => {
    const onKey = async (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      if (document.querySelector("[role=dialog][aria-modal=true], dialog[open]")) return;
      if (e.key === "?") {
        e.preventDefault();
        help.current();
        return;
      }
      if (e.key !== "j" && e.key !== "k" && e.key !== "o") return;
      const order = grid.current?.reachable() ?? [];
      if (order.length === 0) return;
      // Start from the discrepancy holding focus, if any.
      const focused = document.activeElement?.closest<HTMLElement>("[data-discrepancy-index]");
      const at = focused ? order.indexOf(Number(focused.dataset.discrepancyIndex)) : -1;
      if (at >= 0) current.current = at;
      if (e.key === "o") {
        const group = await grid.current?.reveal(order[Math.max(0, current.current)]!);
        group?.querySelector<HTMLElement>(TILE)?.click();
        return;
      }
      const next = Math.min(order.length - 1, Math.max(0, current.current + (e.key === "j" ? 1 : -1)));
      current.current = next;
      const group = await grid.current?.reveal(order[next]!);
      if (!group) return;
      for (const g of document.querySelectorAll("[data-current]")) g.removeAttribute("data-current");
      group.setAttribute("data-current", "true");
      group.scrollIntoView({ block: "start", behavior: "instant" as ScrollBehavior });
      group.querySelector<HTMLElement>(TILE)?.focus({ preventScroll: true });
    };
    const listener = (e: KeyboardEvent) => void onKey(e);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, [grid]);
}
