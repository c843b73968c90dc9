// A fresh search signs every URL anew. While photos are processing the list is searched every few
// seconds, and new URLs for photos already on screen would make every thumbnail load again (and
// the grid redraw) for nothing: a photo that has not changed keeps the URL it has while that URL
// is still good for long enough.
import type { InfiniteData } from "@tanstack/react-query";
import { replaceEqualDeep } from "@tanstack/react-query";
import type { Photo, PhotoPage } from "@/lib/photos/types";

/**
 * An old URL is kept while it lives at least half as long again as the new one would: a refresh
 * made because URLs are about to expire (the refresh schedule asks at nine tenths of a lifetime)
 * always takes the new ones; a poll a few seconds after the last search keeps the old ones.
 */
function stillGood(oldExpiry: number | null, newExpiry: number | null, nowMs: number): boolean {
  if (oldExpiry === null || newExpiry === null) return false;
  const now = nowMs / 1000;
  return oldExpiry - now >= (newExpiry - now) / 2;
}

function keepUrls(old: Photo, next: Photo, nowMs: number): Photo {
  // A photo whose status or file changed shows what it is now.
  if (old.status !== next.status || old.updated_at !== next.updated_at) return next;
  let kept = next;
  if (old.thumbnail_url && next.thumbnail_url && stillGood(old.thumbnail_expires_at, next.thumbnail_expires_at, nowMs))
    kept = { ...kept, thumbnail_url: old.thumbnail_url, thumbnail_expires_at: old.thumbnail_expires_at };
  if (old.download_url && next.download_url && stillGood(old.download_expires_at, next.download_expires_at, nowMs))
    kept = { ...kept, download_url: old.download_url, download_expires_at: old.download_expires_at };
  return kept;
}

/**
 * The photo list to show after a search: `next`, except that unchanged photos keep URLs that are
 * still good, and everything equal to before stays the very same object (TanStack's structural
 * sharing), so an unchanged list redraws nothing.
 */
export function keepLiveUrls(
  old: InfiniteData<PhotoPage> | undefined,
  next: InfiniteData<PhotoPage>,
  nowMs: number,
): InfiniteData<PhotoPage> {
  if (!old) return next;
  const before = new Map<string, Photo>();
  for (const page of old.pages) for (const p of page.files) before.set(p.file_id, p);
  const pages = next.pages.map((page, i) => {
    // The old object itself when nothing changed, wherever the photo now is in the list.
    const files = page.files.map((p) => {
      const o = before.get(p.file_id);
      return o ? replaceEqualDeep(o, keepUrls(o, p, nowMs)) : p;
    });
    const was = old.pages[i];
    const same = was && was.next_cursor === page.next_cursor && sameItems(was.files, files);
    return same ? was : { ...page, files };
  });
  const unchanged = sameItems(old.pages, pages) && JSON.stringify(old.pageParams) === JSON.stringify(next.pageParams);
  return unchanged ? old : { pages, pageParams: next.pageParams };
}

const sameItems = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);
