import { describe, expect, it } from "vitest";
import { describeError, withoutSqlParams } from "./log";

describe("log lines", () => {
  it("never carry a failed query's parameters (notes, claim references), only the query and why", () => {
    const err = new Error(
      'Failed query: insert into "notes" ("entity_id", "text") values ($1, $2)\nparams: 1RT823V93|A|B|1,Customer called, card 4111',
      { cause: new Error("invalid byte sequence for encoding UTF8: 0x00") },
    );
    const line = describeError(err);
    expect(line).toContain('insert into "notes"');
    expect(line).toContain("invalid byte sequence");
    expect(line).not.toContain("4111");
    expect(line).not.toContain("Customer called");
    expect(withoutSqlParams("params: secret")).toBe("params: [not logged]");
    expect(withoutSqlParams("no parameters here")).toBe("no parameters here");
  });
});
