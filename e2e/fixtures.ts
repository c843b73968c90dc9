import { test as base, expect } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { ReviewPage } from "./pages/review-page";
import { ViewerPage } from "./pages/viewer-page";
import { WorklistPage } from "./pages/worklist-page";
import settings from "./support/settings.json" with { type: "json" };
import { sim } from "./support/sim";

export const USER = settings.users[0] as [string, string];
export const NO_CATALOG_APP = `http://127.0.0.1:${settings.noCatalogAppPort}`;

// Every test starts from the seeded simulator: no faults, default URL lifetime, an empty log.
export const test = base.extend<{
  sim: typeof sim;
  review: ReviewPage;
  viewer: ViewerPage;
  worklist: WorklistPage;
  login: LoginPage;
}>({
  sim: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixture's dependencies from this pattern
    async ({}, use) => {
      await sim.reset();
      await use(sim);
      await sim.clearFaults();
    },
    { auto: true },
  ],
  review: async ({ page }, use) => use(new ReviewPage(page)),
  viewer: async ({ page }, use) => use(new ViewerPage(page)),
  worklist: async ({ page }, use) => use(new WorklistPage(page)),
  login: async ({ page }, use) => use(new LoginPage(page)),
});

export { expect };
