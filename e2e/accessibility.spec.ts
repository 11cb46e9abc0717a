// Every page, opened by each role and by someone not signed in: it lands where the page table of
// docs/security.md says (the page, or the role's home, or sign-in), and every page a role can
// see has no violation of the WCAG 2.2 A and AA rules that axe-core checks. The pages show a
// patient with every kind of record, so the checks see real content, not empty states.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { CALLERS, expectedLanding, PAGES, type Caller } from "../tests/security/access";
import { signInAs } from "./fixtures";
import { seedFullRecord, type FullRecord } from "./full-record";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

let record: FullRecord;
test.beforeAll(async () => {
  record = await seedFullRecord();
});

const urlOf = (path: string) =>
  path
    .replace("/patients/{id}", `/patients/${record.patientId}`)
    .replace("/cycles/{id}", `/cycles/${record.cycleIds[1]}`)
    .replace("{agent}", record.agent);

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

async function checkPages(page: Page, caller: Caller): Promise<void> {
  const found: string[] = [];
  const pages = caller === "anonymous" ? [...PAGES, { path: "/sign-in", roles: [] }] : PAGES;
  for (const rule of pages) {
    const url = urlOf(rule.path);
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

for (const caller of CALLERS) {
  test(`as ${caller === "anonymous" ? "someone not signed in" : `the ${caller}`}, every page lands where it should and has no WCAG 2.2 A/AA violation`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    if (caller !== "anonymous") {
      await test.step(`Given I am signed in as the ${caller}`, async () => {
        await signInAs(page, caller);
      });
    }
    await checkPages(page, caller);
  });
}
