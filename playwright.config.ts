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
    trace: "retain-on-failure",
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
