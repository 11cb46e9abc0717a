import type { LaunchOptions } from "@playwright/test";

/** How every browser test and bench here launches Chromium (playwright.config.ts, bench/). */
export const CHROMIUM_LAUNCH: LaunchOptions = {
  // Debian's Chromium: Playwright's own browser download cannot reach its host here.
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  // Root needs --no-sandbox; the rest stop Chromium calling Google's hosts on a closed network.
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
  ],
};
