import { describe, expect, it } from "vitest";
import { sharedStateNotice, startupProblem } from "./startup-check";

describe("the start-up line about shared state", () => {
  it("is said when PostgreSQL is shared but Redis is not, naming what stays per instance", () => {
    const notice = sharedStateNotice({ DATABASE_URL: "postgres://db/spr" });
    expect(notice).toMatch(/REDIS_URL is not/);
    expect(notice).toMatch(/single-flight per instance/);
    expect(notice).toMatch(/sign-in limits count in PostgreSQL/);
  });

  it("is not said with Redis, nor on the embedded database (one instance)", () => {
    expect(sharedStateNotice({ DATABASE_URL: "postgres://db/spr", REDIS_URL: "redis://r:6379" })).toBeNull();
    expect(sharedStateNotice({})).toBeNull();
  });
});

describe("benchmark switches", () => {
  const base = {
    AUTH_SECRET: "x".repeat(40),
    AUTH_USERS: "demo:scrypt.15.7TKCEGCQY-68NwXlrx46xQ.HvjaYsrpT0FGC29ms10_L20UrN0qZlZVJBYWCmlZe40",
    SITOO_API_ID: "id",
    SITOO_API_PASSWORD: "pw",
    SITOO_MEDIA_CDN_ORIGINS: "https://cdn.example",
  };
  it("refuses BENCH_FLOOR and SPR_INDEX_WRITES in production, naming the switch", () => {
    expect(startupProblem({ ...base, NODE_ENV: "production" })).toBeNull();
    expect(startupProblem({ ...base, NODE_ENV: "production", BENCH_FLOOR: "1" })).toMatch(
      /BENCH_FLOOR is a benchmark switch/,
    );
    expect(startupProblem({ ...base, NODE_ENV: "production", SPR_INDEX_WRITES: "0" })).toMatch(/SPR_INDEX_WRITES/);
  });
});
