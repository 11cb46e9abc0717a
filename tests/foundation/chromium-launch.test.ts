// The browser tests' Chromium keeps every feature Playwright turns off (e2e/chromium.ts): our
// `--disable-features` replaces Playwright's own, so a Playwright upgrade that adds one to its list
// must add it to ours too. Read from Playwright's bundled source, its unconditional entries.
import fs from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { CHROMIUM_LAUNCH, PLAYWRIGHT_DISABLED_FEATURES } from "@/e2e/chromium";

function playwrightsDisabledFeatures(): string[] {
  const bundle = fs.readFileSync(createRequire(import.meta.url).resolve("playwright-core/lib/coreBundle"), "utf8");
  const list = /disabledFeatures = \[([\s\S]*?)\]\.filter/.exec(bundle)?.[1];
  if (!list) throw new Error("Playwright's list of disabled features was not found in its bundle.");
  return [...list.matchAll(/^\s*"(\w+)",?\s*$/gm)].map((m) => m[1]!).filter((name) => !name.startsWith("ms"));
}

describe("the browser tests' Chromium", () => {
  it("disables every feature Playwright disables, in the one --disable-features it reads", () => {
    const found = playwrightsDisabledFeatures();
    expect(found).toContain("PaintHolding");
    expect(PLAYWRIGHT_DISABLED_FEATURES).toEqual(found);
    const flags = CHROMIUM_LAUNCH.args!.filter((arg) => arg.startsWith("--disable-features="));
    expect(flags).toHaveLength(1);
    expect(flags[0]!.slice("--disable-features=".length).split(",")).toEqual(expect.arrayContaining(found));
  });
});
