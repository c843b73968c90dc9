// Starts the production server (server.mjs: Next's handler behind our HTTP layer) on loopback: the
// one way the demo, the end-to-end tests and the benchmarks run the app. Node itself, not npm or
// npx: a signal to those does not reach the server they start.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

// Resolved from the project root (every caller runs there), not import.meta: Playwright loads this
// module from TypeScript tests too.
export const NEXT_BIN = createRequire(path.join(process.cwd(), "package.json")).resolve("next/dist/bin/next");

/** The V8 heap cap in MB when MAX_HEAP_MB is not set: a 1 GB container keeps ~500 MB for the rest. */
export const DEFAULT_HEAP_MB = 512;

/** server.mjs at the project root (every caller runs there). */
export const SERVER = path.join(process.cwd(), "server.mjs");

/**
 * Spawns `node --max-old-space-size=<MAX_HEAP_MB> [nodeArgs] server.mjs -H 127.0.0.1 -p <port>` with `env`. `stdio` is passed to spawn.
 * `ready()` resolves once /api/health answers (or rejects after `timeoutMs`).
 */
export function startNext({ port, env, stdio = ["ignore", "pipe", "pipe"], nodeArgs = [] }) {
  // The heap cap `npm start` gives (MAX_HEAP_MB, default 512: sized for a 1 GB container).
  const heap = `--max-old-space-size=${env.MAX_HEAP_MB || DEFAULT_HEAP_MB}`;
  const child = spawn(process.execPath, [heap, ...nodeArgs, SERVER, "-p", String(port), "-H", "127.0.0.1"], {
    env,
    stdio,
  });
  const base = `http://127.0.0.1:${port}`;
  const ready = async (timeoutMs = 30_000) => {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      try {
        if ((await fetch(`${base}/api/health`)).ok) return;
      } catch {}
      if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`the server on ${base} did not answer within ${timeoutMs} ms`);
  };
  return { child, base, ready, stop: () => child.kill("SIGTERM") };
}
