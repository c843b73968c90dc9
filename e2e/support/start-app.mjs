#!/usr/bin/env node
// Starts the production build for the end-to-end tests, pointed at the test simulator.
//   node e2e/support/start-app.mjs <port> [--no-catalog]
// The server's output also goes to .e2e/app-<port>.log, which the secrets test reads.
import { createWriteStream, mkdirSync, readFileSync, rmSync } from "node:fs";
import { appEnv } from "../../scripts/app-env.mjs";
import { startNext } from "../../scripts/next-start.mjs";

const settings = JSON.parse(readFileSync(new URL("./settings.json", import.meta.url), "utf8"));
const port = process.argv[2];
const dataDir = `.e2e/data-${port}`;
rmSync(dataDir, { recursive: true, force: true });
const env = appEnv({
  simOrigin: `http://127.0.0.1:${settings.simPort}`,
  users: settings.users,
  catalog: !process.argv.includes("--no-catalog"),
  // Short deadlines keep the hang tests quick; no server caches, so each test sees its own faults
  // (the caches have their own unit tests).
  extra: {
    SITOO_DEADLINE_MS: "6000",
    SITOO_TIMEOUT_MS: "2500",
    SITOO_CATALOG_CACHE_SECONDS: "0",
    SITOO_SEARCH_CACHE_SECONDS: "0",
    // Each app its own embedded database (PGlite is one process per directory), fresh every run.
    DATA_DIR: dataDir,
    // The tests stand in for one proxy in front of the app: they say who the client is with
    // X-Forwarded-For, as nginx would.
    TRUSTED_PROXY_HOPS: "1",
    // The shared apps' worklist fills only from what tests open; the Shipments sync has its own
    // app in shipments.spec.ts (a sync mid-run would add calls that other tests count).
    SYNC_INTERVAL_SECONDS: "0",
    // Claim e-mails go to the mail catcher playwright.config.ts starts (the app without a
    // catalog sends none: its Share dialog has no e-mail part).
    ...(process.argv.includes("--no-catalog")
      ? {}
      : {
          SMTP_URL: `smtp://127.0.0.1:${settings.smtpPort}?starttls=off`,
          MAIL_FROM: "claims@retailer.example",
          COMPANY_NAME: "Nordic Retail AB",
        }),
  },
});
mkdirSync(".e2e", { recursive: true });
const logFile = createWriteStream(`.e2e/app-${port}.log`, { flags: "w" });
const { child } = startNext({ port, env });
for (const stream of [child.stdout, child.stderr]) {
  stream.on("data", (chunk) => {
    process.stdout.write(chunk);
    logFile.write(chunk);
  });
}
const stop = () => child.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
child.on("exit", (code) => process.exit(code ?? 0));
