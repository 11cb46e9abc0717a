// Every page, opened by each role and by someone not signed in: it lands where the page table of
// docs/security.md says (the page, or the role's home, or sign-in); every page a role can see has
// no violation of the WCAG 2.2 A and AA rules that axe-core checks and no tab stop without a name,
// and writes its dates one way (issue 13, item 8): days as "1 Dec 2026", times with their zone; no
// ISO day or instant, no mm/dd/yyyy, no bare clock time; and holds still as it loads (layout shifts summed at most 0.05,
// issue 21, item 6; no part of it sent after the rest with a placeholder in its place). The pages
// show a patient with every kind of record, so the checks see real content, not empty states.
// Each page is opened once and every check reads it.
//
// The browser sits in a zone far from the clinic's, so a time written in the browser's zone
// instead of the clinic's would show here. Each caller's pages come in two tests (the clinic's
// lists, the patient's pages) that run in parallel, so the Playwright workers share this, the
// longest spec; each worker seeds its record and signs each role in once (e2e/worker-fixtures.ts).
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { CALLERS, expectedLanding, PAGES, type Caller, type PageRule } from "../tests/security/access";
import type { FullRecord } from "./full-record";
import { layoutShifted, layoutShifts, LAYOUT_SHIFT_GOAL, sentAfterThePage, watchLayoutShifts } from "./layout-shift";
import { test, urlOf } from "./worker-fixtures";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

test.use({ timezoneId: "Pacific/Kiritimati", locale: "en-US" });
test.describe.configure({ mode: "parallel" });

/** axe's findings, one line per failing element, so a report names exactly what to fix. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.passes.length, "axe checked something on the page").toBeGreaterThan(0);
  return results.violations.flatMap((v) =>
    v.nodes.map(
      (n) => `${v.id} (${v.impact}): ${v.help} at ${n.target.join(" ")}: ${n.failureSummary?.replace(/\s+/g, " ")}`,
    ),
  );
}

const WRONG_WAYS: { pattern: RegExp; what: string }[] = [
  { pattern: /\b\d{4}-\d{2}-\d{2}\b/, what: "an ISO day or instant" },
  { pattern: /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/, what: "a mm/dd/yyyy day" },
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

async function checkPages(page: Page, caller: Caller, record: FullRecord, pages: readonly PageRule[]): Promise<void> {
  const inaccessible: string[] = [];
  const misdatedText: string[] = [];
  const moving: string[] = [];
  await watchLayoutShifts(page);
  for (const rule of pages) {
    const url = urlOf(record, rule.path);
    await test.step(`When I open ${url}`, async () => {
      const res = await page.goto(url);
      expect(res?.status(), `${url} answers (a 404 means the page is not built yet)`).toBe(200);
      const landing = OPEN_PAGES.includes(rule.path) ? rule.path : expectedLanding(rule, caller, url);
      await expect(page, `${caller} opening ${url}`).toHaveURL(landing);
      if (landing !== url) return;
      await page.waitForLoadState("networkidle");
      // Someone not signed in sees only the sign-in page, which shows no date.
      if (caller !== "anonymous") misdatedText.push(...(await misdated(page)).map((m) => `${url}: ${m}`));
      moving.push(...(await shifted(page)).map((m) => `${url}: ${m}`));
      moving.push(...(await sentAfterThePage(page, url)).map((m) => `${url}: ${m}`));
      inaccessible.push(...(await violations(page)).map((v) => `${url}: ${v}`));
      inaccessible.push(...(await unnamedTabStops(page)).map((v) => `${url}: a tab stop with no name: ${v}`));
    });
  }
  expect.soft(moving, `pages that moved under ${caller}'s eyes as they loaded`).toEqual([]);
  // Soft, so that a page failing both checks reports both.
  expect.soft(inaccessible, `WCAG 2.2 A/AA violations seen by ${caller}`).toEqual([]);
  expect(misdatedText, `dates ${caller} reads written another way than 1 Dec 2026 / 14:05 with the zone`).toEqual([]);
}

/** Signing in, and where a patient types the self-report code. */
const OPEN_PAGES: readonly string[] = ["/sign-in", "/report"];

const isPatientPage = (rule: PageRule) => /^\/(patients|cycles)\/\{id\}/.test(rule.path);
const GROUPS = [
  { name: "the clinic's lists and forms", pages: PAGES.filter((p) => !isPatientPage(p)) },
  { name: "the patient's pages", pages: PAGES.filter(isPatientPage) },
];

for (const caller of CALLERS) {
  const who = caller === "anonymous" ? "someone not signed in" : `the ${caller}`;
  const dates = caller === "anonymous" ? "" : " and writes days and times one way";
  for (const group of GROUPS) {
    // Someone not signed in also opens the pages open to all, which have no role to land by.
    const pages =
      caller === "anonymous" && group === GROUPS[0]
        ? [...group.pages, ...OPEN_PAGES.map((path) => ({ path, roles: [] }))]
        : group.pages;
    test(`as ${who}, each of ${group.name} lands where it should, has no WCAG 2.2 A/AA violation${dates}`, async ({
      page,
      record,
      sessionOf,
    }) => {
      test.setTimeout(180_000);
      if (caller !== "anonymous") {
        await test.step(`Given I am signed in as the ${caller}`, async () => {
          await page.context().addCookies(await sessionOf(caller));
        });
      }
      await checkPages(page, caller, record, pages);
    });
  }
}
