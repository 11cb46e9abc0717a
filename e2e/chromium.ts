import type { LaunchOptions } from "@playwright/test";

/**
 * The features Playwright disables in every Chromium it launches (playwright-core's
 * chromiumSwitches.ts, its unconditional entries, Edge's own "ms" ones left out). Chromium reads
 * only the last `--disable-features`, so ours must repeat them;
 * tests/foundation/chromium-launch.test.ts fails when an upgrade of Playwright changes them.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  "AvoidUnnecessaryBeforeUnloadCheckSync",
  "DestroyProfileOnBrowserClose",
  "HttpsUpgrades",
  "HttpsFirstBalancedModeAutoEnable",
  "LensOverlay",
  "MediaRouter",
  "PaintHolding",
  "ThirdPartyStoragePartitioning",
  "AvoidCorsURLLoaderRestartOnRedirect",
  "TcpPortRandomizationWin",
  "OptimizationHints",
  "NetworkTimeServiceQuerying",
  "AimEnabled",
  "PreconnectToSearch",
];

/**
 * Chromium's new headless mode is the whole browser, and each window renders its address bar's
 * suggestion popups ahead of use, in a renderer of their own that redraws at every navigation:
 * 103 s of CPU, a ninth of the browser run's, and 38 s more forking those renderers
 * (docs/benchmarks.md, "npm test's time"). No test types into an address bar.
 */
const UNUSED_BROWSER_UI = ["WebUIOmniboxPopup", "WebUIOmniboxAimPopup", "WebUIOmniboxFullPopup"];

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
    `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...UNUSED_BROWSER_UI].join(",")}`,
  ],
};
