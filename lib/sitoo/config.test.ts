import { describe, expect, it } from "vitest";
import { imageOrigins, parseSitooConfig } from "./config";

const creds = { SITOO_API_ID: "id", SITOO_API_PASSWORD: "pw" };

describe("parseSitooConfig", () => {
  it("defaults to Sitoo's media URL, CloudFront plus that origin, and no catalog", () => {
    const c = parseSitooConfig(creds);
    expect(c.mediaBaseUrl).toBe("https://media-object-storage.sitooapis.com");
    expect(c.cdnOrigins).toEqual(["https://*.cloudfront.net", "https://media-object-storage.sitooapis.com"]);
    expect([c.restBaseUrl, c.siteId, c.resourceBaseUrl]).toEqual([null, null, null]);
    expect(c.pageSize).toBe(50);
  });

  it("reads every variable, treating blank ones as unset", () => {
    const c = parseSitooConfig({
      ...creds,
      SITOO_MEDIA_BASE_URL: "http://127.0.0.1:4010/",
      SITOO_MEDIA_CDN_ORIGINS: " https://cdn.example , https://*.cloudfront.net/ ",
      SITOO_API_BASE_URL: "https://api.mysitoo.com/v2/accounts/1500/",
      SITOO_SITE_ID: "3",
      SITOO_RESOURCE_BASE_URL: "",
    });
    expect(c.mediaBaseUrl).toBe("http://127.0.0.1:4010");
    expect(c.cdnOrigins).toEqual(["https://cdn.example", "https://*.cloudfront.net"]);
    expect(c.restBaseUrl).toBe("https://api.mysitoo.com/v2/accounts/1500");
    expect(c.siteId).toBe(3);
    expect(c.resourceBaseUrl).toBeNull();
  });

  it.each([
    [{}, "SITOO_API_ID"],
    [{ SITOO_API_ID: "id" }, "SITOO_API_PASSWORD"],
    [{ ...creds, SITOO_MEDIA_BASE_URL: "ftp://x" }, "SITOO_MEDIA_BASE_URL"],
    [{ ...creds, SITOO_SITE_ID: "abc" }, "SITOO_SITE_ID"],
  ])("refuses %j naming the variable", (env, name) => {
    expect(() => parseSitooConfig(env)).toThrow(name);
  });

  it("never puts the password in an error", () => {
    expect(() => parseSitooConfig({ SITOO_API_ID: "id", SITOO_API_PASSWORD: "pw", SITOO_SITE_ID: "x" })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining("pw") }),
    );
  });

  it("lists image origins for the CSP, the resource origin included", () => {
    const c = parseSitooConfig({ ...creds, SITOO_RESOURCE_BASE_URL: "https://img.example/res/" });
    expect(imageOrigins(c)).toEqual([
      "https://*.cloudfront.net",
      "https://media-object-storage.sitooapis.com",
      "https://img.example",
    ]);
  });
});
