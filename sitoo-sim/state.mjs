// The simulator's state: configuration, seeded and uploaded files, blobs, the catalog, the
// request log and timers. Every service module reads and changes it through this one object.
import { randomUUID } from "node:crypto";
import { createFaults } from "./faults.mjs";
import { buildSeed } from "./seed.mjs";
import { buildShipmentSeed } from "./shipments-seed.mjs";
import { createSigner } from "./signing.mjs";

export async function createState(o = {}) {
  const config = {
    apiId: o.apiId ?? "sim-api-id",
    password: o.password ?? "sim-password",
    accountId: o.accountId ?? 1500,
    siteId: o.siteId ?? 1,
    urlLifetimeSeconds: o.urlLifetimeSeconds ?? 3600,
    processingReadySeconds: o.processingReadySeconds ?? 8,
    processingStepMs: o.processingStepMs ?? 150,
    maxLimit: o.maxLimit ?? 100,
    hugePhotos: o.hugePhotos ?? 0,
    largePhotos: o.largePhotos ?? 0,
    largePhotoBytes: o.largePhotoBytes ?? 8 * 1024 * 1024,
    /** Shipments v3 answers larger than this are a 502, as Sitoo's 1 MB limit. */
    shipmentsMaxAnswerBytes: o.shipmentsMaxAnswerBytes ?? 1024 * 1024,
  };
  let sorted = null;
  const state = {
    config,
    initialConfig: { ...config },
    signer: createSigner(randomUUID()),
    faults: createFaults(),
    log: [],
    logSeq: 0,
    files: new Map(),
    blobs: new Map(),
    catalog: null,
    /** Shipments v3 records by id. */
    shipments: new Map(),
    shipmentSerial: 0,
    /** Seeded shipments' times count back from here; a reset restores exactly the same records. */
    startedAt: Math.floor(Date.now() / 1000),
    timers: [],
    hung: new Set(),
    origin: "",

    async reset() {
      for (const t of state.timers) clearTimeout(t);
      state.timers = [];
      const seed = await buildSeed({
        hugePhotos: config.hugePhotos,
        largePhotos: config.largePhotos,
        largePhotoBytes: config.largePhotoBytes,
      });
      state.files = new Map(seed.files.map((f) => [f.file_id, f]));
      state.blobs = seed.blobs;
      state.catalog = seed.catalog;
      state.shipments = new Map(
        buildShipmentSeed({ now: state.startedAt, hugePhotos: config.hugePhotos }).map((s) => [s.id, s]),
      );
      state.shipmentSerial = 0;
      for (const f of state.files.values()) {
        if (f.readyAfterSeconds) state.later(() => state.setStatus(f, "ready"), config.processingReadySeconds * 1000);
      }
      sorted = null;
    },

    /** A timer cleared by reset and close. */
    later(fn, ms) {
      state.timers.push(setTimeout(fn, ms));
    },

    addFile(f) {
      state.files.set(f.file_id, f);
      sorted = null;
    },

    // Search walks files in (entity_id, file_id) order; the cursor names the last key returned,
    // so a file added mid-walk can never make a page repeat or skip another.
    ordered() {
      sorted ??= [...state.files.values()].sort((a, b) =>
        a.entity_id < b.entity_id ? -1 : a.entity_id > b.entity_id ? 1 : a.file_id < b.file_id ? -1 : 1,
      );
      return sorted;
    },

    setStatus(f, status) {
      f.status = status;
      f.updated_at = Math.floor(Date.now() / 1000);
    },

    /** A file's metadata as Sitoo answers it, with freshly signed URLs once it is ready. */
    metadata(f) {
      const out = {
        file_id: f.file_id,
        entity_type: f.entity_type,
        entity_id: f.entity_id,
        status: f.status,
        content_type: f.content_type,
        file_size: f.file_size,
        created_at: f.created_at,
        updated_at: f.updated_at,
      };
      if (f.status !== "ready") return out;
      const full = state.signer.url(state.origin, `/cdn/${f.file_id}/full.jpg`, config.urlLifetimeSeconds);
      const thumb = state.signer.url(state.origin, `/cdn/${f.file_id}/thumbnail.jpg`, config.urlLifetimeSeconds);
      return {
        ...out,
        download_url: full.url,
        download_expires_at: full.expires,
        thumbnail_url: thumb.url,
        thumbnail_expires_at: thumb.expires,
      };
    },
  };
  await state.reset();
  return state;
}
