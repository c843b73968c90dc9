import { expect, it } from "vitest";
import { newToken, tokenHash } from "@/lib/links/token";
import { shipmentActivity } from "./decisions";
import { recordSeen } from "./discrepancies";
import {
  createLink,
  linkByHash,
  recordView,
  revokeLink,
  scopeIndexed,
  shipmentLinks,
  teamLinks,
  viewsOf,
} from "./links";
import { describeStores } from "./test-stores";

const base = {
  shipmentId: "LNK1",
  party: "supplier" as const,
  recipient: "claims@supplier.example",
  scope: { sku: "SKU-1" },
  language: "sv" as const,
  createdBy: "reviewer",
  expiresInDays: 14,
};

describeStores("evidence links", (store) => {
  it("keeps only the token's hash, finds the link by it, and records its making", async () => {
    const db = store().db;
    const token = newToken();
    const link = await createLink(db, { ...base, tokenHash: tokenHash(token) });
    expect(link).toMatchObject({ status: "active", views: 0, scope: { sku: "SKU-1" }, language: "sv" });
    const days = (Date.parse(link.expires_at) - Date.parse(link.created_at)) / 86_400_000;
    expect(days).toBeCloseTo(14, 3);
    expect((await linkByHash(db, tokenHash(token)))?.id).toBe(link.id);
    expect(await linkByHash(db, tokenHash(newToken()))).toBeNull();
    const stored = JSON.stringify(await shipmentLinks(db, "LNK1"));
    expect(stored).not.toContain(token);
    expect((await shipmentActivity(db, "LNK1")).map((e) => e.kind)).toContain("link_created");
  });

  it("counts every open, lists them newest first, and puts each in the shipment's activity", async () => {
    const db = store().db;
    const link = await createLink(db, { ...base, shipmentId: "LNK2", tokenHash: tokenHash(newToken()) });
    await recordView(db, link, { what: "page", ip: "203.0.113.9", userAgent: "Mail client" });
    await recordView(db, link, { what: "pack", ip: "203.0.113.9", userAgent: "Mail client" });
    const [after] = await shipmentLinks(db, "LNK2");
    expect(after).toMatchObject({ views: 2 });
    expect(after!.last_viewed_at).not.toBeNull();
    expect((await viewsOf(db, link.id)).map((v) => v.what)).toEqual(["pack", "page"]);
    const opened = (await shipmentActivity(db, "LNK2")).filter((e) => e.kind === "link_opened");
    expect(opened.map((e) => (e.data as { what: string }).what)).toEqual(["pack", "page"]);
  });

  it("revokes once (a second revoke changes nothing), and filters the team's links by status", async () => {
    const db = store().db;
    const a = await createLink(db, { ...base, shipmentId: "LNK3", tokenHash: tokenHash(newToken()) });
    const b = await createLink(db, { ...base, shipmentId: "LNK3", tokenHash: tokenHash(newToken()) });
    const revoked = await revokeLink(db, a.id, "lead");
    expect(revoked).toMatchObject({ status: "revoked", revoked_by: "lead" });
    const again = await revokeLink(db, a.id, "someone-else");
    expect(again).toMatchObject({ status: "revoked", revoked_by: "lead", revoked_at: revoked!.revoked_at });
    expect(await revokeLink(db, "00000000-0000-4000-8000-000000000000", "lead")).toBeNull();
    const kinds = (await shipmentActivity(db, "LNK3")).filter((e) => e.kind === "link_revoked");
    expect(kinds).toHaveLength(1);
    const active = await teamLinks(db, { status: "active", shipmentId: "LNK3", after: null, limit: 10 });
    expect(active.links.map((l) => l.id)).toEqual([b.id]);
    const gone = await teamLinks(db, { status: "revoked", shipmentId: "LNK3", after: null, limit: 10 });
    expect(gone.links.map((l) => l.id)).toEqual([a.id]);
    // Pages: one at a time, newest first, nothing twice.
    const first = await teamLinks(db, { status: null, shipmentId: "LNK3", after: null, limit: 1 });
    const second = await teamLinks(db, { status: null, shipmentId: "LNK3", after: first.next, limit: 1 });
    expect([...first.links, ...second.links].map((l) => l.id)).toEqual([b.id, a.id]);
    expect(second.next).toBeNull();
  });

  it("knows whether a scope names something the shipment has", async () => {
    const db = store().db;
    await recordSeen(db, [
      {
        entityId: "LNK4|SKU-1|DAMAGED|d1",
        shipmentId: "LNK4",
        sku: "SKU-1",
        reasonCode: "DAMAGED",
        discrepancyId: "d1",
        photoCount: 2,
        partial: false,
      },
    ]);
    expect(await scopeIndexed(db, "LNK4", {})).toBe(true);
    expect(await scopeIndexed(db, "LNK4", { sku: "SKU-1", reason: "DAMAGED", discrepancy: "d1" })).toBe(true);
    expect(await scopeIndexed(db, "LNK4", { sku: "SKU-2" })).toBe(false);
    expect(await scopeIndexed(db, "LNK4", { sku: "SKU-1", reason: "SHORTAGE" })).toBe(false);
    expect(await scopeIndexed(db, "OTHER", { sku: "SKU-1" })).toBe(false);
  });
});
