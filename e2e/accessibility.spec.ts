// Every page, opened by each role and by someone not signed in: it lands where the page table of
// docs/security.md says (the page, or the role's home, or sign-in), and every page a role can
// see has no violation of the WCAG 2.2 A and AA rules that axe-core checks. The pages show a
// patient with every kind of record, so the checks see real content, not empty states.
//
// Each caller's pages come in two tests (the clinic's lists, the patient's pages) that run in
// parallel, so the two Playwright workers share this, the longest spec, instead of one worker
// running it all; each worker seeds its record and signs each role in once (e2e/worker-fixtures.ts).
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { CALLERS, expectedLanding, PAGES, type Caller, type PageRule } from "../tests/security/access";
import type { FullRecord } from "./full-record";
import { test, urlOf } from "./worker-fixtures";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

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

async function checkPages(page: Page, caller: Caller, record: FullRecord, pages: readonly PageRule[]): Promise<void> {
  const found: string[] = [];
  for (const rule of pages) {
    const url = urlOf(record, rule.path);
    await test.step(`When I open ${url}`, async () => {
      const res = await page.goto(url);
      expect(res?.status(), `${url} answers (a 404 means the page is not built yet)`).toBe(200);
      const landing = rule.path === "/sign-in" ? "/sign-in" : expectedLanding(rule, caller, url);
      await expect(page, `${caller} opening ${url}`).toHaveURL(landing);
      if (landing !== url) return;
      await page.waitForLoadState("networkidle");
      found.push(...(await violations(page)).map((v) => `${url}: ${v}`));
    });
  }
  expect(found, `WCAG 2.2 A/AA violations seen by ${caller}`).toEqual([]);
}

const isPatientPage = (rule: PageRule) => /^\/(patients|cycles)\/\{id\}/.test(rule.path);
const GROUPS = [
  { name: "the clinic's lists and forms", pages: PAGES.filter((p) => !isPatientPage(p)) },
  { name: "the patient's pages", pages: PAGES.filter(isPatientPage) },
];

for (const caller of CALLERS) {
  const who = caller === "anonymous" ? "someone not signed in" : `the ${caller}`;
  for (const group of GROUPS) {
    // Someone not signed in also opens the sign-in page, which has no role to land by.
    const pages =
      caller === "anonymous" && group === GROUPS[0] ? [...group.pages, { path: "/sign-in", roles: [] }] : group.pages;
    test(`as ${who}, each of ${group.name} lands where it should and has no WCAG 2.2 A/AA violation`, async ({
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
