// The Sitoo Shipments v3 subset: the list (state rules, warehouse filters, sort, `num`, the `next`
// cursor, include_packages, the 1 MB answer limit) and one shipment. See docs/shipments.md.
import { randomUUID } from "node:crypto";
import { methodNotAllowed, readJson, SimError } from "./http-util.mjs";
import { CARRIERS, makeShipment, WAREHOUSES } from "./shipments-seed.mjs";

const ACTIVE = new Set(["new", "in-transit", "arrived"]);
const END = new Set(["closed", "closed-incomplete", "cancelled"]);
const SORTS = new Set(["created_at", "modified_at"]);

const encodeCursor = (sort, s) => Buffer.from(JSON.stringify([sort, s[sort], s.id])).toString("base64url");
function decodeCursor(cursor, sort) {
  try {
    const v = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(v) && v[0] === sort && Number.isInteger(v[1]) && typeof v[2] === "string") return v;
  } catch {}
  throw new SimError(400, "Invalid next cursor");
}

const ints = (value, name) => {
  if (value === null) return null;
  const list = value.split(",").map((s) => s.trim());
  if (!list.every((s) => /^\d+$/.test(s))) throw new SimError(400, `${name} must be comma-separated integers`);
  return new Set(list.map(Number));
};

/** @param {Awaited<ReturnType<typeof import("./state.mjs").createState>>} state */
export function shipmentRoutes(state) {
  const { config } = state;

  function list({ query }) {
    const states = query
      .get("shipment_state")
      ?.split(",")
      .map((s) => s.trim());
    if (states) {
      for (const s of states) if (!ACTIVE.has(s) && !END.has(s)) throw new SimError(400, `Unknown shipment_state ${s}`);
      if (states.some((s) => ACTIVE.has(s)) && states.some((s) => END.has(s)))
        throw new SimError(400, "shipment_state cannot mix active states (new, in-transit, arrived) with end states");
    }
    const numRaw = query.get("num");
    const num = numRaw === null ? 10 : Number(numRaw);
    if (!Number.isInteger(num) || num < 1 || num > 1000)
      throw new SimError(400, "num must be an integer from 1 to 1000");
    const sortRaw = query.get("sort") ?? "-created_at";
    const desc = sortRaw.startsWith("-");
    const sort = desc ? sortRaw.slice(1) : sortRaw;
    if (!SORTS.has(sort)) throw new SimError(400, `Cannot sort by ${sort}`);
    const origins = ints(query.get("origin_warehouse_id"), "origin_warehouse_id");
    const destinations = ints(query.get("destination_warehouse_id"), "destination_warehouse_id");
    const mode = query.get("warehouse_filter_mode") ?? "and";
    if (mode !== "and" && mode !== "or") throw new SimError(400, "warehouse_filter_mode must be and or or");
    const withPackages = query.get("include_packages") === "true";

    const matchesWarehouse = (s) => {
      const checks = [];
      if (origins) checks.push(origins.has(s.info.origin_warehouse_id));
      if (destinations) checks.push(destinations.has(s.info.destination_warehouse_id));
      if (checks.length === 0) return true;
      return mode === "and" ? checks.every(Boolean) : checks.some(Boolean);
    };
    // Newest first (or as asked), ties broken by id, so the cursor never repeats or skips.
    const cmp = (a, b) => (a[sort] - b[sort]) * (desc ? -1 : 1) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    let rows = [...state.shipments.values()]
      .filter((s) => (!states || states.includes(s.state)) && matchesWarehouse(s))
      .sort(cmp);
    const next = query.get("next");
    if (next) {
      const [, value, id] = decodeCursor(next, sort);
      const mark = { [sort]: value, id };
      rows = rows.filter((s) => cmp(s, mark) > 0);
    }
    const page = rows.slice(0, num).map((s) => (withPackages ? s : { ...s, packages: undefined }));
    const body = { items: page };
    if (rows.length > num) body.next = encodeCursor(sort, page[page.length - 1]);
    // Sitoo caps an answer at 1 MB (compressed) and answers 502 past it.
    if (Buffer.byteLength(JSON.stringify(body)) > config.shipmentsMaxAnswerBytes)
      throw new SimError(502, "The answer is too large; ask for fewer shipments per page");
    return body;
  }

  function one({ params }) {
    const s = state.shipments.get(params[0].toLowerCase());
    if (!s) throw new SimError(404, "Shipment not found");
    return s;
  }

  return [
    { method: "GET", pattern: /^\/v3\/shipments\/?$/, handle: list, strip: ({ items, ...rest }) => rest },
    { method: "GET", pattern: /^\/v3\/shipments\/([^/]+)$/, handle: one, strip: ({ state: _, ...rest }) => rest },
    { method: "*", pattern: /^\/v3\//, handle: methodNotAllowed },
  ];
}

const POOL_SIZE = 24;
const REASONS = ["DAMAGED", "WRONG_ITEM", "SHORTAGE"];

/**
 * Adds shipments as an ERP and a store would: arrived now, with `photos` photos taken on the POS
 * (ready at once, drawn from the seed's pool). Returns the records added.
 */
export function addShipments(
  state,
  { count = 1, photos = 3, withPhotos = count, reference, destination, skus = ["SKU-001", "SKU-002"] } = {},
) {
  const now = Math.floor(Date.now() / 1000);
  const added = [];
  for (let i = 0; i < count; i++) {
    const serial = ++state.shipmentSerial;
    const ref = count === 1 && reference ? reference : `NEW${String(serial).padStart(6, "0")}`;
    const record = makeShipment({
      name: `added:${serial}:${randomUUID()}`,
      reference: ref,
      state: "arrived",
      createdAt: now - 3600,
      modifiedAt: now - (count - i),
      carrier: CARRIERS.dhl(`5225${900000 + serial}`),
      destination: destination ?? WAREHOUSES.stockholm,
      items: [
        ["SKU-001", 24, 23],
        ["SKU-002", 12, 12],
      ],
    });
    state.shipments.set(record.id, record);
    const entityIds = [];
    if (i < withPhotos) {
      for (let p = 0; p < photos; p++) {
        const sku = skus[p % skus.length];
        const entityId = `${ref}|${sku}|${REASONS[p % REASONS.length]}|${randomUUID()}`;
        const blobKey = `pool:${(serial + p) % POOL_SIZE}`;
        state.addFile({
          file_id: randomUUID(),
          entity_type: "shipment_item",
          entity_id: entityId,
          status: "ready",
          content_type: "image/jpeg",
          created_at: now - 600 + p,
          updated_at: now - 590 + p,
          blobKey,
          file_size: state.blobs.get(blobKey).full.length,
        });
        entityIds.push(entityId);
      }
    }
    added.push({ id: record.id, reference_number: ref, entity_ids: entityIds });
  }
  return added;
}

/** Control endpoints: add shipments (with photos), or change one's state as the store would. */
export function shipmentControlRoutes(state) {
  async function add({ req }) {
    const body = await readJson(req);
    const count = body.count ?? 1;
    const photos = body.photos ?? 3;
    if (!(Number.isInteger(count) && count >= 1 && count <= 20_000)) throw new SimError(400, "count is 1 to 20000");
    if (!(Number.isInteger(photos) && photos >= 0 && photos <= 1000)) throw new SimError(400, "photos is 0 to 1000");
    if (body.reference !== undefined && !/^[A-Za-z0-9._-]{1,64}$/.test(body.reference))
      throw new SimError(400, "reference must be a shipment ID");
    // SKUs as a device could send them: any text without the key's separator.
    if (
      body.skus !== undefined &&
      !(
        Array.isArray(body.skus) &&
        body.skus.length > 0 &&
        body.skus.every((s) => typeof s === "string" && s && !s.includes("|"))
      )
    )
      throw new SimError(400, "skus is a list of non-empty strings without |");
    return {
      shipments: addShipments(state, {
        count,
        photos,
        withPhotos: body.with_photos ?? count,
        reference: body.reference,
        destination: body.destination_warehouse_id,
        skus: body.skus,
      }),
    };
  }

  async function setState({ req, params }) {
    const s = state.shipments.get(params[0].toLowerCase());
    if (!s) throw new SimError(404, "Shipment not found");
    const body = await readJson(req);
    if (!ACTIVE.has(body.state) && !END.has(body.state)) throw new SimError(400, "Unknown state");
    s.state = body.state;
    s.version++;
    s.modified_at = Math.max(s.modified_at + 1, Math.floor(Date.now() / 1000));
    return s;
  }

  return [
    { method: "POST", pattern: /^\/__sim\/shipments$/, handle: add, status: 201 },
    { method: "POST", pattern: /^\/__sim\/shipments\/([^/]+)\/state$/, handle: setState },
  ];
}
