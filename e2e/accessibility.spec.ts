// Every page, opened by each role and by someone not signed in: it lands where the page table of
// docs/security.md says (the page, or the role's home, or sign-in); every page a role can see has
// no violation of the WCAG 2.2 A and AA rules that axe-core checks and no tab stop without a name,
// and writes its dates one way (issue 13, item 8): days as "1 Dec 2026", times with their zone; no
// ISO day or instant, no mm/dd/yyyy, no bare clock time; and holds still as it loads (layout shifts summed at most 0.05,
// issue 21, item 6; no part of it sent after the rest with a placeholder in its place). The pages
// show a patient with every kind of record, so the checks see real content, not empty states.
// Each page is opened once per caller and every check reads it.
//
// axe, most of this walk's time, reads a page's main content once for each shape it takes: where
// two roles see the same elements (a patient's summary), the second is not read again, but where
// a role sees a control of its own (the oncologist's decision form), its page is read whole. The
// navigation, which differs by role, is read once for each role.
//
// The browser sits in a zone far from the clinic's, so a time written in the browser's zone
// instead of the clinic's would show here. The pages come in four tests that the Playwright
// workers share; each worker seeds its record and signs each role in once
// (e2e/worker-fixtures.ts).
import { expect, type Page } from "@playwright/test";
import { axeViolations } from "./axe";
import { CALLERS, expectedLanding, PAGES, type Caller, type PageRule } from "../tests/security/access";
import type { FullRecord } from "./full-record";
import { layoutShifted, layoutShifts, LAYOUT_SHIFT_GOAL, sentAfterThePage, watchLayoutShifts } from "./layout-shift";
import { test, urlOf } from "./worker-fixtures";

test.use({ timezoneId: "Pacific/Kiritimati", locale: "en-US" });
test.describe.configure({ mode: "parallel" });

const WRONG_WAYS: { pattern: RegExp; what: string }[] = [
  { pattern: /\b\d{4}-\d{2}-\d{2}\b/, what: "an ISO day or instant" },
  { pattern: /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/, what: "a mm/dd/yyyy day" },
  // ICU's en-GB writes September "Sept"; the pages write three letters, "23 Sep 2026".
  {
    pattern: /\b\d{1,2} (?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b)[A-Z][a-z]{2,8}\.? \d{4}\b/,
    what: "a month not written in three letters",
  },
  { pattern: /\b\d{1,2}:\d{2}(:\d{2})?(?![\d:])(?! ?([A-Z]{2,5}\b|GMT[+-]\d))/, what: "a time without its zone" },
];

/** Each date or time on the page written another way than "1 Dec 2026" / "14:05 UTC", with its context. */
async function misdated(page: Page): Promise<string[]> {
  // All the text a reader can reach, closed <details> (exam history) included; the audit
  // trail's raw before/after records (<pre>) are data for the administrator, not dates.
  const text = await page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    body.querySelectorAll("script, style, template, pre").forEach((n) => n.remove());
    // textContent runs neighbouring elements together ("14:05 UTCAwaiting"); a reader sees
    // them apart, so each element's text ends with a space.
    body.querySelectorAll("*").forEach((n) => n.append(" "));
    // An appointment is a clock time on the unit, in the clinic's zone by definition.
    body.querySelectorAll("time").forEach((t) => {
      if (/^\d{2}:\d{2}$/.test(t.getAttribute("datetime") ?? "")) t.remove();
    });
    return body.textContent ?? "";
  });
  const found: string[] = [];
  for (const { pattern, what } of WRONG_WAYS) {
    for (const m of text.matchAll(new RegExp(pattern.source, "g"))) {
      const around = text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40).replace(/\s+/g, " ");
      found.push(`${what} "${m[0]}" in "…${around}…"`);
    }
  }
  return found;
}

/**
 * Each tab stop with no name a screen reader could say: a keyboard user lands on it and hears
 * nothing (a chart's drawing surface was one, seven times on a patient page). The name is read as
 * browsers mostly find it: a label, aria-label or aria-labelledby, a title, alt text, or the text
 * inside a link or a button.
 */
async function unnamedTabStops(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        "a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]",
      ),
    ]
      .filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0)
      .filter((el) => {
        const labelled = (el.getAttribute("aria-labelledby") ?? "")
          .split(/\s+/)
          .some((id) => document.getElementById(id)?.textContent?.trim());
        const labels = (el as HTMLInputElement).labels;
        const name =
          el.getAttribute("aria-label")?.trim() ||
          labelled ||
          (labels && [...labels].some((l) => l.textContent?.trim())) ||
          el.getAttribute("title")?.trim() ||
          el.querySelector("img[alt]:not([alt=''])") ||
          // Only these take their name from the text inside: a chart's drawing surface does not.
          (el.matches("a, button, summary, [role=button], [role=link], [role=tab], [role=option]") &&
            el.textContent?.trim());
        return !name;
      })
      .map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute("class") ?? ""}">`),
  );
}

/** The page's layout shifts, when more than the goal, with what moved. */
async function shifted(page: Page): Promise<string[]> {
  const total = await layoutShifted(page);
  if (total <= LAYOUT_SHIFT_GOAL) return [];
  return [`moved by ${total.toFixed(3)} as it loaded: ${(await layoutShifts(page)).join(" | ")}`];
}

/**
 * What axe would check in a part of the page, without its words: each element with its classes,
 * role, type and ARIA attributes. Two roles that see the same shape of main content (the agents
 * page, a patient's summary) see the same things to check; a role with a control of its own (the
 * oncologist's decision form) gives another shape. The rest of the page, the frame (banner and
 * navigation), has one shape per role, whichever link in it marks the page open now.
 */
function shapesOf(page: Page): Promise<{ main: string; frame: string }> {
  return page.evaluate(() => {
    const named = ["aria-label", "aria-labelledby", "aria-describedby", "aria-controls", "aria-owns"];
    const shape = (elements: Element[]) =>
      elements
        .map((el) => {
          const current = el.hasAttribute("aria-current");
          const attrs = [...el.attributes]
            .filter((a) => ["class", "role", "type", "disabled"].includes(a.name) || a.name.startsWith("aria-"))
            .filter((a) => !current || (a.name !== "class" && a.name !== "aria-current"))
            .map((a) => (named.includes(a.name) ? a.name : `${a.name}=${a.value}`));
          return `${el.tagName}[${attrs.join(" ")}]`;
        })
        .join("\n");
    const main = document.querySelector("main");
    const all = [...document.body.querySelectorAll("*")];
    return {
      main: shape(main ? [...main.querySelectorAll("*")] : all),
      frame: shape(main ? all.filter((el) => !main.contains(el)) : []),
    };
  });
}

interface Findings {
  inaccessible: string[];
  misdated: string[];
  moving: string[];
  sideways: string[];
}

/** A ward tablet held landscape: the narrowest window the clinic's pages are laid out for. */
const TABLET_WIDTH = 1024;

/**
 * How far the page is wider than the window, at Playwright's 1280 px (a ward PC's screen) and at a
 * tablet's 1024 px: a page that scrolls sideways hides what is at its right edge, the header's
 * "Sign out" among it. A wide table scrolls in a box of its own instead.
 */
async function widerThanTheWindow(page: Page): Promise<string[]> {
  const wide = page.viewportSize()!;
  const found: string[] = [];
  for (const width of [wide.width, TABLET_WIDTH]) {
    await page.setViewportSize({ ...wide, width });
    // Two frames: the charts measure their box in a ResizeObserver and draw again.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const { scrolls, window } = await page.evaluate(() => ({
      scrolls: document.documentElement.scrollWidth,
      window: document.documentElement.clientWidth,
    }));
    if (scrolls > window) found.push(`${scrolls} px wide in a window of ${window} px`);
  }
  await page.setViewportSize(wide);
  return found;
}

/**
 * Opens each page as the caller: it lands where the page table says, and a page the caller sees
 * is checked. axe reads the main content once for each shape it takes, and the frame (the role's
 * banner and navigation) once for each of its shapes (`checked`, shared by the callers of one test).
 */
async function checkPages(
  page: Page,
  caller: Caller,
  record: FullRecord,
  pages: readonly PageRule[],
  checked: Set<string>,
  found: Findings,
): Promise<void> {
  for (const rule of pages) {
    const url = urlOf(record, rule.path);
    await test.step(`When I open ${url} as ${caller}`, async () => {
      const res = await page.goto(url);
      expect(res?.status(), `${url} answers (a 404 means the page is not built yet)`).toBe(200);
      const landing = OPEN_PAGES.includes(rule.path) ? rule.path : expectedLanding(rule, caller, url);
      await expect(page, `${caller} opening ${url}`).toHaveURL(landing);
      if (landing !== url) return;
      await page.waitForLoadState("networkidle");
      const where = `${caller} at ${url}`;
      // Someone not signed in sees only the sign-in page, which shows no date.
      if (caller !== "anonymous") found.misdated.push(...(await misdated(page)).map((m) => `${where}: ${m}`));
      found.moving.push(...(await shifted(page)).map((m) => `${where}: ${m}`));
      found.moving.push(...(await sentAfterThePage(page, url)).map((m) => `${where}: ${m}`));
      found.sideways.push(...(await widerThanTheWindow(page)).map((m) => `${where}: ${m}`));
      const shapes = await shapesOf(page);
      const main = `${rule.path}\n${shapes.main}`;
      const frame = `frame\n${shapes.frame}`;
      // A main content of a new shape is read whole; one seen already, only when the frame is new.
      const scope = !checked.has(main) ? {} : !checked.has(frame) ? { exclude: "main" } : null;
      checked.add(main).add(frame);
      if (scope) found.inaccessible.push(...(await axeViolations(page, scope)).map((v) => `${where}: ${v}`));
      found.inaccessible.push(...(await unnamedTabStops(page)).map((v) => `${where}: a tab stop with no name: ${v}`));
    });
  }
}

/** Signing in, and where a patient types the self-report code. */
const OPEN_PAGES: readonly string[] = ["/sign-in", "/report"];

/**
 * The pages in four tests of about equal weight, which the two Playwright workers share; each
 * test opens its pages as every caller, so that axe reads a shape the callers share once.
 */
const GROUPS: { name: string; paths: RegExp }[] = [
  { name: "the day's lists", paths: /^\/(worklist|alerts|patients|follow-ups|recovery)?$/ },
  { name: "the clinic's other pages", paths: /^\/(patients\/new|analytics|agents|admin)/ },
  { name: "the patient's record", paths: /^\/patients\/\{id\}(\/summary|\/self-report)?$/ },
  { name: "the patient's plans, courses and cycles", paths: /^\/(patients\/\{id\}\/(plans|courses)|cycles)/ },
];

test("every page of the page table is in one group of this walk", () => {
  for (const rule of PAGES) {
    expect(
      GROUPS.filter((g) => g.paths.test(rule.path)).map((g) => g.name),
      rule.path,
    ).toHaveLength(1);
  }
});

for (const group of GROUPS) {
  test(`each of ${group.name}, as every role and as someone not signed in, lands where it should, has no WCAG 2.2 A/AA violation and writes days and times one way`, async ({
    page,
    record,
    sessionOf,
  }) => {
    test.setTimeout(300_000);
    const pages = PAGES.filter((rule) => group.paths.test(rule.path));
    const found: Findings = { inaccessible: [], misdated: [], moving: [], sideways: [] };
    const checked = new Set<string>();
    await watchLayoutShifts(page);
    for (const caller of CALLERS) {
      await page.context().clearCookies();
      if (caller !== "anonymous") {
        await test.step(`Given I am signed in as the ${caller}`, async () => {
          await page.context().addCookies(await sessionOf(caller));
        });
      }
      // Someone not signed in also opens the pages open to all, which have no role to land by.
      const open = caller === "anonymous" && group === GROUPS[1] ? OPEN_PAGES.map((path) => ({ path, roles: [] })) : [];
      await checkPages(page, caller, record, [...pages, ...open], checked, found);
    }
    expect.soft(found.moving, "pages that moved under the reader's eyes as they loaded").toEqual([]);
    expect.soft(found.sideways, "pages that scroll sideways").toEqual([]);
    // Soft, so that a page failing both checks reports both.
    expect.soft(found.inaccessible, "WCAG 2.2 A/AA violations").toEqual([]);
    expect(found.misdated, "dates written another way than 1 Dec 2026 / 14:05 with the zone").toEqual([]);
  });
}
