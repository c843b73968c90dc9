#!/usr/bin/env node
// `npm run db:migrate`: applies the migrations in lib/db/migrations to the store the app would use
// (DATABASE_URL, else PGlite in DATA_DIR, default .data/). The app also applies them at start;
// this is for deployments that migrate before starting new instances.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const migrationsFolder = path.resolve("lib/db/migrations");

if (process.env.DATABASE_URL) {
  const { default: pg } = await import("pg");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const { migrate } = await import("drizzle-orm/node-postgres/migrator");
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
  await migrate(drizzle({ client: pool }), { migrationsFolder });
  await pool.end();
  console.log("Migrated the PostgreSQL database in DATABASE_URL.");
} else {
  const dir = path.resolve(process.env.DATA_DIR || ".data");
  // The app holds DATA_DIR while it runs (see lib/db/data-dir-lock.ts); a second writer corrupts it.
  const lock = path.join(dir, "owner.pid");
  const owner = existsSync(lock) ? Number.parseInt(readFileSync(lock, "utf8"), 10) : null;
  if (owner && owner !== process.pid) {
    try {
      process.kill(owner, 0);
      console.error(`DATA_DIR ${dir} is in use by process ${owner}: stop the app first (it migrates at start anyway).`);
      process.exit(1);
    } catch {}
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const client = await PGlite.create(dir);
  await migrate(drizzle({ client }), { migrationsFolder });
  await client.close();
  console.log(`Migrated the embedded database in ${dir}.`);
}
