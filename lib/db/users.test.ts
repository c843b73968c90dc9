import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { changeDecision } from "./decisions";
import { recordSeen } from "./discrepancies";
import { decisions } from "./schema";
import { describeStores } from "./test-stores";
import { isBlocked, mergeLegacyNames, people, peopleEvents, recordSignIn, seenUsers, setBlocked } from "./users";

describeStores("people", (store) => {
  it("blocks and unblocks with one event each, and writes nothing when nothing changes", async () => {
    const db = store().db;
    await recordSignIn(db, { name: "pat", displayName: "Pat", provider: "password", role: "viewer" });
    expect(await setBlocked(db, { name: "pat", blocked: true, actor: "root", provider: "password" })).toBe(true);
    expect(await setBlocked(db, { name: "pat", blocked: true, actor: "root", provider: "password" })).toBe(false);
    expect(await isBlocked(db, "pat")).toBe(true);
    expect(await setBlocked(db, { name: "pat", blocked: false, actor: "root", provider: "password" })).toBe(true);
    const kinds = (await peopleEvents(db))
      .filter((e) => (e.data as { user: string }).user === "pat")
      .map((e) => e.kind);
    expect(kinds).toEqual(["user_unblocked", "user_blocked"]);
  });

  it("joins a single sign-on user's old name to oidc:<sub>: assignments follow, the old name leaves the list", async () => {
    const db = store().db;
    const old = "greta@example.com";
    await recordSignIn(db, { name: old, displayName: "Greta", provider: "oidc", role: "reviewer" });
    // A password user with the same kind of name is never joined.
    await recordSignIn(db, { name: "greta", displayName: "greta", provider: "password", role: "reviewer" });
    const entityId = "MERGE1|SKU|DAMAGED|1";
    await recordSeen(db, [
      {
        entityId,
        shipmentId: "MERGE1",
        sku: "SKU",
        reasonCode: "DAMAGED",
        discrepancyId: "1",
        photoCount: 1,
        partial: false,
      },
    ]);
    await changeDecision(db, { shipmentId: "MERGE1", entityId, version: 0, actor: old, change: { assignee: old } });
    await recordSignIn(db, { name: "oidc:g-1", displayName: "Greta", provider: "oidc", role: "reviewer" });
    expect(await mergeLegacyNames(db, "oidc:g-1", [old, "greta"])).toEqual([old]);
    // Once joined, never again (another account cannot take it over later).
    expect(await mergeLegacyNames(db, "oidc:other", [old])).toEqual([]);
    const [decision] = await db.select().from(decisions).where(eq(decisions.entityId, entityId));
    expect(decision?.assignee).toBe("oidc:g-1");
    const names = (await seenUsers(db)).map((u) => u.name);
    expect(names).toContain("oidc:g-1");
    expect(names).toContain("greta");
    expect(names).not.toContain(old);
    expect((await people(db)).map((p) => p.name)).not.toContain(old);
  });
});
