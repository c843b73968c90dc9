import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { photo } from "@/tests/photos";
import { attachmentDisposition, packFileName, packPaths, safeSegment, takenAtSegment } from "./paths";

describe("safeSegment", () => {
  it.each([
    ["../../etc", "_.._etc"],
    ["..", "_"],
    ["a/b\\c", "a_b_c"],
    ["CON", "_CON"],
    ["con.txt", "_con.txt"],
    ["LPT1", "_LPT1"],
    ["name. . .", "name"],
    ["\u202Egpj.exe", "_gpj.exe"],
    ["tab\there", "tab_here"],
    ["", "_"],
    ["åäö Ö", "åäö Ö"],
    ["CONIN$", "_CONIN$"],
    ["conout$.txt", "_conout$.txt"],
    // Cut to 80, the cut ends on dots and spaces: trimmed again, so three SKUs stay three folders.
    [`${"S".repeat(79)}.X`, "S".repeat(79)],
    [`${"S".repeat(78)} .Y`, "S".repeat(78)],
    [`CON.${"a".repeat(75)}. b`, `_CON.${"a".repeat(75)}`],
  ])("%j → %j", (input, wanted) => {
    expect(safeSegment(input)).toBe(wanted);
  });

  it("never yields a separator, a dot-only name, a control or bidi character, or a reserved name", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 120 }),
          fc.string({ unit: fc.constantFrom("a", ".", " ", "$"), minLength: 75, maxLength: 90 }),
        ),
        (s) => {
          const out = safeSegment(s);
          // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what must not appear
          expect(out).not.toMatch(/[/\\\u0000-\u001f\u202a-\u202e\u2066-\u2069]/u);
          expect(out).not.toMatch(/^\.+$/);
          expect(out).not.toMatch(/[. ]$/);
          expect(out).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d|conin\$|conout\$)(\.|$)/i);
          expect([...out].length).toBeGreaterThan(0);
          expect([...out].length).toBeLessThanOrEqual(80);
        },
      ),
    );
  });
});

describe("attachmentDisposition", () => {
  it("carries any name: an ASCII fallback and the UTF-8 name (RFC 6266)", () => {
    expect(attachmentDisposition("1RT823V93_SKU-€日本_DAMAGED.jpg")).toBe(
      `attachment; filename="1RT823V93_SKU-____DAMAGED.jpg"; filename*=UTF-8''1RT823V93_SKU-%E2%82%AC%E6%97%A5%E6%9C%AC_DAMAGED.jpg`,
    );
    expect(attachmentDisposition("SKU-ä.jpg")).toBe(
      `attachment; filename="SKU-a.jpg"; filename*=UTF-8''SKU-%C3%A4.jpg`,
    );
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (name) => {
        const value = attachmentDisposition(name);
        // A header value Node and browsers accept: visible ASCII and spaces only.
        expect(value).toMatch(/^[\x20-\x7e]+$/);
        const star = value.split("filename*=UTF-8''")[1]!;
        expect(decodeURIComponent(star)).toBe(name);
      }),
    );
  });
});

describe("packPaths", () => {
  it("lays photos out as shipment/sku/reason/discrepancy/taken_file.jpg, unrecognised keys apart", () => {
    const a = photo("S1|SKU-1|DAMAGED|d1", { file_id: "f1", created_at: 1795248000 });
    const b = photo("S1|SKU-1", { file_id: "f2", created_at: 1795248060 });
    const paths = packPaths([a, b], "S1");
    expect(paths.get("f1")).toBe("S1/SKU-1/DAMAGED/d1/2026-11-21T08-00-00Z_f1.jpg");
    expect(paths.get("f2")).toBe("S1/_unrecognised/S1_SKU-1/2026-11-21T08-01-00Z_f2.jpg");
  });

  it("gives values that sanitise alike their own folders, and keeps one folder per original value", () => {
    const photos = [
      photo("S1|a/b|DAMAGED|d1", { file_id: "f1" }),
      photo("S1|a_b|DAMAGED|d1", { file_id: "f2" }),
      photo("S1|A_B|DAMAGED|d1", { file_id: "f3" }),
      photo("S1|a/b|DAMAGED|d1", { file_id: "f4" }),
    ];
    const paths = packPaths(photos, "S1");
    expect(paths.get("f1")).toMatch(/^S1\/a_b\/DAMAGED\/d1\//);
    expect(paths.get("f2")).toMatch(/^S1\/a_b~2\/DAMAGED\/d1\//);
    expect(paths.get("f3")).toMatch(/^S1\/A_B~3\/DAMAGED\/d1\//);
    expect(paths.get("f4")).toMatch(/^S1\/a_b\/DAMAGED\/d1\//);
    expect(new Set(paths.values()).size).toBe(4);
  });

  it("keeps hostile SKUs inside the shipment folder", () => {
    const photos = ["../../etc", "CON", "\u202Eevil", "..\\..\\win", "nul.", "."].map((sku, i) =>
      photo(`S1|${sku}|DAMAGED|d${i}`, { file_id: `f${i}` }),
    );
    for (const path of packPaths(photos, "S1").values()) {
      expect(path.startsWith("S1/")).toBe(true);
      expect(path.split("/")).not.toContain("..");
      expect(path.split("/").every((s) => !/^\.+$/.test(s) && !/^(con|nul)$/i.test(s))).toBe(true);
      expect(path).not.toMatch(/[\\\u202a-\u202e]/u);
    }
  });

  it("names the download after the shipment", () => {
    expect(packFileName("1RT823V93", false, 16, "zip")).toBe("evidence_1RT823V93.zip");
    expect(packFileName("1RT823V93", true, 3, "pdf")).toBe("claim-report_1RT823V93_3-photos.pdf");
    expect(takenAtSegment(null)).toBe("unknown-time");
  });
});
