import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inScope, linkStatus } from "./model";

describe("linkStatus", () => {
  const now = new Date("2026-12-07T12:00:00Z");
  it("is active until it expires, expired from then, revoked whenever revoked", () => {
    expect(linkStatus({ expiresAt: new Date("2026-12-08T00:00:00Z"), revokedAt: null }, now)).toBe("active");
    expect(linkStatus({ expiresAt: now, revokedAt: null }, now)).toBe("expired");
    expect(linkStatus({ expiresAt: new Date("2026-12-01T00:00:00Z"), revokedAt: null }, now)).toBe("expired");
    expect(linkStatus({ expiresAt: new Date("2027-01-01T00:00:00Z"), revokedAt: now }, now)).toBe("revoked");
    expect(linkStatus({ expiresAt: new Date("2026-01-01T00:00:00Z"), revokedAt: now }, now)).toBe("revoked");
  });
});

describe("inScope", () => {
  const part = fc.constantFrom("A", "B", "a", "A ", "");
  const key = fc.record({
    shipment_id: fc.constantFrom("S1", "S2", "s1"),
    sku: part,
    reason_code: part,
    discrepancy_id: part,
  });
  const photo = fc.record({ key: fc.option(key, { nil: null }) });
  const scope = fc.record({ sku: part, reason: part, discrepancy: part }, { requiredKeys: [] });

  it("never lets through a photo of another shipment, an unrecognised key, or one outside any part of the scope", () => {
    fc.assert(
      fc.property(photo, scope, (p, s) => {
        if (!inScope(p, "S1", s)) return;
        expect(p.key).not.toBeNull();
        expect(p.key!.shipment_id).toBe("S1");
        if (s.sku !== undefined) expect(p.key!.sku).toBe(s.sku);
        if (s.reason !== undefined) expect(p.key!.reason_code).toBe(s.reason);
        if (s.discrepancy !== undefined) expect(p.key!.discrepancy_id).toBe(s.discrepancy);
      }),
    );
  });

  it("lets through every photo of the shipment that matches the scope", () => {
    fc.assert(
      fc.property(key, scope, (k, s) => {
        const matches =
          k.shipment_id === "S1" &&
          (s.sku === undefined || s.sku === k.sku) &&
          (s.reason === undefined || s.reason === k.reason_code) &&
          (s.discrepancy === undefined || s.discrepancy === k.discrepancy_id);
        expect(inScope({ key: k }, "S1", s)).toBe(matches);
      }),
    );
  });
});
