// evidence.zip, streamed as it is written and never held in memory or on disk: every ready photo in
// scope under `<shipment>/<sku>/<reason>/<discrepancy>/<taken-at>_<file_id>.jpg`, then
// manifest.csv and report.pdf. Stored, not deflated (JPEGs do not shrink); ZIP64 past 4 GiB
// (client-zip). The exact length is stated up front, so a browser shows true progress. Server-only.
import type { Translate } from "@/lib/i18n/translate";
import "server-only";
import { makeZip, predictLength } from "client-zip";
import type { Photo } from "@/lib/photos/types";
import { log } from "@/lib/server/log";
import { metrics } from "@/lib/server/metrics.mjs";
import { absentUpFront, byteLength, type ManifestEntry, manifestHeader, manifestRow, PENDING_SHA256 } from "./manifest";
import { type Fetched, fetchPhoto, note, type Planned, UrlBook, verified } from "./pack-photos";
import { packPaths } from "./paths";
import { type Audience, drawReport, reportBytes } from "./report";
import { reportThumbnails } from "./report-thumbnails";
import type { PackScope } from "./scope";

/** Photos fetched ahead of the one being written: a bounded few, so memory stays flat. */
const AHEAD = 4;

export interface PackResult {
  /** Bytes sent to the client. */
  bytes: number;
  completed: boolean;
  photosWritten: number;
  photosMissing: number;
  error?: string;
}

export interface PackOptions {
  requestId: string;
  generatedBy: string;
  /** Default staff; an evidence link's pack carries the outsider's report. */
  audience?: Audience;
  /** The downloader's language, for the claim report inside (the manifest stays English). */
  t: Translate;
  locale: string;
  /** The client's request: when it goes away, every upstream fetch stops. */
  signal: AbortSignal;
  onDone(result: PackResult): void;
}

export async function evidencePack(
  scope: PackScope,
  o: PackOptions,
): Promise<{ body: ReadableStream<Uint8Array>; length: number }> {
  const abort = new AbortController();
  const signal = AbortSignal.any([o.signal, abort.signal]);

  // The report first: bounded (its thumbnails are capped), and its size is part of the length.
  const generatedAt = new Date();
  const thumbnails = await reportThumbnails(scope, signal, { perDiscrepancy: 1, total: 24 });
  const report = await reportBytes(
    await drawReport(scope, {
      generatedBy: o.generatedBy,
      audience: o.audience,
      generatedAt,
      thumbnails,
      t: o.t,
      locale: o.locale,
    }),
  );

  const decisionOf = (p: Photo) => scope.decisions.get(p.entity_id) ?? null;
  const ready = scope.photos.filter((p) => absentUpFront(p) === null);
  const paths = packPaths(ready, scope.shipmentId);
  const planned: Planned[] = [];
  const entries: ManifestEntry[] = scope.photos.map((photo) => {
    const absent = absentUpFront(photo);
    const path = absent ? null : paths.get(photo.file_id)!;
    const entry = {
      photo,
      shipmentId: scope.shipmentId,
      path,
      absent,
      sha256: absent ? null : PENDING_SHA256,
      decision: decisionOf(photo),
    };
    if (path) planned.push({ photo, path, size: photo.file_size!, entry });
    return entry;
  });
  // Every hash is 64 characters, so the manifest's length is known before any photo is fetched.
  const manifestLength = byteLength(manifestHeader() + entries.map(manifestRow).join(""));
  const length = Number(
    predictLength([
      ...planned.map((p) => ({ name: p.path, size: p.size })),
      { name: "manifest.csv", size: manifestLength },
      { name: "report.pdf", size: report.length },
    ]),
  );

  const urls = new UrlBook(scope, o.requestId, signal);
  let written = 0;
  let missing = 0;
  async function* files() {
    // Settled results, so a fetch that fails before its turn is never an unhandled rejection.
    const ahead: Promise<Fetched | { error: unknown }>[] = [];
    let next = 0;
    const fill = () => {
      while (next < planned.length && ahead.length < AHEAD)
        ahead.push(fetchPhoto(planned[next++]!, urls, signal).catch((error: unknown) => ({ error })));
    };
    for (const item of planned) {
      fill();
      const fetched = await ahead.shift()!;
      if ("error" in fetched) throw fetched.error;
      const lastModified = new Date((item.photo.created_at ?? 0) * 1000);
      if ("body" in fetched) {
        written++;
        yield { name: item.path, size: item.size, lastModified, input: verified(fetched, item, abort) };
        continue;
      }
      // A photo that still fails: a note of exactly its size takes its place (same name, .txt), so
      // the stated length holds and the pack completes; the manifest says why.
      missing++;
      const predicted = byteLength(manifestRow(item.entry));
      item.entry.path = item.path.replace(/\.jpg$/, ".txt");
      item.entry.sha256 = null;
      item.entry.absent = `could not be downloaded: ${fetched.reason}; a text note of the same size is in its place`;
      const size = item.size + predicted - byteLength(manifestRow(item.entry));
      log("warn", "evidence pack: photo missing", {
        request_id: o.requestId,
        file_id: item.photo.file_id,
        reason: fetched.reason,
      });
      yield { name: item.entry.path, size, lastModified, input: note(item, fetched.reason, size) };
    }
    const manifest = manifestHeader() + entries.map(manifestRow).join("");
    yield { name: "manifest.csv", lastModified: generatedAt, input: manifest };
    yield { name: "report.pdf", lastModified: generatedAt, input: report };
  }

  const zip = makeZip(files(), { length }).getReader();
  let sent = 0;
  let finished = false;
  const done = (completed: boolean, error?: string) => {
    if (finished) return;
    finished = true;
    abort.abort();
    o.onDone({ bytes: sent, completed, photosWritten: written, photosMissing: missing, error });
  };
  o.signal.addEventListener("abort", () => done(false, "the client went away"), { once: true });
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done: end } = await zip.read();
        if (end) {
          if (sent !== length) throw new Error(`the pack came to ${sent} bytes, not the ${length} stated`);
          controller.close();
          done(true);
          return;
        }
        sent += value.byteLength;
        metrics().packBytes.inc(value.byteLength);
        controller.enqueue(value);
      } catch (err) {
        // Ending with an error (not a short "complete" file): the browser shows a failed download.
        controller.error(err);
        done(false, err instanceof Error ? err.message : String(err));
      }
    },
    cancel(reason) {
      done(false, "the client went away");
      void zip.cancel(reason).catch(() => {});
    },
  });
  return { body, length };
}
