import { defineConfig } from "@playwright/test";
import settings from "./e2e/support/settings.json" with { type: "json" };
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./scripts/chromium.mjs";

// The production build against the Sitoo simulator, in Debian's Chromium. Tests share one
// simulator whose faults and clock they change, so they run one at a time.
const app = `http://127.0.0.1:${settings.appPort}`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: app,
    viewport: { width: 1024, height: 768 },
    trace: "retain-on-failure",
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    {
      name: "e2e",
      testIgnore: /auth\.setup\.ts/,
      dependencies: ["setup"],
      use: { storageState: ".e2e/auth/reviewer.json" },
    },
  ],
  webServer: [
    {
      command: "node sitoo-sim/cli.mjs",
      url: `http://127.0.0.1:${settings.simPort}/health`,
      env: {
        SIM_PORT: String(settings.simPort),
        SIM_API_ID: "sim-api-id",
        SIM_API_PASSWORD: "sim-password",
        // A shipment large enough that the review grid is virtualized.
        SIM_HUGE_PHOTOS: "1500",
        // Large photos streamed by the simulator, for the evidence pack.
        SIM_LARGE_PHOTOS: "8",
        SIM_LARGE_PHOTO_BYTES: "1500000",
      },
      reuseExistingServer: false,
      stdout: "ignore",
    },
    {
      // The demo's mail catcher: a real SMTP server the main app sends claim e-mails to.
      command: `node scripts/mail-catcher.mjs ${settings.smtpPort} ${settings.mailPagePort}`,
      url: `http://127.0.0.1:${settings.mailPagePort}/messages.json`,
      reuseExistingServer: false,
      stdout: "ignore",
    },
    {
      command: `node e2e/support/start-app.mjs ${settings.appPort}`,
      url: `${app}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node e2e/support/start-app.mjs ${settings.noCatalogAppPort} --no-catalog`,
      url: `http://127.0.0.1:${settings.noCatalogAppPort}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
