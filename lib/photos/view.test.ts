import { describe, expect, it } from "vitest";
import { parseView, viewToSearch } from "./view";

describe("view in the query string", () => {
  it("round-trips filters and the open photo, dropping unknown and empty keys", () => {
    const view = parseView(new URLSearchParams("sku=SKU-001&reason=DAMAGED&photo=abc&status=&other=1"));
    expect(view).toEqual({ sku: "SKU-001", reason: "DAMAGED", photo: "abc" });
    expect(parseView(new URLSearchParams(viewToSearch(view).slice(1)))).toEqual(view);
  });

  it("ignores absurdly long values and control characters", () => {
    expect(parseView(new URLSearchParams(`sku=${"x".repeat(300)}`))).toEqual({});
    expect(parseView(new URLSearchParams("sku=a%00b&reason=a%0Db&status=ready"))).toEqual({ status: "ready" });
  });
});
