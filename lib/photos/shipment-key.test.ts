import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { belongsToShipment, isShipmentId, parseEntityId, shipmentIdProblem } from "@/lib/photos/shipment-key";

describe("parseEntityId", () => {
  it("reads the four segments of a composite key", () => {
    expect(parseEntityId("1RT823V93|SKU-001|DAMAGED|51076f94-b531-483c-884b-35ad67afa113")).toEqual({
      shipment_id: "1RT823V93",
      sku: "SKU-001",
      reason_code: "DAMAGED",
      discrepancy_id: "51076f94-b531-483c-884b-35ad67afa113",
    });
  });

  it.each(["", "1RT823V93", "1RT823V93|SKU-001", "a|b|c", "a|b|c|d|e", "a||c|d", "|b|c|d", "a|b|c|", "||||"])(
    "returns null for %j",
    (value) => expect(parseEntityId(value)).toBeNull(),
  );

  it("keeps odd characters inside segments as they are", () => {
    expect(parseEntityId("S 1|sku/ü|WET %20|..")?.sku).toBe("sku/ü");
  });

  it("round-trips any four non-empty pipe-free segments", () => {
    const segment = fc.string({ minLength: 1 }).filter((s) => !s.includes("|"));
    fc.assert(
      fc.property(segment, segment, segment, segment, (a, b, c, d) => {
        expect(parseEntityId([a, b, c, d].join("|"))).toEqual({
          shipment_id: a,
          sku: b,
          reason_code: c,
          discrepancy_id: d,
        });
      }),
    );
  });

  it("never throws on arbitrary strings", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => void parseEntityId(s)));
  });
});

describe("belongsToShipment", () => {
  it("matches the first segment exactly, not by prefix", () => {
    expect(belongsToShipment("1RT823V93|SKU-001|DAMAGED|x", "1RT823V93")).toBe(true);
    expect(belongsToShipment("1RT823V93|SKU-001|DAMAGED|x", "1RT823V9")).toBe(false);
    expect(belongsToShipment("1RT823V93|SKU-002", "1RT823V93")).toBe(true);
    expect(belongsToShipment("1RT823V93", "1RT823V93")).toBe(true);
    expect(belongsToShipment("1RT823V93X", "1RT823V93")).toBe(false);
  });

  it("agrees with the parsed key whenever there is one", () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), (entityId, shipmentId) => {
        const key = parseEntityId(entityId);
        if (key) expect(belongsToShipment(entityId, shipmentId)).toBe(key.shipment_id === shipmentId);
      }),
    );
  });
});

describe("shipment ID rule", () => {
  it.each(["1RT823V93", "a", "A-b_c.9", "x".repeat(64)])("accepts %j", (id) => {
    expect(isShipmentId(id)).toBe(true);
    expect(shipmentIdProblem(id)).toBeNull();
  });

  it.each(["", "x".repeat(65), "a|b", "a b", "a/b", "é", "a\n", "%41", "a\u0000"])("refuses %j with a reason", (id) => {
    expect(isShipmentId(id)).toBe(false);
    expect(shipmentIdProblem(id)).toMatch(/\w/);
  });

  it("never accepts a pipe, slash or space, whatever surrounds it", () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom("|", "/", " ", "\\", "?", "#"), fc.string(), (a, bad, b) => {
        expect(isShipmentId(a + bad + b)).toBe(false);
      }),
    );
  });
});
