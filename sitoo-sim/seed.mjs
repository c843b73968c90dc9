// Deterministic seed data: the same shipments, files and catalog on every start.
import { createHash } from "node:crypto";
import { makePdf, renderPhoto } from "./images.mjs";
import { OTHER_KIND_FILE, SHIPMENTS } from "./shipments.mjs";

export { SHIPMENTS };

/** A stable UUID (v4 layout) derived from a name, so file ids never change between starts. */
export function stableUuid(name) {
  const h = createHash("sha256").update(name).digest("hex");
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const hueOf = (name) => parseInt(createHash("sha1").update(name).digest("hex").slice(0, 4), 16) % 360;

// 2026-11-20T08:00:00Z: seeded photos are "taken" from here on, a minute apart.
const BASE_TIME = 1795248000;

/** Seeded shipments: [shipmentId, [sku, [[reasonCode, discrepancies, photosPerDiscrepancy]]]]. */
const SMALL_SHIPMENTS = [
  [
    SHIPMENTS.main,
    [
      [
        "SKU-001",
        [
          ["DAMAGED", 2, 2],
          ["WRONG_ITEM", 1, 1],
        ],
      ],
      [
        "SKU-002",
        [
          ["SHORTAGE", 1, 1],
          ["OVERAGE", 2, 1],
        ],
      ],
      ["SKU-003", [["DAMAGED", 1, 2]]],
      ["SKU-404", [["WRONG_ITEM", 1, 1]]],
    ],
  ],
  [
    SHIPMENTS.neighbour,
    [
      ["SKU-001", [["DAMAGED", 1, 2]]],
      ["SKU-005", [["SHORTAGE", 1, 1]]],
    ],
  ],
  [
    SHIPMENTS.mixed,
    [
      ["SKU-010", [["WET", 1, 2]]],
      [
        "SKU-011",
        [
          ["DAMAGED", 2, 1],
          ["WRONG_ITEM", 1, 1],
        ],
      ],
    ],
  ],
];

// Drawings are pure functions of their spec: a reset reuses them instead of drawing again.
const drawn = new Map();
let catalogOnce = null;

const BULK_REASONS = ["DAMAGED", "WRONG_ITEM", "SHORTAGE", "OVERAGE"];
const POOL_SIZE = 24;

/** Builds every seeded file and catalog entry. `hugePhotos` > 0 adds a shipment of that size. */
export async function buildSeed({ hugePhotos = 0, largePhotos = 0, largePhotoBytes = 8 * 1024 * 1024 } = {}) {
  const files = [];
  const blobs = new Map();
  let minute = 0;
  const addFile = (entityId, blobKey, status = "ready", name = entityId) => {
    const created = BASE_TIME + 60 * minute++;
    files.push({
      file_id: stableUuid(`file:${name}`),
      entity_type: "shipment_item",
      entity_id: entityId,
      status,
      content_type: "image/jpeg",
      created_at: created,
      updated_at: created + 5,
      blobKey,
    });
    return files[files.length - 1];
  };

  // Small shipments: each photo drawn on its own, captioned with what it shows.
  const drawings = [];
  for (const [shipmentId, skus] of SMALL_SHIPMENTS) {
    for (const [sku, reasons] of skus) {
      for (const [reason, discrepancies, perDiscrepancy] of reasons) {
        for (let d = 0; d < discrepancies; d++) {
          const discrepancyId = stableUuid(`discrepancy:${shipmentId}|${sku}|${reason}|${d}`);
          for (let p = 0; p < perDiscrepancy; p++) {
            const entityId = `${shipmentId}|${sku}|${reason}|${discrepancyId}`;
            const blobKey = `photo:${entityId}#${p}`;
            addFile(entityId, blobKey, "ready", `${entityId}#${p}`);
            drawings.push([
              blobKey,
              { hue: hueOf(blobKey), title: `${sku} · ${reason}`, subtitle: `${shipmentId} #${p + 1}` },
            ]);
          }
        }
      }
    }
  }

  // One file in each in-between state, plus a failed one, all on the main shipment.
  const stateSku = `${SHIPMENTS.main}|SKU-003|DAMAGED|${stableUuid("discrepancy:states")}`;
  addFile(stateSku, null, "uploading", "state:uploading");
  addFile(stateSku, null, "uploaded", "state:uploaded");
  const processing = addFile(stateSku, "photo:state:processing", "processing", "state:processing");
  processing.readyAfterSeconds = "processing";
  drawings.push(["photo:state:processing", { hue: 200, title: "SKU-003 · DAMAGED", subtitle: "processed late" }]);
  addFile(stateSku, null, "failed", "state:failed");
  // An entity_id without four segments: the dashboard must show it, not drop it.
  addFile(`${SHIPMENTS.main}|SKU-002`, "photo:unrecognised", "ready", "unrecognised");
  drawings.push(["photo:unrecognised", { hue: 20, title: "SKU-002 (no reason)", subtitle: "two-segment key" }]);

  const other = addFile(OTHER_KIND_FILE.entityId, "photo:unrecognised", "ready", "other-kind");
  Object.assign(other, { file_id: OTHER_KIND_FILE.fileId, entity_type: OTHER_KIND_FILE.entityType });

  // Bulk shipments share a pool of drawings: hundreds of distinct renders would slow every start.
  for (let i = 0; i < POOL_SIZE; i++) {
    drawings.push([
      `pool:${i}`,
      { hue: (i * 360) / POOL_SIZE, title: `Received item ${i + 1}`, subtitle: "bulk shipment" },
    ]);
  }
  const bulk = (shipmentId, count) => {
    const skus = Math.max(8, Math.ceil(count / 80));
    for (let i = 0; i < count; i++) {
      const sku = `B-SKU-${String((i % skus) + 1).padStart(2, "0")}`;
      const reason = BULK_REASONS[Math.floor(i / skus) % BULK_REASONS.length];
      const discrepancyId = stableUuid(`discrepancy:${shipmentId}|${sku}|${reason}|${Math.floor(i / (skus * 4)) % 5}`);
      addFile(
        `${shipmentId}|${sku}|${reason}|${discrepancyId}`,
        `pool:${i % POOL_SIZE}`,
        "ready",
        `${shipmentId}#${i}`,
      );
    }
  };
  bulk(SHIPMENTS.bulk, 640);
  if (hugePhotos > 0) bulk(SHIPMENTS.huge, hugePhotos);
  // Large photos: served as a stream grown from a pool drawing (sitoo-sim/large-photos.mjs).
  for (let i = 0; i < largePhotos; i++) {
    const sku = `L-SKU-${String((i % 10) + 1).padStart(2, "0")}`;
    const discrepancyId = stableUuid(`discrepancy:${SHIPMENTS.large}|${sku}|${Math.floor(i / 30)}`);
    const f = addFile(
      `${SHIPMENTS.large}|${sku}|DAMAGED|${discrepancyId}`,
      `pool:${i % POOL_SIZE}`,
      "ready",
      `large#${i}`,
    );
    f.large = { bytes: largePhotoBytes, seed: i + 1 };
  }

  await Promise.all(
    drawings.map(async ([key, spec]) => {
      if (!drawn.has(key)) drawn.set(key, renderPhoto({ width: 1200, height: 900, ...spec }));
      blobs.set(key, await drawn.get(key));
    }),
  );
  for (const f of files) f.file_size = f.large ? f.large.bytes : f.blobKey ? blobs.get(f.blobKey).full.length : 0;

  catalogOnce ??= buildCatalog();
  const catalog = await catalogOnce;
  return { files, blobs, catalog };
}

/** REST v2 products. SKU-404 deliberately has no product. Resource names carry odd characters. */
async function buildCatalog() {
  const defs = [
    ["SKU-001", "Ceramic mug, 350 ml", ["SKU-001 front.jpg", "SKU-001 side (2).jpg"], true],
    ["SKU-002", "Oak serving board", ["oak board/top view.jpg"], true],
    ["SKU-003", "Linen napkins, set of 4", ["napkins #1 100%.jpg", "napkins-folded.jpg"], true],
    ["SKU-005", "Glass carafe", ["carafe.jpg"], true],
    ["SKU-010", "Cotton tea towel", ["tea towel.jpg"], false],
    ["SKU-011", "Stoneware bowl", Array.from({ length: 12 }, (_, i) => `bowl-${i + 1}.jpg`), true],
  ];
  for (let i = 1; i <= 8; i++) {
    const sku = `B-SKU-${String(i).padStart(2, "0")}`;
    defs.push([sku, `Bulk item ${i}`, [`${sku}.jpg`], i % 2 === 0]);
  }
  const products = [];
  const resources = new Map();
  let productid = 14;
  for (const [sku, title, imageNames, hasPdf] of defs) {
    const images = [];
    for (const name of imageNames) {
      const rendered = await renderPhoto({
        width: 800,
        height: 800,
        hue: hueOf(name),
        title,
        subtitle: "catalog image",
      });
      resources.set(name, { body: rendered.full, mimetype: "image/jpeg" });
      images.push({
        resourceid: name,
        mimetype: "image/jpeg",
        width: 800,
        height: 800,
        filesize: rendered.full.length,
        datecreated: BASE_TIME - 86400 * 30,
      });
    }
    const files = [];
    if (hasPdf) {
      const name = `Spec sheet – ${sku}.pdf`;
      const body = makePdf(`${title} (${sku})`);
      resources.set(name, { body, mimetype: "application/pdf" });
      files.push({
        resourceid: name,
        mimetype: "application/pdf",
        filesize: body.length,
        datecreated: BASE_TIME - 86400 * 30,
      });
    }
    products.push({
      productid: productid++,
      sku,
      title,
      description: `${title}. Seeded by the Sitoo simulator.`,
      moneyprice: "199.00",
      active: true,
      images,
      files,
    });
  }
  return { products, resources };
}
