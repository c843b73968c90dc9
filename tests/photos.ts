import { parseEntityId } from "@/lib/photos/shipment-key";
import type { Photo } from "@/lib/photos/types";

let n = 0;

/** A Photo as our API returns it, for unit tests. */
export function photo(entityId: string, overrides: Partial<Photo> = {}): Photo {
  n++;
  const ready = (overrides.status ?? "ready") === "ready";
  return {
    file_id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
    entity_type: "shipment_item",
    entity_id: entityId,
    status: "ready",
    content_type: "image/jpeg",
    file_size: 1000,
    created_at: 1_000_000 + n,
    updated_at: 1_000_000 + n,
    download_url: ready ? `https://cdn.example/${n}/full.jpg` : null,
    download_expires_at: ready ? 2_000_000 : null,
    thumbnail_url: ready ? `https://cdn.example/${n}/thumb.jpg` : null,
    thumbnail_expires_at: ready ? 2_000_000 : null,
    key: parseEntityId(entityId),
    ...overrides,
  };
}
