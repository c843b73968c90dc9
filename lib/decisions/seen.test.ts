import { describe, expect, it } from "vitest";
import { photo } from "@/tests/photos";
import { seenInPage } from "./seen";

describe("seenInPage", () => {
  const S = "1RT823V93";
  const files = [
    photo(`${S}|SKU-1|DAMAGED|a`),
    photo(`${S}|SKU-1|DAMAGED|a`),
    photo(`${S}|SKU-2|WET|b`),
    photo(`${S}|odd`),
  ];

  it("counts photos per entity_id and keeps unrecognised keys with the shipment", () => {
    const seen = seenInPage({ shipment_id: S, files, next_cursor: null }, false);
    expect(seen.map((s) => [s.entityId, s.photoCount, s.sku, s.partial])).toEqual([
      [`${S}|SKU-1|DAMAGED|a`, 2, "SKU-1", false],
      [`${S}|SKU-2|WET|b`, 1, "SKU-2", false],
      [`${S}|odd`, 1, null, false],
    ]);
    expect(seen[2]!.shipmentId).toBe(S);
  });

  it("marks the first and last entity partial where the walk continues across pages", () => {
    const seen = seenInPage({ shipment_id: S, files, next_cursor: "next" }, true);
    expect(seen.map((s) => s.partial)).toEqual([true, false, true]);
  });
});
