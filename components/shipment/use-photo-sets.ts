"use client";
// What the review page derives from its photos and the view: the photos the filters show, their
// groups and order, the counts, and how long discrepancy IDs must be to tell them all apart.
import { useMemo } from "react";
import { idLength } from "@/lib/photos/format";
import { groupPhotos, orderedPhotos, summarize } from "@/lib/photos/grouping";
import type { Photo } from "@/lib/photos/types";
import { matchesView, type View } from "@/lib/photos/view";

export function usePhotoSets(photos: Photo[], view: View) {
  const visible = useMemo(() => photos.filter((p) => matchesView(p, view)), [photos, view]);
  const groups = useMemo(() => groupPhotos(visible), [visible]);
  const ordered = useMemo(() => orderedPhotos(groups), [groups]);
  const summary = useMemo(() => summarize(photos), [photos]);
  // Discrepancy IDs are shortened alike everywhere on the page, enough to tell all of them apart.
  const ids = useMemo(() => idLength(photos.flatMap((p) => (p.key ? [p.key.discrepancy_id] : []))), [photos]);
  const entityIds = useMemo(() => [...new Set(photos.map((p) => p.entity_id))], [photos]);
  const unrecognisedIds = useMemo(() => new Set(photos.filter((p) => !p.key).map((p) => p.entity_id)).size, [photos]);
  return { visible, groups, ordered, summary, ids, entityIds, unrecognisedIds };
}
