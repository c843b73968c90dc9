import { describe, expect, it } from "vitest";
import { photo } from "@/tests/photos";
import { absentUpFront, byteLength, MANIFEST_COLUMNS, manifestHeader, manifestRow, PENDING_SHA256 } from "./manifest";

const entry = (p = photo("S1|=SUM(A1)|DAMAGED|d1"), extra = {}) => ({
  photo: p,
  shipmentId: "S1",
  path: "S1/_SUM(A1)/DAMAGED/d1/x.jpg",
  absent: null,
  sha256: PENDING_SHA256,
  decision: null,
  ...extra,
});

describe("manifest", () => {
  it("has English, machine-readable headers", () => {
    expect(manifestHeader()).toBe(`${MANIFEST_COLUMNS.join(",")}\r\n`);
  });

  it("keeps the original values, neutralises formula-like cells and quotes per RFC 4180", () => {
    const row = manifestRow(entry(photo('S1|=SUM(A1)|+cmd|d"1,2')));
    expect(row).toContain("'=SUM(A1)");
    expect(row).toContain("'+cmd");
    expect(row).toContain('"d""1,2"');
    expect(row.endsWith("\r\n")).toBe(true);
  });

  it("a row is as long with the real hash as with the stand-in, so the pack's length is known up front", () => {
    const pending = entry();
    const done = { ...pending, sha256: "ab".repeat(32) };
    expect(byteLength(manifestRow(done))).toBe(byteLength(manifestRow(pending)));
  });

  it("says why a photo is not in the pack when that is known before any byte is fetched", () => {
    expect(absentUpFront(photo("S1|A|B|C", { status: "processing" }))).toMatch(/status processing/);
    expect(absentUpFront(photo("S1|A|B|C", { download_url: null }))).toMatch(/no download URL/);
    expect(absentUpFront(photo("S1|A|B|C", { file_size: null }))).toMatch(/no file size/);
    expect(absentUpFront(photo("S1|A|B|C"))).toBeNull();
  });

  it("lists the decision's status and claim reference", () => {
    const row = manifestRow(
      entry(undefined, {
        decision: {
          entity_id: "x",
          shipment_id: "S1",
          status: "claimed",
          assignee: null,
          claim: { party: "carrier", reference: "CLM-1", amount: null, currency: null },
          notes: [],
          version: 1,
          updated_at: null,
          updated_by: null,
        },
      }),
    );
    expect(row.trimEnd().endsWith(",claimed,CLM-1")).toBe(true);
  });
});
