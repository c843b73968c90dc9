// Our own shapes: what the API routes answer and the UI renders. No raw vendor shapes here.
import type { DehydratedState } from "@tanstack/react-query";
import type { ErrorBody } from "@/lib/api/errors";
import type { ShipmentKey } from "@/lib/photos/shipment-key";

export type PhotoStatus = "uploading" | "uploaded" | "processing" | "ready" | "failed" | (string & {});

export interface Photo {
  file_id: string;
  entity_type: string;
  entity_id: string;
  status: PhotoStatus;
  content_type: string | null;
  file_size: number | null;
  created_at: number | null;
  updated_at: number | null;
  download_url: string | null;
  download_expires_at: number | null;
  thumbnail_url: string | null;
  thumbnail_expires_at: number | null;
  key: ShipmentKey | null;
}

export interface PhotoPage {
  shipment_id: string;
  files: Photo[];
  next_cursor: string | null;
}

/**
 * The first page of photos as the server's render found it, streamed to the browser: the page, or
 * the error the API would have answered (status and body), so the browser shows it at once
 * instead of asking again.
 */
export type FirstPhotoPage =
  | {
      page: PhotoPage;
      /** The decisions and record the server already had, for the browser's query cache. */
      seed?: DehydratedState;
    }
  | { error: { status: number; body: ErrorBody } };

export interface CatalogImage {
  name: string;
  url: string | null;
  width: number | null;
  height: number | null;
  mimetype: string | null;
}

export interface CatalogFile {
  name: string;
  url: string | null;
  mimetype: string | null;
  size: number | null;
}

export interface CatalogEntry {
  sku: string;
  product: { productid: number; title: string } | null;
  images: CatalogImage[];
  files: CatalogFile[];
}

export type CatalogAnswer = { enabled: false } | { enabled: true; shipment_id: string; products: CatalogEntry[] };
