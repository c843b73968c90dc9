// The seeded shipment IDs, by role. Imported by the seed, the sim client, tests and benchmarks.
export const SHIPMENTS = {
  /** Every status, a photo that turns ready, an unrecognised key, a SKU without a product. */
  main: "1RT823V93",
  /** A prefix of `main`: Sitoo's prefix search returns both. */
  neighbour: "1RT823V9",
  /** An unknown reason code. */
  mixed: "2MB410K77",
  /** 640 photos. */
  bulk: "7QX5512K0",
  /** Only when started with hugePhotos > 0 (SIM_HUGE_PHOTOS). */
  huge: "BIG5000",
  /** Only when started with largePhotos > 0 (SIM_LARGE_PHOTOS): photos of largePhotoBytes each. */
  large: "LARGE8MB",
};

/**
 * A file of another kind in the same account, fetched by ID only (assumed: the documented API
 * knows only shipment_item, but an account's storage may hold more). Seeded by seed.mjs.
 */
export const OTHER_KIND_FILE = {
  fileId: "0ffe0ffe-0000-4000-8000-00000000c1a5",
  entityType: "product_image",
  entityId: "product|SKU-001",
};
