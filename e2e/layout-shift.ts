// How far what is on the screen moves by itself as a page loads: the layout shifts the browser
// reports (PerformanceObserver, "layout-shift"), those right after the reader's own input left out,
// summed from the page's start. The goal is at most 0.05 on every page (issue 21, item 6;
// docs/benchmarks.md, "Throttled device (web vitals)").
import type { Page } from "@playwright/test";

export const LAYOUT_SHIFT_GOAL = 0.05;

/** Starts counting on every page `page` opens from now on, before any of the page's own scripts. */
export async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __shifted: number };
    w.__shifted = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!e.hadRecentInput) w.__shifted += e.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** The shifts of the page open now, summed since it started loading. */
export function layoutShifted(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __shifted: number }).__shifted);
}
