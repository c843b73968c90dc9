// Whether the store answers a trivial query within two seconds. Server-only.
import "server-only";
import { sql } from "drizzle-orm";
import { db } from "./client";

export async function storeReady(): Promise<"ok" | "unavailable"> {
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), 2_000).unref());
  try {
    await Promise.race([(async () => (await db()).execute(sql`select 1`))(), timeout]);
    return "ok";
  } catch {
    return "unavailable";
  }
}
