import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("passwords", () => {
  it("verifies its own hashes and refuses wrong passwords and malformed hashes", async () => {
    const hash = await hashPassword("s3cret pass");
    expect(hash).not.toMatch(/[$:,]/);
    expect(await verifyPassword("s3cret pass", hash)).toBe(true);
    expect(await verifyPassword("s3cret pas", hash)).toBe(false);
    expect(await verifyPassword("s3cret pass", "plain")).toBe(false);
  });

  it("accepts what `npm run user:hash` prints, from an argument or standard input", async () => {
    const fromArg = execFileSync(process.execPath, ["scripts/user-hash.mjs", "from-arg"], { encoding: "utf8" });
    const fromStdin = execFileSync(process.execPath, ["scripts/user-hash.mjs"], {
      input: "from-stdin\n",
      encoding: "utf8",
    });
    expect(fromArg.trim().split("\n")).toHaveLength(1);
    expect(await verifyPassword("from-arg", fromArg.trim())).toBe(true);
    expect(await verifyPassword("from-stdin", fromStdin.trim())).toBe(true);
  });
});
