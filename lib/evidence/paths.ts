// Paths inside the evidence pack: `<shipment>/<sku>/<reason>/<discrepancy>/<taken-at>_<file_id>.jpg`
// (unrecognised keys under `<shipment>/_unrecognised/`). Every segment comes from outside text, so
// each is made safe for any unzip tool on any system; the manifest keeps the original values.
// Shared and pure.
import type { Photo } from "@/lib/photos/types";

const MAX_SEGMENT = 80;
// Windows refuses these as file names, with or without an extension.
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$|clock\$)(\..*)?$/iu;
// Control characters, bidirectional and invisible formatting characters, and what file systems refuse.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff<>:"/\\|?*]/gu;

/** One path segment, safe: no separators, `..`, control or bidi characters, reserved names or trailing dots. */
export function safeSegment(value: string, fallback = "_"): string {
  let s = value.normalize("NFC").replace(UNSAFE, "_");
  // Cut before trimming: a cut can end on a dot or space again.
  if ([...s].length > MAX_SEGMENT) s = [...s].slice(0, MAX_SEGMENT).join("");
  // Trailing dots and spaces vanish on Windows; leading dots hide files or mean "up".
  s = s
    .replace(/[. ]+$/u, "")
    .replace(/^[. ]+/u, "")
    .trim();
  if (!s) s = fallback;
  if (RESERVED.test(s)) s = `_${[...s].slice(0, MAX_SEGMENT - 1).join("")}`.replace(/[. ]+$/u, "");
  return s;
}

/** `2026-11-20T08-00-00Z`: sortable, and legal in every file system. */
export function takenAtSegment(seconds: number | null): string {
  if (seconds === null) return "unknown-time";
  return new Date(seconds * 1000)
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replaceAll(":", "-");
}

/** The folder a photo belongs in, as segments (before collisions are resolved). */
export function photoFolder(photo: Photo, shipmentId: string): string[] {
  const shipment = safeSegment(shipmentId);
  if (!photo.key) return [shipment, "_unrecognised", safeSegment(photo.entity_id)];
  return [
    shipment,
    safeSegment(photo.key.sku),
    safeSegment(photo.key.reason_code),
    safeSegment(photo.key.discrepancy_id),
  ];
}

/** The segment under `parent` that `owner` (its original values) gets: the first not owned by another. */
function claim(claims: Map<string, string>, parent: string, segment: string, owner: string): string {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? segment : `${segment}~${n}`;
    // Compared case-insensitively, as Windows and macOS compare file names.
    const key = `${parent}/${candidate}`.toLowerCase();
    const current = claims.get(key);
    if (current === undefined) claims.set(key, owner);
    if (current === undefined || current === owner) return candidate;
  }
}

/**
 * Every photo's path, unique: two values that became the same segment get `~2`, `~3` … on the
 * one met later (in the order given), so different SKUs, reasons or discrepancies never share a
 * folder and no file overwrites another.
 */
export function packPaths(photos: readonly Photo[], shipmentId: string): Map<string, string> {
  const claims = new Map<string, string>();
  const out = new Map<string, string>();
  for (const photo of photos) {
    const [shipment, ...segments] = photoFolder(photo, shipmentId);
    const originals = photo.key
      ? [photo.key.sku, photo.key.reason_code, photo.key.discrepancy_id]
      : ["_unrecognised", photo.entity_id];
    let folder = shipment!;
    segments.forEach((segment, depth) => {
      folder = `${folder}/${claim(claims, folder, segment, JSON.stringify(originals.slice(0, depth + 1)))}`;
    });
    const file = claim(
      claims,
      folder,
      `${takenAtSegment(photo.created_at)}_${safeSegment(photo.file_id)}`,
      photo.file_id,
    );
    out.set(photo.file_id, `${folder}/${file}.jpg`);
  }
  return out;
}

/** The pack's download name: `evidence_<shipment>.zip` (or `…_<n>-photos` for a filtered view). */
export function packFileName(shipmentId: string, filtered: boolean, count: number, ext: "zip" | "pdf" | "csv"): string {
  const base = ext === "zip" ? "evidence" : ext === "pdf" ? "claim-report" : "manifest";
  return `${base}_${safeSegment(shipmentId)}${filtered ? `_${count}-photos` : ""}.${ext}`;
}

/** One photo's download name: `<shipment>_<sku>_<reason>_<taken-at>.jpg`, every part made safe. */
export function photoFileName(photo: Photo, shipmentId: string): string {
  const parts = photo.key
    ? [photo.key.shipment_id, photo.key.sku, photo.key.reason_code]
    : [shipmentId, "unrecognised"];
  return `${[...parts.map((p) => safeSegment(p)), takenAtSegment(photo.created_at)].join("_")}.jpg`;
}

/**
 * A `Content-Disposition: attachment` value for any name (RFC 6266): an ASCII fallback in
 * `filename` for old clients, the real name in `filename*` as UTF-8. Header values carry Latin-1
 * at most, so a SKU like `SKU-€日本` can only travel percent-encoded.
 */
export function attachmentDisposition(name: string): string {
  const ascii = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]|["\\%]/g, "_");
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
