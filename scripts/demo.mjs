#!/usr/bin/env node
// `npm run demo`: builds the app, starts the Sitoo simulator and the production server wired to
// each other, and prints the address to open. Ctrl-C stops both.
// Beside them a mail catcher (scripts/mail-catcher.mjs): a real SMTP server on loopback the app
// sends claim e-mails to, and a page listing what arrived.
//   PORT (default 3000), SIM_PORT (default 4010), MAIL_PORT (SMTP, default 1025), MAIL_PAGE_PORT
//   (default 1080), --no-build to reuse the last build.
import { spawnSync } from "node:child_process";
import pretty from "pino-pretty";
import { createSimulator } from "../sitoo-sim/server.mjs";
import { appEnv, SIM_CREDENTIALS } from "./app-env.mjs";
import { startMailCatcher } from "./mail-catcher.mjs";
import { NEXT_BIN, startNext } from "./next-start.mjs";

const DEMO_USER = "demo";
const DEMO_PASSWORD = "review-demo";
const port = Number(process.env.PORT ?? 3000);
const simPort = Number(process.env.SIM_PORT ?? 4010);

if (!process.argv.includes("--no-build")) {
  console.log("Building the app (production build)…");
  const build = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const sim = await createSimulator({ ...SIM_CREDENTIALS, hugePhotos: Number(process.env.SIM_HUGE_PHOTOS ?? 0) });
let simOrigin;
try {
  simOrigin = await sim.listen(simPort);
} catch (err) {
  console.error(
    `The simulator could not listen on 127.0.0.1:${simPort} (${err.code ?? err.message}). Set SIM_PORT to a free port.`,
  );
  process.exit(1);
}
console.log(`Sitoo simulator on ${simOrigin}`);

let catcher;
try {
  catcher = await startMailCatcher({
    smtpPort: Number(process.env.MAIL_PORT ?? 1025),
    httpPort: Number(process.env.MAIL_PAGE_PORT ?? 1080),
  });
} catch (err) {
  console.error(
    `The mail catcher could not listen (${err.code ?? err.message}). Set MAIL_PORT and MAIL_PAGE_PORT to free ports.`,
  );
  process.exit(1);
}

const env = appEnv({
  simOrigin,
  // The demo's user is an admin, so People (/users) can be tried; a viewer shows what looking alone is.
  users: [
    [DEMO_USER, DEMO_PASSWORD, "admin"],
    ["viewer", "look-only-demo", "viewer"],
  ],
  extra: {
    DEMO_MODE: "1",
    DEMO_USER,
    DEMO_PASSWORD,
    PORT: String(port),
    SMTP_URL: catcher.smtpUrl,
    MAIL_FROM: "claims@demo-retailer.example",
    COMPANY_NAME: "Demo Retailer AB",
  },
});
const { child: app } = startNext({ port, env, stdio: ["ignore", "pipe", "inherit"] });
// The server logs JSON lines (pino); here they are shown readable.
app.stdout.pipe(pretty({ colorize: process.stdout.isTTY, translateTime: "SYS:HH:MM:ss", ignore: "pid" }));
app.stdout.on("data", (chunk) => {
  if (/Ready on|Ready in|started server/i.test(chunk.toString())) {
    console.log(`\n  Open http://127.0.0.1:${port}/  and sign in as ${DEMO_USER} / ${DEMO_PASSWORD} (an admin)`);
    console.log("  or as viewer / look-only-demo to see what a viewer sees");
    console.log(`  E-mails the app sends arrive in the mail catcher: ${catcher.pageUrl}`);
    console.log("  Try shipment 1RT823V93. Ctrl-C stops the app, the simulator and the mail catcher.\n");
  }
});

let stopping = false;
const stop = async (code = 0) => {
  if (stopping) return;
  stopping = true;
  // The app drains its requests first (server.mjs); wait for it, so that no server outlives this
  // script with its logs going to a pipe no one reads.
  const exited =
    app.exitCode !== null || app.signalCode !== null ? null : new Promise((resolve) => app.once("exit", resolve));
  app.kill("SIGTERM");
  await exited;
  await sim.close();
  await catcher.close();
  process.exit(code);
};
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));
app.on("exit", (code) => stop(code ?? 0));
