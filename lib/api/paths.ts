// Every API path the browser asks for or links to, built in one place: components ask here rather
// than writing `/api/…` themselves (tests/architecture.test.ts holds them to it). Shared and pure.
import { type WorklistView, worklistSearch } from "@/lib/decisions/worklist-view";
import { type View, viewToSearch } from "@/lib/photos/view";

export const shipmentPath = (shipmentId: string) => `/api/shipments/${encodeURIComponent(shipmentId)}`;

export const apiPaths = {
  shipment: shipmentPath,
  shipmentPhotos: (shipmentId: string, cursor: string | null = null) =>
    `${shipmentPath(shipmentId)}/photos${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ""}`,
  products: (shipmentId: string) => `${shipmentPath(shipmentId)}/products`,
  decisions: (shipmentId: string) => `${shipmentPath(shipmentId)}/decisions`,
  activity: (shipmentId: string) => `${shipmentPath(shipmentId)}/activity`,
  /** The evidence pack or the claim report of a view (the open photo is not part of the scope). */
  evidence: (shipmentId: string, view: View, file: "evidence.zip" | "report.pdf") => {
    const { photo: _, ...filters } = view;
    return `${shipmentPath(shipmentId)}/${file}${viewToSearch(filters)}`;
  },
  photoDownload: (fileId: string) => `/api/photos/${encodeURIComponent(fileId)}/download`,
  /** `search`: a query string without its "?" (filters and cursor). */
  worklist: (search: string) => `/api/discrepancies${search ? `?${search}` : ""}`,
  worklistCsv: (view: WorklistView) => `/api/discrepancies.csv${worklistSearch(view)}`,
  sync: () => "/api/sync",
  users: () => "/api/users",
  person: (name: string) => `/api/users/${encodeURIComponent(name)}`,
  shipmentLinks: (shipmentId: string) => `${shipmentPath(shipmentId)}/links`,
  /** `search`: a query string without its "?" (status, shipment, cursor). */
  links: (search = "") => `/api/links${search ? `?${search}` : ""}`,
  link: (linkId: string) => `/api/links/${encodeURIComponent(linkId)}`,
  /** `search`: by, from, to, without the "?". */
  scorecards: (search: string) => `/api/scorecards?${search}`,
  scorecardsCsv: (search: string) => `/api/scorecards.csv?${search}`,
  linkViews: (linkId: string) => `/api/links/${encodeURIComponent(linkId)}/views`,
} as const;
