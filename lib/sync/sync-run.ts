// One run of the Shipments sync (lib/sync/run.ts decides whether one may start): each state group
// listed page by page, every shipment stored, the photos of new or changed ones searched with a
// few searches at a time, pausing all of them while Sitoo rate-limits, and the run recorded with
// what it did and what failed. Server-only.
import "server-only";
import { randomUUID } from "node:crypto";
import PQueue from "p-queue";
import { AppError, toAppError } from "@/lib/api/errors";
import type { Store } from "@/lib/db/client";
import { recordSeen, type SeenDiscrepancy } from "@/lib/db/discrepancies";
import {
  arrivals,
  finishSyncRun,
  knownShipments,
  type ShipmentRow,
  saveShipment,
  setDeadlines,
  setSyncValue,
  startSyncRun,
  syncValue,
} from "@/lib/db/shipments";
import { seenInPage } from "@/lib/decisions/seen";
import type { Photo, PhotoPage } from "@/lib/photos/types";
import { log } from "@/lib/server/log";
import { claimDeadlines } from "@/lib/shipments/claim-deadline";
import type { SitooConfig } from "@/lib/sitoo/config";
import { searchShipmentPhotos } from "@/lib/sitoo/media";
import { listShipments, type SitooShipment, shipmentsRefused } from "@/lib/sitoo/shipments";
import { shipmentRowFor } from "./row";
import type { SyncSettings } from "./settings";

export type SyncTrigger = "start" | "interval" | "manual" | "cli";

export type SyncOutcome =
  | { ran: false; reason: "off" | "busy" | "recent" }
  | {
      ran: true;
      ok: boolean;
      calls: number;
      listed: number;
      searched: number;
      discrepancies: number;
      failed: number;
      error: { code: string; message: string } | null;
    };

const STATE_GROUPS = [["arrived"], ["closed", "closed-incomplete"]] as const;
const MAX_PHOTO_PAGES = 400;
/** How often one upstream call is tried again after Sitoo rate-limits it, before the shipment counts as failed. */
const MAX_RATE_LIMITED_TRIES = 12;

export class SyncRun {
  calls = 0;
  listed = 0;
  searched = 0;
  discrepancies = 0;
  failed = 0;
  lastFailure: AppError | null = null;
  /** While Sitoo rate-limits us, every worker waits until then before its next call. */
  pausedUntil = 0;
  readonly requestId = `sync-${randomUUID()}`;

  constructor(
    readonly store: Store,
    readonly config: SitooConfig,
    readonly settings: SyncSettings,
    readonly now: () => Date,
    readonly trigger: SyncTrigger,
  ) {}

  async run(): Promise<SyncOutcome> {
    const db = this.store.db;
    const id = await startSyncRun(db, this.trigger);
    let error: AppError | null = null;
    try {
      await this.refreshDeadlines();
      for (const states of STATE_GROUPS) await this.syncGroup([...states]);
    } catch (err) {
      error = toAppError(err);
      if (shipmentsRefused(err))
        error = new AppError(
          "UPSTREAM_AUTH_FAILED",
          `Sitoo Shipments refused the dashboard (HTTP ${error.upstreamStatus}): the account may not have Shipments, or its credentials lack access.`,
          { upstreamStatus: error.upstreamStatus },
        );
    }
    const failure = error ?? this.lastFailure;
    const outcome = {
      ran: true as const,
      ok: !error && this.failed === 0,
      calls: this.calls,
      listed: this.listed,
      searched: this.searched,
      discrepancies: this.discrepancies,
      failed: this.failed,
      error: failure ? { code: failure.code, message: failure.message } : null,
    };
    await finishSyncRun(db, id, {
      ok: outcome.ok,
      calls: outcome.calls,
      listed: outcome.listed,
      searched: outcome.searched,
      discrepancies: outcome.discrepancies,
      failed: outcome.failed,
      errorCode: outcome.error?.code ?? null,
      error: outcome.error?.message ?? null,
    });
    log(outcome.ok ? "info" : "warn", "shipments sync", {
      request_id: this.requestId,
      trigger: this.trigger,
      ...outcome,
      error: outcome.error?.message,
    });
    return outcome;
  }

  /** Deadlines are stored with each shipment; when the windows change, every one is recomputed. */
  async refreshDeadlines(): Promise<void> {
    const db = this.store.db;
    const { carrierDays, supplierDays } = this.settings.windows;
    const wanted = `${carrierDays},${supplierDays}`;
    const stored = await syncValue(db, "claim_windows");
    if (stored?.value === wanted) return;
    for (const a of await arrivals(db)) {
      const d = claimDeadlines(a.arrivedAt, this.settings.windows);
      await setDeadlines(db, a.shipmentId, d.carrier, d.supplier);
    }
    await setSyncValue(db, "claim_windows", wanted, this.now());
  }

  /**
   * Walks one state group newest change first, down to the newest change the last complete walk
   * saw (its watermark): with nothing new that is one call. Photo searches run on a bounded queue
   * while the next page is fetched.
   */
  async syncGroup(states: string[]): Promise<void> {
    const db = this.store.db;
    const mark = `watermark:${states.join(",")}:${this.config.shipmentKeyField}:${this.config.warehouseIds.join(",")}`;
    const watermark = (await syncValue(db, mark))?.at?.getTime() ?? null;
    const closedCutoff = states[0] === "arrived" ? null : this.now().getTime() - this.settings.closedDays * 86_400_000;
    const queue = new PQueue({ concurrency: this.settings.concurrency });
    const failedBefore = this.failed;
    let newest = watermark;
    let next: string | null = null;
    let done = false;
    while (!done) {
      const page = await this.patiently(() =>
        listShipments({ states, next }, { requestId: this.requestId, config: this.config }),
      );
      const fresh: SitooShipment[] = [];
      for (const s of page.items) {
        const changed = (s.modified_at ?? s.created_at ?? 0) * 1000;
        if ((watermark !== null && changed < watermark) || (closedCutoff !== null && changed < closedCutoff)) {
          done = true;
          break;
        }
        newest = Math.max(newest ?? 0, changed);
        this.listed++;
        if (s.key) fresh.push(s);
      }
      const known = await knownShipments(
        db,
        fresh.map((s) => s.id),
      );
      for (const s of fresh) void queue.add(() => this.syncShipment(s, known.get(s.id) ?? null));
      next = page.next;
      if (!next) done = true;
      // Keep at most about two pages queued: memory stays flat however many shipments there are.
      if (!done && queue.size > 2 * page.num) await queue.onSizeLessThan(page.num);
    }
    await queue.onIdle();
    if (this.failed === failedBefore && newest !== null) await setSyncValue(db, mark, null, new Date(newest));
  }

  async syncShipment(s: SitooShipment, known: ShipmentRow | null): Promise<void> {
    const key = s.key!;
    const modifiedAt = s.modified_at !== null ? new Date(s.modified_at * 1000) : null;
    const unchanged =
      known?.photosIndexedAt &&
      known.shipmentId === key &&
      known.version === s.version &&
      known.modifiedAt?.getTime() === modifiedAt?.getTime();
    if (unchanged) return;
    const row = shipmentRowFor(s, known, this.settings.windows, this.now());
    try {
      const seen = await this.searchPhotos(key);
      this.searched++;
      if (seen.length) await recordSeen(this.store.db, seen);
      this.discrepancies += seen.length;
      row.photosIndexedAt = this.now();
      row.photoCount = seen.reduce((n, d) => n + d.photoCount, 0);
    } catch (err) {
      this.failed++;
      this.lastFailure = toAppError(err);
      log("warn", "shipments sync: photo search failed", {
        request_id: this.requestId,
        shipment_id: key,
        error: this.lastFailure.message,
      });
    }
    // Stored either way (the review page shows the record); without photosIndexedAt it is searched again.
    await saveShipment(this.store.db, row);
  }

  /** Every photo of the shipment, walked page by page, reduced to its discrepancies (whole counts). */
  async searchPhotos(shipmentId: string): Promise<SeenDiscrepancy[]> {
    const files: Photo[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < MAX_PHOTO_PAGES; i++) {
      const page: PhotoPage = await this.patiently(() =>
        searchShipmentPhotos(shipmentId, cursor, { requestId: this.requestId, config: this.config }),
      );
      files.push(...page.files);
      cursor = page.next_cursor;
      if (!cursor) break;
    }
    // All pages as one: every count is whole.
    return seenInPage({ shipment_id: shipmentId, files, next_cursor: null }, false);
  }

  /**
   * One upstream call that Sitoo may rate-limit: after a 429 every worker waits out Retry-After
   * (so a storm slows the sync instead of failing it), then the call is tried again.
   */
  async patiently<T>(call: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const wait = this.pausedUntil - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      this.calls++;
      try {
        return await call();
      } catch (err) {
        if (!(err instanceof AppError) || err.code !== "RATE_LIMITED" || attempt >= MAX_RATE_LIMITED_TRIES) throw err;
        const seconds = Math.min(60, err.retryAfterSeconds ?? 2 ** Math.min(attempt, 5));
        this.pausedUntil = Math.max(this.pausedUntil, Date.now() + seconds * 1000);
      }
    }
  }
}
