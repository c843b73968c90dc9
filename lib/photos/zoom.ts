// The arithmetic of zooming and panning an image area (components/photo/viewer/use-pan-zoom.ts).
// A view is a scale (1: the photo fits the area) and a translation in pixels, applied to the
// content as `translate(x, y) scale(scale)` from its top-left corner. Shared: pure functions.

export interface View {
  scale: number;
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

export const MAX_SCALE = 8;
/** The toolbar's and the keyboard's steps. */
export const LEVELS = [1, 1.5, 2, 3, 4, 6, 8];

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** `view` moved as little as needed to keep the content covering the area (no empty margin). */
export function clampPan(view: View, size: Size): View {
  return {
    scale: view.scale,
    x: clamp(view.x, size.width - size.width * view.scale, 0),
    y: clamp(view.y, size.height - size.height * view.scale, 0),
  };
}

/**
 * `view` zoomed to `scale` (kept within 1…MAX_SCALE) so that the content point under `at` (area
 * pixels) stays under it, then kept inside the area.
 */
export function zoomAt(view: View, scale: number, at: { x: number; y: number }, size: Size): View {
  const next = clamp(scale, 1, MAX_SCALE);
  if (next === 1) return { scale: 1, x: 0, y: 0 };
  const ratio = next / view.scale;
  return clampPan({ scale: next, x: at.x - (at.x - view.x) * ratio, y: at.y - (at.y - view.y) * ratio }, size);
}

/** The next fixed level above (+1) or below (-1) `scale`. */
export function nextLevel(scale: number, direction: -1 | 1): number {
  if (direction > 0) return LEVELS.find((l) => l > scale + 1e-6) ?? MAX_SCALE;
  return [...LEVELS].reverse().find((l) => l < scale - 1e-6) ?? 1;
}
