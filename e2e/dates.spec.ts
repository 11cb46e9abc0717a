// One way to write dates (issue 13, item 8): every page a role can open, showing a patient with
// every kind of record, writes days as "1 Dec 2026" and times with their zone; no ISO day or
// instant, no mm/dd/yyyy, no bare clock time. The browser sits in a zone far from the clinic's,
// so a time written in the browser's zone instead of the clinic's would show here. The roles'
// tests run in parallel, on their worker's record and sessions (e2e/worker-fixtures.ts).
import { expect } from "@playwright/test";
import { expectedLanding, PAGES } from "../tests/security/access";
import { ROLES } from "./fixtures";
import { test, urlOf } from "./worker-fixtures";

test.use({ timezoneId: "Pacific/Kiritimati", locale: "en-US" });
test.describe.configure({ mode: "parallel" });

const WRONG_WAYS: { pattern: RegExp; what: string }[] = [
  { pattern: /\b\d{4}-\d{2}-\d{2}\b/, what: "an ISO day or instant" },
  { pattern: /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/, what: "a mm/dd/yyyy day" },
  { pattern: /\b\d{1,2}:\d{2}(:\d{2})?(?![\d:])(?! ?([A-Z]{2,5}\b|GMT[+-]\d))/, what: "a time without its zone" },
];

for (const role of ROLES) {
  test(`as the ${role}, every page writes days and times one way`, async ({ page, record, sessionOf }) => {
    test.setTimeout(120_000);
    await test.step(`Given I am signed in as the ${role}`, async () => {
      await page.context().addCookies(await sessionOf(role));
    });
    const found: string[] = [];
    for (const rule of PAGES.filter((p) => p.roles.includes(role))) {
      const url = urlOf(record, rule.path);
      await test.step(`When I open ${url}, I read its dates`, async () => {
        await page.goto(url);
        // The session works: the page, not the sign-in page, is what gets read.
        await expect(page, `the ${role} opening ${url}`).toHaveURL(expectedLanding(rule, role, url));
        await page.waitForLoadState("networkidle");
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
        for (const { pattern, what } of WRONG_WAYS) {
          const match = new RegExp(pattern.source, "g");
          for (const m of text.matchAll(match)) {
            const around = text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40).replace(/\s+/g, " ");
            found.push(`${url}: ${what} "${m[0]}" in "…${around}…"`);
          }
        }
      });
    }
    expect(found, "dates written another way than 1 Dec 2026 / 14:05 with the zone").toEqual([]);
  });
}
