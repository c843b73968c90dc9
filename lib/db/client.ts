// The database: PostgreSQL through node-postgres when DATABASE_URL is set, else embedded PGlite
// persisted in DATA_DIR (default .data/). Migrations run when a store opens. Server-only: the only
// code that reads the database settings; queries live beside it by aggregate.
import "server-only";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { singleton } from "@/lib/server/singleton";
import { lockDataDir } from "./data-dir-lock";
import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Store {
  db: Db;
  kind: "pglite" | "postgres";
  /**
   * Runs `fn` only if no other holder of `lock` (in any process on this database) is running:
   * a PostgreSQL session advisory lock on its own connection, so the lock holds for exactly as
   * long as `fn` runs and dies with the connection. PGlite has one process per data directory,
   * so there a lock in memory is enough. Resolves to `{ ran: false }` when someone else holds it.
   */
  exclusive<T>(lock: number, fn: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }>;
  close(): Promise<void>;
  /** The node-postgres pool behind a PostgreSQL store (for stores of other libraries, in lib/db only). */
  pool?: import("pg").Pool;
}

/** Advisory lock keys (any stable 64-bit integers; one per job). */
export const LOCKS = { sync: 0x5350_5201, migrate: 0x5350_5202 } as const;

const MIGRATIONS = path.join(/* turbopackIgnore: true */ process.cwd(), "lib/db/migrations");

/**
 * Opens and migrates a store. `databaseUrl` → PostgreSQL; otherwise PGlite in `dataDir`, or in
 * memory when `dataDir` is null (tests).
 */
export async function openStore(options: { databaseUrl?: string; dataDir?: string | null }): Promise<Store> {
  if (options.databaseUrl) {
    const { Pool } = await import("pg");
    const { drizzle } = await import("drizzle-orm/node-postgres");
    const { migrate } = await import("drizzle-orm/node-postgres/migrator");
    const pool = new Pool({ connectionString: options.databaseUrl, max: 10, connectionTimeoutMillis: 3_000 });
    // An idle client losing its connection must not crash the process; the next query reconnects.
    pool.on("error", () => {});
    const db = drizzle({ client: pool, schema }) as unknown as Db;
    try {
      // Instances starting together (a rolling restart onto a new version) migrate one at a time:
      // the others wait here, then find nothing left to do.
      const lock = await pool.connect();
      try {
        await lock.query("select pg_advisory_lock($1)", [LOCKS.migrate]);
        await migrate(db as never, { migrationsFolder: MIGRATIONS });
      } finally {
        await lock.query("select pg_advisory_unlock($1)", [LOCKS.migrate]).catch(() => {});
        lock.release();
      }
    } catch (err) {
      await pool.end();
      throw err;
    }
    return {
      db,
      kind: "postgres",
      pool,
      async exclusive(lock, fn) {
        const client = await pool.connect();
        try {
          const { rows } = await client.query<{ ok: boolean }>("select pg_try_advisory_lock($1) as ok", [lock]);
          if (!rows[0]?.ok) return { ran: false };
          try {
            return { ran: true, value: await fn() };
          } finally {
            await client.query("select pg_advisory_unlock($1)", [lock]).catch(() => {});
          }
        } finally {
          client.release();
        }
      },
      close: () => pool.end(),
    };
  }
  const release = options.dataDir ? lockDataDir(options.dataDir) : () => {};
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    const { drizzle } = await import("drizzle-orm/pglite");
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    const client = options.dataDir ? await PGlite.create(options.dataDir) : await PGlite.create();
    const db = drizzle({ client, schema }) as unknown as Db;
    await migrate(db as never, { migrationsFolder: MIGRATIONS });
    const held = new Set<number>();
    return {
      db,
      kind: "pglite",
      async exclusive(lock, fn) {
        if (held.has(lock)) return { ran: false };
        held.add(lock);
        try {
          return { ran: true, value: await fn() };
        } finally {
          held.delete(lock);
        }
      },
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}

/** Where the store lives, from the environment. */
export function storeSettings(env: Record<string, string | undefined> = process.env) {
  return env.DATABASE_URL
    ? { databaseUrl: env.DATABASE_URL }
    : { dataDir: path.resolve(/* turbopackIgnore: true */ process.cwd(), env.DATA_DIR || ".data") };
}

const RETRY_AFTER_FAILURE_MS = 3_000;

/**
 * The process's store, opened (and migrated) on first use. After a failed open, callers get that
 * failure for a few seconds, then the next caller tries again: a database that is down is not
 * dialled on every request.
 */
export function store(): Promise<Store> {
  const holder = singleton("store", () => ({ current: null as Promise<Store> | null }));
  holder.current ??= openStore(storeSettings()).catch((err) => {
    setTimeout(() => {
      holder.current = null;
    }, RETRY_AFTER_FAILURE_MS).unref();
    throw err;
  });
  return holder.current;
}

export async function db(): Promise<Db> {
  return (await store()).db;
}

/** Closes the process's store (graceful shutdown, tests). */
export async function closeStore(): Promise<void> {
  const holder = singleton("store", () => ({ current: null as Promise<Store> | null }));
  const current = holder.current;
  holder.current = null;
  if (current) await (await current.catch(() => null))?.close();
}
