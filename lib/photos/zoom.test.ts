import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clampPan, MAX_SCALE, nextLevel, zoomAt } from "./zoom";

const size = { width: 800, height: 600 };
/** Where the content point under area point `at` is, in content coordinates (before scaling). */
const under = (v: { scale: number; x: number; y: number }, at: { x: number; y: number }) => ({
  x: (at.x - v.x) / v.scale,
  y: (at.y - v.y) / v.scale,
});

describe("zooming at the pointer", () => {
  it("keeps the point under the pointer under it when zooming in, from any view", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 4, noNaN: true }),
        fc.double({ min: 0, max: 800, noNaN: true }),
        fc.double({ min: 0, max: 600, noNaN: true }),
        fc.double({ min: 1.01, max: 2, noNaN: true }),
        (scale, px, py, factor) => {
          const start = clampPan({ scale, x: -px * (scale - 1), y: -py * (scale - 1) }, size);
          const at = { x: px, y: py };
          const zoomed = zoomAt(start, start.scale * factor, at, size);
          if (zoomed.scale >= MAX_SCALE) return;
          expect(under(zoomed, at).x).toBeCloseTo(under(start, at).x, 6);
          expect(under(zoomed, at).y).toBeCloseTo(under(start, at).y, 6);
        },
      ),
    );
  });

  it("never leaves an empty margin, and fit size is exactly the area", () => {
    expect(zoomAt({ scale: 3, x: -500, y: -400 }, 0.5, { x: 10, y: 10 }, size)).toEqual({ scale: 1, x: 0, y: 0 });
    const panned = clampPan({ scale: 2, x: 100, y: -1000 }, size);
    expect(panned).toEqual({ scale: 2, x: 0, y: -600 });
    expect(zoomAt({ scale: 1, x: 0, y: 0 }, 100, { x: 0, y: 0 }, size).scale).toBe(MAX_SCALE);
  });

  it("steps through fixed levels from wherever the wheel left it", () => {
    expect(nextLevel(1, 1)).toBe(1.5);
    expect(nextLevel(1.7, 1)).toBe(2);
    expect(nextLevel(1.7, -1)).toBe(1.5);
    expect(nextLevel(1.5, -1)).toBe(1);
    expect(nextLevel(1, -1)).toBe(1);
    expect(nextLevel(MAX_SCALE, 1)).toBe(MAX_SCALE);
  });
});
