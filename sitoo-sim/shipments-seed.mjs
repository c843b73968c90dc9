// Seeded Sitoo Shipments v3 records, matched to the media seed: each seeded photo shipment has a
// shipment whose info.reference_number is its media shipment ID, with carrier, supplier, store and
// expected/received quantities per SKU; plus arrived shipments without photos, closed, cancelled
// and in-between ones, enough for several pages. Times are relative to `now` (the simulator's
// start), so claim deadlines on the demo read "due in …" whenever it runs.
import { stableUuid } from "./seed.mjs";
import { SHIPMENTS } from "./shipments.mjs";

const HOUR = 3600;
const DAY = 24 * HOUR;

export const WAREHOUSES = {
  supplierDock: 1,
  stockholm: 2,
  goteborg: 3,
  malmo: 4,
};

const STORES = {
  [WAREHOUSES.stockholm]: {
    name: "Stockholm Drottninggatan",
    address: "Drottninggatan 52",
    city: "Stockholm",
    zip: "111 21",
  },
  [WAREHOUSES.goteborg]: { name: "Göteborg Avenyn", address: "Kungsportsavenyen 14", city: "Göteborg", zip: "411 36" },
  [WAREHOUSES.malmo]: { name: "Malmö Södergatan", address: "Södergatan 9", city: "Malmö", zip: "211 34" },
};

const SUPPLIERS = [
  {
    company: "Nordic Ceramics AB",
    first: "Karin",
    last: "Lindqvist",
    email: "claims@nordic-ceramics.example",
    city: "Gustavsberg",
  },
  {
    company: "Åre Textil & Linne AB",
    first: "Jonas",
    last: "Öberg",
    email: "reklamation@are-textil.example",
    city: "Åre",
  },
  {
    company: "Baltic Homeware Oy",
    first: "Aino",
    last: "Virtanen",
    email: "support@baltic-homeware.example",
    city: "Turku",
  },
];

/** A carrier with a tracking link, one without, and one whose "link" is a script. */
export const CARRIERS = {
  dhl: (ref) => ({
    name: "DHL Freight",
    service: "DHL Paket",
    reference: ref,
    tracking_url: `https://www.dhl.com/se-sv/home/tracking.html?tracking-id=${ref}`,
    tracking_url_title: "Track with DHL",
  }),
  postnord: (ref) => ({ name: "PostNord", service: "MyPack Collect", reference: ref }),
  scripted: (ref) => ({
    name: "Schenker",
    service: "DB SCHENKERsystem",
    reference: ref,
    tracking_url: "javascript:alert(document.cookie)",
    tracking_url_title: "Track shipment",
  }),
  bring: (ref) => ({
    name: "Bring",
    service: "Business Parcel",
    reference: ref,
    tracking_url: `https://tracking.bring.se/tracking/${ref}`,
  }),
};

const party = (s) => ({
  contact: { first_name: s.first, last_name: s.last, email: s.email },
  address: { name: s.company, city: s.city, country_id: "SE" },
});
const store = (warehouseId) => {
  const s = STORES[warehouseId];
  return { contact: { email: `store${warehouseId}@retailer.example` }, address: { ...s, country_id: "SE" } };
};

/**
 * One Shipment v3 record. `items`: [[sku, quantity, quantity_received]], split over two packages.
 */
export function makeShipment({
  name,
  reference,
  state,
  createdAt,
  modifiedAt = createdAt,
  carrier = null,
  supplier = SUPPLIERS[0],
  destination = WAREHOUSES.stockholm,
  items = [],
  estimatedDeliveryAt,
}) {
  const info = {
    reference_number: reference,
    barcode: `73${String(Number.parseInt(stableUuid(`barcode:${name}`).slice(0, 8), 16)).padStart(11, "0")}`,
    currency: "SEK",
    origin: party(supplier),
    origin_warehouse_id: WAREHOUSES.supplierDock,
    destination: store(destination),
    destination_warehouse_id: destination,
  };
  if (carrier) {
    info.carrier = { ...carrier };
    if (estimatedDeliveryAt) info.carrier.estimated_delivery_at = estimatedDeliveryAt;
  }
  const half = Math.ceil(items.length / 2);
  const packages = [items.slice(0, half), items.slice(half)]
    .filter((p) => p.length > 0)
    .map((list, i) => ({
      id: stableUuid(`package:${name}#${i}`),
      barcode: `PKG-${reference}-${i + 1}`,
      items: list.map(([sku, quantity, quantity_received]) => ({ sku, quantity, quantity_received })),
    }));
  return {
    id: stableUuid(`shipment:${name}`),
    version: state === "new" ? 1 : 3,
    created_at: createdAt,
    modified_at: modifiedAt,
    state,
    info,
    packages,
  };
}

/** The seeded shipments, newest first is the list's job: order here does not matter. */
export function buildShipmentSeed({ now = Math.floor(Date.now() / 1000), hugePhotos = 0 } = {}) {
  const list = [
    makeShipment({
      name: "main",
      reference: SHIPMENTS.main,
      state: "arrived",
      createdAt: now - 3 * DAY,
      modifiedAt: now - 2 * HOUR,
      carrier: CARRIERS.dhl("52254195678"),
      supplier: SUPPLIERS[0],
      items: [
        ["SKU-001", 24, 24],
        ["SKU-002", 24, 22],
        ["SKU-003", 48, 48],
        ["SKU-404", 6, 6],
      ],
    }),
    makeShipment({
      name: "neighbour",
      reference: SHIPMENTS.neighbour,
      state: "arrived",
      createdAt: now - 4 * DAY,
      modifiedAt: now - 1 * DAY,
      carrier: CARRIERS.postnord("00370712345678901"),
      supplier: SUPPLIERS[0],
      destination: WAREHOUSES.goteborg,
      items: [
        ["SKU-001", 12, 12],
        ["SKU-005", 6, 5],
      ],
    }),
    makeShipment({
      name: "mixed",
      reference: SHIPMENTS.mixed,
      state: "arrived",
      createdAt: now - 5 * DAY,
      modifiedAt: now - 3 * DAY,
      carrier: CARRIERS.scripted("SCH-88412"),
      supplier: SUPPLIERS[1],
      items: [
        ["SKU-010", 20, 20],
        ["SKU-011", 30, 29],
      ],
    }),
    makeShipment({
      name: "bulk",
      reference: SHIPMENTS.bulk,
      state: "closed",
      createdAt: now - 9 * DAY,
      modifiedAt: now - 6 * DAY,
      carrier: CARRIERS.bring("370722150000123"),
      supplier: SUPPLIERS[2],
      destination: WAREHOUSES.malmo,
      estimatedDeliveryAt: now - 7 * DAY,
      items: Array.from({ length: 8 }, (_, i) => [`B-SKU-${String(i + 1).padStart(2, "0")}`, 200, 192]),
    }),
  ];
  if (hugePhotos > 0)
    list.push(
      makeShipment({
        name: "huge",
        reference: SHIPMENTS.huge,
        state: "arrived",
        createdAt: now - 2 * DAY,
        modifiedAt: now - 12 * HOUR,
        carrier: CARRIERS.dhl("52254199999"),
        items: [["B-SKU-01", 5000, 4990]],
      }),
    );

  // Shipments without photos, in every state, spread over the stores: several pages of each.
  const fillers = [
    ["arrived", 60, "AR"],
    ["closed", 24, "CL"],
    ["closed-incomplete", 6, "CI"],
    ["cancelled", 10, "CA"],
    ["in-transit", 8, "IT"],
    ["new", 5, "NW"],
  ];
  const stores = [WAREHOUSES.stockholm, WAREHOUSES.goteborg, WAREHOUSES.malmo];
  for (const [state, count, prefix] of fillers) {
    for (let i = 0; i < count; i++) {
      const name = `${state}:${i}`;
      const age = (i + 1) * 0.5 * DAY + (state === "closed" && i >= 12 ? 60 * DAY : 0);
      list.push(
        makeShipment({
          name,
          reference: `${prefix}${400100 + i}`,
          state,
          createdAt: now - Math.round(age + 2 * DAY),
          modifiedAt: now - Math.round(age),
          carrier: i % 3 === 0 ? CARRIERS.postnord(`0037071${400100 + i}`) : CARRIERS.dhl(`5225${400100 + i}`),
          supplier: SUPPLIERS[i % SUPPLIERS.length],
          destination: stores[i % stores.length],
          items: [[`SKU-00${(i % 3) + 1}`, 12, state === "arrived" || state.startsWith("closed") ? 12 : 0]],
        }),
      );
    }
  }
  return list;
}
