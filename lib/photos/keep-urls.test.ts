import { describe, expect, it } from "vitest";
import { keepLiveUrls } from "@/lib/photos/keep-urls";
import type { Photo, PhotoPage } from "@/lib/photos/types";
import { photo } from "@/tests/photos";

const NOW = 1_700_000_000_000;
const at = (secondsFromNow: number) => Math.floor(NOW / 1000) + secondsFromNow;
const list = (...pages: Photo[][]) => ({
  pages: pages.map(
    (files, i): PhotoPage => ({ shipment_id: "S", files, next_cursor: i < pages.length - 1 ? `c${i}` : null }),
  ),
  pageParams: pages.map((_, i) => (i ? `c${i - 1}` : null)),
});
/** The same photo as a new search would return it: newly signed URLs, an hour from now. */
const resigned = (p: Photo, lifetime = 3600): Photo => ({
  ...p,
  thumbnail_url: `${p.thumbnail_url}?sig=new`,
  thumbnail_expires_at: at(lifetime),
  download_url: `${p.download_url}?sig=new`,
  download_expires_at: at(lifetime),
});
/** Every photo of a list, in order. */
const all = (l: { pages: PhotoPage[] }): (Photo | undefined)[] => l.pages.flatMap((p) => p.files);
const signed = (lifetime: number, overrides: Partial<Photo> = {}) =>
  photo("S|A|DAMAGED|d", { thumbnail_expires_at: at(lifetime), download_expires_at: at(lifetime), ...overrides });

describe("keepLiveUrls", () => {
  it("gives back the very same list when a poll finds nothing new, a few seconds after the last search", () => {
    const a = signed(3590);
    const b = signed(3590);
    const old = list([a, b]);
    expect(keepLiveUrls(old, list([resigned(a), resigned(b)]), NOW)).toBe(old);
  });

  it("takes the new URLs when the old ones are near their end, as at the scheduled refresh", () => {
    const a = signed(300);
    const next = list([resigned(a)]);
    const merged = keepLiveUrls(list([a]), next, NOW);
    expect(all(merged)[0]?.thumbnail_url).toBe(`${a.thumbnail_url}?sig=new`);
    expect(all(merged)[0]?.download_expires_at).toBe(at(3600));
  });

  it("keeps an old URL that lives at least half as long as the new one, and not one that lives less", () => {
    const a = signed(1800);
    const b = signed(1799);
    const merged = keepLiveUrls(list([a, b]), list([resigned(a), resigned(b)]), NOW);
    expect(all(merged).map((p) => p?.thumbnail_url)).toEqual([a.thumbnail_url, `${b.thumbnail_url}?sig=new`]);
  });

  it("shows a photo whose status changed as it is now, and photos it did not have before", () => {
    const processing = signed(3590, { status: "processing", thumbnail_url: null, download_url: null });
    const a = signed(3590);
    const ready = resigned({
      ...processing,
      status: "ready",
      thumbnail_url: "https://cdn.example/p/t.jpg",
      download_url: "https://cdn.example/p/f.jpg",
      updated_at: processing.updated_at! + 5,
    });
    const added = resigned(signed(3590));
    const old = list([processing, a]);
    const merged = keepLiveUrls(old, list([ready, a, added]), NOW);
    expect(all(merged)[0]).toEqual(ready);
    expect(all(merged)[1]).toBe(a);
    expect(all(merged)[2]).toEqual(added);
  });

  it("matches photos by file across pages, and keeps a list it has not seen before as it is", () => {
    const a = signed(3590);
    const b = signed(3590);
    // The new search has them the other way round (a photo added on the first page moves others on).
    const merged = keepLiveUrls(list([a], [b]), list([resigned(b)], [resigned(a)]), NOW);
    expect(all(merged)[0]).toBe(b);
    expect(all(merged)[1]).toBe(a);
    const first = list([resigned(a)]);
    expect(keepLiveUrls(undefined, first, NOW)).toBe(first);
  });
});
