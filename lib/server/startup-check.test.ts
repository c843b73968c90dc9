import { describe, expect, it } from "vitest";
import { sharedStateNotice } from "./startup-check";

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
