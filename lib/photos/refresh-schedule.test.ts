import { describe, expect, it } from "vitest";
import { MIN_DELAY_MS, nextRefetchDelay, POLL_MAX_MS, pollDelay, urlRefreshDelay } from "@/lib/photos/refresh-schedule";
import { photo } from "@/tests/photos";

const NOW = 1_700_000_000_000;
const at = (secondsFromNow: number) => Math.floor(NOW / 1000) + secondsFromNow;
const ready = (expiresIn: number, thumbIn = expiresIn) =>
  photo("S|A|DAMAGED|d", { download_expires_at: at(expiresIn), thumbnail_expires_at: at(thumbIn) });

describe("urlRefreshDelay", () => {
  it("refreshes a one-hour URL five minutes before it expires", () => {
    expect(urlRefreshDelay([ready(3600)], NOW)).toBe(55 * 60_000);
  });

  it("keeps a tenth of a short lifetime as margin", () => {
    expect(urlRefreshDelay([ready(10)], NOW)).toBe(9_000);
    expect(urlRefreshDelay([ready(60)], NOW)).toBe(54_000);
  });

  it("follows the earliest expiry of any URL", () => {
    expect(urlRefreshDelay([ready(3600), ready(3600, 600)], NOW)).toBe(540_000);
  });

  it("never asks for a refresh sooner than the floor, even for expired URLs", () => {
    expect(urlRefreshDelay([ready(-100)], NOW)).toBe(MIN_DELAY_MS);
  });

  it("has nothing to refresh without signed URLs", () => {
    expect(urlRefreshDelay([photo("S|A|DAMAGED|d", { status: "processing" })], NOW)).toBeNull();
    expect(urlRefreshDelay([], NOW)).toBeNull();
  });
});

describe("polling while photos are processing", () => {
  it("backs off from 2 s, doubling, capped at 30 s", () => {
    expect([0, 1, 2, 3, 4, 10].map(pollDelay)).toEqual([2000, 4000, 8000, 16000, POLL_MAX_MS, POLL_MAX_MS]);
  });

  it("takes the sooner of polling and URL refresh", () => {
    const pending = photo("S|A|DAMAGED|d", { status: "uploaded" });
    expect(nextRefetchDelay([ready(3600), pending], NOW, 0)).toBe(2000);
    expect(nextRefetchDelay([ready(5), pending], NOW, 4)).toBe(4500);
    expect(nextRefetchDelay([ready(3600)], NOW, 3)).toBe(55 * 60_000);
  });

  it("stops when nothing is pending and nothing expires", () => {
    expect(nextRefetchDelay([photo("S|A|DAMAGED|d", { status: "failed" })], NOW, 0)).toBe(false);
  });
});
