import { describe, expect, it } from "vitest";
import { isTokenShaped, newToken, tokenHash } from "./token";

describe("evidence-link tokens", () => {
  it("are 192 random bits in base64url, different every time", () => {
    const tokens = Array.from({ length: 1000 }, newToken);
    expect(new Set(tokens).size).toBe(1000);
    for (const t of tokens) {
      expect(isTokenShaped(t)).toBe(true);
      expect(Buffer.from(t, "base64url")).toHaveLength(24);
    }
  });

  it("are stored as their SHA-256 only, the same every time and different for another token", () => {
    const token = newToken();
    const hash = tokenHash(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token);
    expect(tokenHash(token)).toBe(hash);
    expect(tokenHash(newToken())).not.toBe(hash);
  });

  it("refuses anything of another shape before any lookup", () => {
    for (const bad of [
      "",
      "short",
      `${newToken()}x`,
      `${newToken().slice(0, 31)}=`,
      "../../etc/passwd",
      `${"a".repeat(31)}/`,
    ])
      expect(isTokenShaped(bad)).toBe(false);
  });
});
