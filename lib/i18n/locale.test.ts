import { describe, expect, it } from "vitest";
import { chooseLocale, fromAcceptLanguage, requestLocale } from "./locale";

describe("the language of a request", () => {
  it("follows the user's choice first", () => {
    expect(chooseLocale("sv", "en-GB,en;q=0.9")).toBe("sv");
    expect(chooseLocale("en", "sv-SE")).toBe("en");
  });

  it("else the browser's first language we speak, by weight", () => {
    expect(chooseLocale(undefined, "sv-SE,sv;q=0.9,en;q=0.8")).toBe("sv");
    expect(chooseLocale(undefined, "de-DE,de;q=0.9,sv;q=0.5,en;q=0.4")).toBe("sv");
    expect(chooseLocale(undefined, "en;q=0.5,sv;q=0.8")).toBe("sv");
    expect(chooseLocale(undefined, "fi,en-US;q=0.7")).toBe("en");
  });

  it("else English; an unknown cookie or a malformed header changes nothing", () => {
    expect(chooseLocale(undefined, undefined)).toBe("en");
    expect(chooseLocale("de", "de-DE")).toBe("en");
    expect(chooseLocale("constructor", ";;;,q=x")).toBe("en");
    expect(fromAcceptLanguage("sv;q=0,en;q=0.1")).toBe("en");
    expect(fromAcceptLanguage("sv;q=abc")).toBeNull();
  });
});

describe("a request's language from its headers", () => {
  it("reads the choice among other cookies, else Accept-Language", () => {
    const h = (cookie: string | null, language: string | null) =>
      new Headers([...(cookie ? [["cookie", cookie]] : []), ...(language ? [["accept-language", language]] : [])] as [
        string,
        string,
      ][]);
    expect(requestLocale(h("authjs.session-token=x; spr-locale=sv; spr-theme=dark", "en-GB"))).toBe("sv");
    expect(requestLocale(h("spr-theme=dark", "sv-SE,en;q=0.5"))).toBe("sv");
    expect(requestLocale(h("xspr-locale=sv", null))).toBe("en");
    expect(requestLocale(h(null, null))).toBe("en");
  });
});
