import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lockDataDir } from "./data-dir-lock";

describe("lockDataDir", () => {
  it("refuses a DATA_DIR another live process owns, with a one-line reason", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "spr-lock-"));
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      writeFileSync(path.join(dir, "owner.pid"), String(other.pid));
      expect(() => lockDataDir(dir)).toThrow(new RegExp(`^DATA_DIR .* is in use by process ${other.pid}: [^\\n]+$`));
    } finally {
      other.kill();
    }
  });

  it("takes over a lock left by a process that has died, and releases it", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "spr-lock-"));
    const dead = spawn(process.execPath, ["-e", ""]);
    await new Promise((r) => dead.on("exit", r));
    writeFileSync(path.join(dir, "owner.pid"), String(dead.pid));
    const release = lockDataDir(dir);
    expect(readFileSync(path.join(dir, "owner.pid"), "utf8")).toBe(String(process.pid));
    release();
    expect(existsSync(path.join(dir, "owner.pid"))).toBe(false);
  });
});
