#!/usr/bin/env node
// The end-to-end tests drive Debian's Chromium (Playwright's own browser download is not available
// here). Installs it when missing and we are root; otherwise says what to install.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { CHROMIUM_PATH } from "./chromium.mjs";

const CHROMIUM = CHROMIUM_PATH;

if (!existsSync(CHROMIUM)) {
  if (process.getuid?.() !== 0) {
    console.error(`${CHROMIUM} is missing. Install Debian's Chromium first: sudo apt-get install -y chromium`);
    process.exit(1);
  }
  console.log(`${CHROMIUM} is missing: installing Debian's chromium package…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [
    ["update", "-qq"],
    ["install", "-y", "-qq", "chromium"],
  ]) {
    const r = spawnSync("apt-get", args, { stdio: "inherit", env });
    if (r.status !== 0) {
      console.error(`apt-get ${args.join(" ")} failed; install Chromium by hand: apt-get install -y chromium`);
      process.exit(1);
    }
  }
}
