// manifest.csv: one row per photo in scope, ready or not: what it is, where it is in the pack (or
// why it is not), and the SHA-256 of the bytes written. RFC 4180, English machine-readable headers,
// formula-like cells neutralised (lib/decisions/csv.ts). Shared and pure.
import { csvRow } from "@/lib/decisions/csv";
import type { Decision } from "@/lib/decisions/model";
import type { Photo } from "@/lib/photos/types";

export const MANIFEST_COLUMNS = [
  "file_id",
  "entity_id",
  "shipment_id",
  "sku",
  "reason_code",
  "discrepancy_id",
  "status",
  "taken_at",
  "size_bytes",
  "path_in_zip",
  "absent_reason",
  "sha256",
  "decision_status",
  "claim_reference",
] as const;

export interface ManifestEntry {
  photo: Photo;
  shipmentId: string;
  /** Where the photo (or the note standing for it) is in the ZIP; null when nothing is. */
  path: string | null;
  /** Why the photo is not in the pack; null when it is. */
  absent: string | null;
  /** Hex SHA-256 of the photo's bytes as written; null when none were. */
  sha256: string | null;
  decision: Decision | null;
}

export const manifestHeader = () => csvRow([...MANIFEST_COLUMNS]);

export function manifestRow(e: ManifestEntry): string {
  const { photo, decision } = e;
  return csvRow([
    photo.file_id,
    photo.entity_id,
    photo.key?.shipment_id ?? e.shipmentId,
    photo.key?.sku ?? null,
    photo.key?.reason_code ?? null,
    photo.key?.discrepancy_id ?? null,
    photo.status,
    photo.created_at !== null ? new Date(photo.created_at * 1000).toISOString() : null,
    photo.file_size,
    e.path,
    e.absent,
    e.sha256,
    decision?.status ?? "open",
    decision?.claim?.reference ?? null,
  ]);
}

/** Why a photo in scope is not in the pack at all (known before any byte is fetched), or null. */
export function absentUpFront(photo: Photo): string | null {
  if (photo.status !== "ready") return `not ready in Sitoo (status ${photo.status})`;
  if (!photo.download_url) return "Sitoo gave no download URL from an allowed origin";
  if (photo.file_size === null || photo.file_size <= 0) return "Sitoo gave no file size";
  return null;
}

/** A 64-character stand-in for a hash not known yet: the row's length is the same once it is. */
export const PENDING_SHA256 = "0".repeat(64);

const encoder = new TextEncoder();
export const byteLength = (text: string) => encoder.encode(text).length;
