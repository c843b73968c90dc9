// For store tests: runs a suite against embedded PGlite and against a real PostgreSQL server
// (TEST_DATABASE_URL, else 127.0.0.1:5432/test when it answers), each suite in a database of its
// own. Without a server the PostgreSQL suite is skipped, and the reason printed.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe } from "vitest";
import { type Db, openStore, type Store } from "./client";

const SERVER_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

async function serverProblem(): Promise<string | null> {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: SERVER_URL, connectionTimeoutMillis: 1_500 });
  try {
    await client.connect();
    await client.query("select 1");
    return null;
  } catch (err) {
    return `no PostgreSQL at ${SERVER_URL.replace(/\/\/[^@]*@/, "//")} (${(err as Error).message})`;
  } finally {
    await client.end().catch(() => {});
  }
}

export const problem = await serverProblem();
if (problem) console.warn(`[store tests] PostgreSQL suites skipped: ${problem}. Set TEST_DATABASE_URL to run them.`);

/** A fresh database on the test server; `drop` removes it. */
export async function scratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const { Client } = await import("pg");
  const name = `spr_test_${randomBytes(6).toString("hex")}`;
  const admin = new Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new Client({ connectionString: SERVER_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export const STORE_KINDS = ["PGlite", "PostgreSQL"] as const;

/**
 * Declares `suite` once per store kind; `store()` is that kind's store, migrated and empty.
 * `databaseUrl()` is the PostgreSQL database's address (null on PGlite), for a second "instance".
 */
export function describeStores(
  title: string,
  suite: (store: () => Store & { db: Db }, databaseUrl: () => string | null) => void,
) {
  for (const kind of STORE_KINDS) {
    const skip = kind === "PostgreSQL" && problem !== null;
    describe.skipIf(skip)(`${title} [${kind}]${skip ? ` (skipped: ${problem})` : ""}`, () => {
      let current: Store;
      let url: string | null = null;
      let drop = async () => {};
      beforeAll(async () => {
        if (kind === "PGlite") current = await openStore({ dataDir: null });
        else {
          const scratch = await scratchDatabase();
          drop = scratch.drop;
          url = scratch.url;
          current = await openStore({ databaseUrl: scratch.url });
        }
      }, 60_000);
      afterAll(async () => {
        await current?.close();
        await drop();
      });
      suite(
        () => current,
        () => url,
      );
    });
  }
}
