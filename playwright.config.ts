// Run through `npm run test:e2e` (scripts/e2e.ts), which builds the app, starts it on a fresh
// database with the users of e2e/fixtures.ts, and sets E2E_BASE_URL.
import { defineConfig } from "@playwright/test";
import { CHROMIUM_LAUNCH } from "./e2e/chromium";

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  // No retries: a spec that passes only on a second try hides a real race.
  retries: 0,
  workers: 2,
  reporter: "list",
  use: {
    baseURL: process.env.E2E_BASE_URL,
    screenshot: "only-on-failure",
    // A failure keeps its screenshot, the page's accessibility tree (error-context.md) and the
    // server's output (scripts/e2e.ts). Recording a trace of every test to keep the failing ones'
    // cost a fifth of the run (the accessibility walk: 3.2 min with, 2.5 without), so it is off;
    // `npm run test:e2e -- <spec> --trace on` records one for a failure being chased.
    trace: "off",
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
  },
  projects: [
    {
      name: "chromium",
      use: {
        browserName: "chromium",
        launchOptions: CHROMIUM_LAUNCH,
      },
    },
  ],
});
