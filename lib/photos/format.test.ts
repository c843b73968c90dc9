import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatBytes, formatTime, idLength, shortId } from "@/lib/photos/format";

describe("format", () => {
  it("shows a Unix time in the given zone, with the zone named", () => {
    expect(formatTime(1795248000, "UTC")).toMatch(/2026.*08:00:00.*UTC/);
    expect(formatTime(1795248000, "Europe/Stockholm")).toMatch(/09:00:00/);
    expect(formatTime(null)).toBe("—");
  });

  it("shows sizes in B, KB and MB", () => {
    expect([formatBytes(12), formatBytes(24_609), formatBytes(3 * 1024 * 1024), formatBytes(null)]).toEqual([
      "12 B",
      "24.0 KB",
      "3.0 MB",
      "—",
    ]);
  });
});

describe("discrepancy IDs shown short but unique", () => {
  it("uses 8 characters when they tell the IDs apart, more when two share a longer start", () => {
    expect(idLength(["a1b2c3d4-0000", "ffffffff-1111"])).toBe(8);
    const ids = ["2026-11-23-0001", "2026-11-23-0002", "2026-11-24-0001"];
    const length = idLength(ids);
    expect(length).toBe(15);
    expect(new Set(ids.map((id) => shortId(id, length))).size).toBe(3);
    expect(idLength(["abcdefghij", "abcdefghijk"])).toBe(11);
    expect(idLength(["2026-11-23-1", "2026-11-23-2"])).toBe(12);
    expect(idLength(["d1"])).toBe(8);
  });

  it("never shows two different IDs of a shipment the same way", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 20 }), { maxLength: 30 }), (ids) => {
        const length = idLength(ids);
        expect(new Set(ids.map((id) => shortId(id, length))).size).toBe(new Set(ids).size);
      }),
    );
  });
});
