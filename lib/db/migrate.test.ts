// Instances that start together on a new, empty PostgreSQL database (a first deploy, or a rolling
// restart onto a version with a new migration) all open their store: they migrate one at a time.
import { describe, expect, it } from "vitest";
import { openStore } from "./client";
import { problem, scratchDatabase } from "./test-stores";

describe.skipIf(problem !== null)(`migrations with several instances${problem ? ` (skipped: ${problem})` : ""}`, () => {
  it("four stores opened at once on an empty database all open, and the schema is there once", async () => {
    const scratch = await scratchDatabase();
    try {
      const opened = await Promise.allSettled(Array.from({ length: 4 }, () => openStore({ databaseUrl: scratch.url })));
      expect(opened.map((o) => o.status)).toEqual(Array(4).fill("fulfilled"));
      const stores = opened.map((o) => (o as PromiseFulfilledResult<Awaited<ReturnType<typeof openStore>>>).value);
      const { rows } = await stores[0]!.pool!.query<{ n: number }>(
        "select count(*)::int as n from drizzle.__drizzle_migrations",
      );
      const files = (await import("./migrations/meta/_journal.json", { with: { type: "json" } })).default.entries;
      expect(rows[0]!.n).toBe(files.length);
      await Promise.all(stores.map((s) => s.close()));
    } finally {
      await scratch.drop();
    }
  }, 60_000);
});
