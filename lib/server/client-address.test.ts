import { describe, expect, it } from "vitest";
import { clientAddressFrom, parseTrustedProxyHops } from "./client-address";

const headers = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff });

describe("client address", () => {
  it("ignores X-Forwarded-For unless proxies are trusted", () => {
    expect(clientAddressFrom(headers("203.0.113.7"), 0)).toBeNull();
    expect(clientAddressFrom(headers(), 1)).toBeNull();
  });

  it("takes the entry the outermost trusted proxy appended, not what the client sent", () => {
    // The client forged two entries; nginx appended the address it saw.
    expect(clientAddressFrom(headers("1.1.1.1, 2.2.2.2, 198.51.100.4"), 1)).toBe("198.51.100.4");
    // A CDN then nginx: the CDN's entry is the client.
    expect(clientAddressFrom(headers("1.1.1.1, 198.51.100.4, 10.0.0.2"), 2)).toBe("198.51.100.4");
    expect(clientAddressFrom(headers(" 198.51.100.4 "), 3)).toBe("198.51.100.4");
  });

  it("accepts 0 to 10 proxies and refuses anything else", () => {
    expect(parseTrustedProxyHops(undefined)).toBe(0);
    expect(parseTrustedProxyHops("")).toBe(0);
    expect(parseTrustedProxyHops("2")).toBe(2);
    for (const bad of ["-1", "1.5", "eleven", "11"])
      expect(() => parseTrustedProxyHops(bad)).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});
