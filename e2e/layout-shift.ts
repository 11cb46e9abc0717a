// How far what is on the screen moves by itself as a page loads: the layout shifts the browser
// reports (PerformanceObserver, "layout-shift"), those right after the reader's own input left out,
// summed from the page's start. The goal is at most 0.05 on every page (issue 21, item 6;
// docs/benchmarks.md, "Throttled device (web vitals)"). Each shift keeps what moved, and from
// where to where, so that a failure names the element to fix.
import type { Page } from "@playwright/test";

export const LAYOUT_SHIFT_GOAL = 0.05;

/** Starts counting on every page `page` opens from now on, before any of the page's own scripts. */
export async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Source = { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly };
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Source[] };
    const w = window as unknown as { __shifted: number; __shifts: string[] };
    w.__shifted = 0;
    w.__shifts = [];
    const rect = (r: DOMRectReadOnly) =>
      `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
    const describe = (node: Node | undefined) => {
      if (!node) return "a removed node";
      const text = (node.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 40);
      return `${node instanceof Element ? `<${node.tagName.toLowerCase()}>` : node.nodeName} "${text}"`;
    };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Shift[]) {
        if (e.hadRecentInput) continue;
        w.__shifted += e.value;
        const moved = (e.sources ?? []).map(
          (s) => `${describe(s.node)} ${rect(s.previousRect)} to ${rect(s.currentRect)}`,
        );
        w.__shifts.push(`${e.value.toFixed(3)} at ${Math.round(e.startTime)} ms: ${moved.join("; ")}`);
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** The shifts of the page open now, summed since it started loading. */
export function layoutShifted(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __shifted: number }).__shifted);
}

/** Each shift of the page open now: its score, when, and what moved from where to where. */
export function layoutShifts(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts);
}

/**
 * A part of the page React's server sends after the rest, with a placeholder in its place until
 * then: on a slow load the part arrives late and moves what is below it (lib/client/split-off.tsx
 * says why a boundary was one). The timing decides whether a load shows it; the HTML always does.
 */
export async function sentAfterThePage(page: Page, url: string): Promise<string[]> {
  const html = await (await page.request.get(url)).text();
  // React marks such a part <!--$?--><template id="B:n"></template>placeholder<!--/$-->.
  return [...html.matchAll(/<template id="(B:[^"]*)"><\/template>(.*?)<!--\/\$-->/gs)].map(([, id, placeholder]) => {
    const text = placeholder!
      .replace(/<[^>]*>/g, " ")
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, 60);
    return `the server sent part ${id} after the page, with "${text}" in its place`;
  });
}
