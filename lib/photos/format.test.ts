import { describe, expect, it } from "vitest";
import { formatBytes, formatTime } from "@/lib/photos/format";

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
