"use client";
// Zoom and pan for one image area, as a photo viewer should: the wheel, a pinch and a double-click
// zoom at the pointer (the point under it stays under it), a drag pans while zoomed, the toolbar's
// buttons and +/- step through fixed levels around the centre, and a horizontal swipe at fit size
// asks for the next or previous photo. The image is never dragged out of the area.
import { type RefObject, useCallback, useEffect, useRef, useState } from "react";
import { clampPan, nextLevel, type View, zoomAt } from "@/lib/photos/zoom";

const SWIPE_PX = 60;
const DOUBLE_CLICK_SCALE = 2.5;

export interface PanZoom {
  view: View;
  /** Steps to the next fixed level up (+1) or down (-1), around the area's centre. */
  step(direction: -1 | 1): void;
  reset(): void;
}

export function usePanZoom(
  areaRef: RefObject<HTMLElement | null>,
  { resetKey, onSwipe }: { resetKey: string; onSwipe?: (direction: -1 | 1) => void },
): PanZoom {
  const [view, setView] = useState<View>({ scale: 1, x: 0, y: 0 });
  const viewRef = useRef(view);
  viewRef.current = view;
  const swipeRef = useRef(onSwipe);
  swipeRef.current = onSwipe;

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new photo starts at fit size
  useEffect(() => setView({ scale: 1, x: 0, y: 0 }), [resetKey]);

  const size = useCallback(() => {
    const el = areaRef.current;
    return el ? { width: el.clientWidth, height: el.clientHeight } : { width: 1, height: 1 };
  }, [areaRef]);
  const point = useCallback(
    (clientX: number, clientY: number) => {
      const rect = areaRef.current?.getBoundingClientRect();
      return rect ? { x: clientX - rect.left, y: clientY - rect.top } : { x: 0, y: 0 };
    },
    [areaRef],
  );
  const zoomTo = useCallback(
    (scale: number, at: { x: number; y: number }) => setView((v) => zoomAt(v, scale, at, size())),
    [size],
  );

  const step = useCallback(
    (direction: -1 | 1) => {
      const { width, height } = size();
      zoomTo(nextLevel(viewRef.current.scale, direction), { x: width / 2, y: height / 2 });
    },
    [size, zoomTo],
  );
  const reset = useCallback(() => setView({ scale: 1, x: 0, y: 0 }), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: resetKey: another photo may render another area element; listen on the one there now
  useEffect(() => {
    const area = areaRef.current;
    if (!area) return;
    const pointers = new Map<number, { x: number; y: number }>();
    let pinch: { distance: number; scale: number } | null = null;
    let swipeFrom: { x: number; y: number } | null = null;

    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const factor = Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.0015));
      zoomTo(viewRef.current.scale * factor, point(e.clientX, e.clientY));
    };
    const onDoubleClick = (e: MouseEvent) => {
      if (viewRef.current.scale > 1) setView({ scale: 1, x: 0, y: 0 });
      else zoomTo(DOUBLE_CLICK_SCALE, point(e.clientX, e.clientY));
    };
    const distance = () => {
      const [a, b] = [...pointers.values()];
      return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
    };
    const middle = () => {
      const [a, b] = [...pointers.values()];
      return a && b ? point((a.x + b.x) / 2, (a.y + b.y) / 2) : { x: 0, y: 0 };
    };
    const onDown = (e: PointerEvent) => {
      if (e.pointerType === "mouse" && e.button !== 0) return;
      try {
        area.setPointerCapture(e.pointerId);
      } catch {}
      pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      if (pointers.size === 2) {
        pinch = { distance: distance(), scale: viewRef.current.scale };
        swipeFrom = null;
      } else if (pointers.size === 1) swipeFrom = viewRef.current.scale === 1 ? { x: e.clientX, y: e.clientY } : null;
    };
    const onMove = (e: PointerEvent) => {
      const last = pointers.get(e.pointerId);
      if (!last) return;
      pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      if (pointers.size === 2 && pinch && pinch.distance > 0) {
        zoomTo((pinch.scale * distance()) / pinch.distance, middle());
      } else if (pointers.size === 1 && viewRef.current.scale > 1) {
        const dx = e.clientX - last.x;
        const dy = e.clientY - last.y;
        setView((v) => clampPan({ ...v, x: v.x + dx, y: v.y + dy }, size()));
      }
    };
    const onUp = (e: PointerEvent) => {
      const from = swipeFrom;
      pointers.delete(e.pointerId);
      if (pointers.size < 2) pinch = null;
      if (pointers.size === 0 && from) {
        swipeFrom = null;
        const dx = e.clientX - from.x;
        const dy = e.clientY - from.y;
        if (Math.abs(dx) > SWIPE_PX && Math.abs(dx) > 2 * Math.abs(dy)) swipeRef.current?.(dx < 0 ? 1 : -1);
      }
    };
    area.addEventListener("wheel", onWheel, { passive: false });
    area.addEventListener("dblclick", onDoubleClick);
    area.addEventListener("pointerdown", onDown);
    area.addEventListener("pointermove", onMove);
    area.addEventListener("pointerup", onUp);
    area.addEventListener("pointercancel", onUp);
    return () => {
      area.removeEventListener("wheel", onWheel);
      area.removeEventListener("dblclick", onDoubleClick);
      area.removeEventListener("pointerdown", onDown);
      area.removeEventListener("pointermove", onMove);
      area.removeEventListener("pointerup", onUp);
      area.removeEventListener("pointercancel", onUp);
    };
  }, [areaRef, point, size, zoomTo, resetKey]);

  return { view, step, reset };
}
