// axe-core's checks of WCAG 2.2 A and AA, as every spec runs them: what the machine can check of
// docs/security.md's "Accessibility". Keyboard order, focus in use and screen-reader wording are
// for a person to review.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** A part of the page to check alone (`include`), or to leave out as checked already (`exclude`). */
export interface AxeScope {
  include?: string;
  exclude?: string;
}

/** axe's findings, one line per failing element, so that a report names exactly what to fix. */
export async function axeViolations(page: Page, scope: AxeScope = {}): Promise<string[]> {
  // A LiveForm's controls stay disabled until the page's code runs (components/ui/live-form.tsx),
  // greyed as inactive, which WCAG exempts from contrast but axe, not seeing the fieldset's
  // `disabled`, reads as text too faint. Read the page once it is live, as it is used.
  await expect(page.locator("form > fieldset[role=none][disabled]")).toHaveCount(0);
  let axe = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (scope.include) axe = axe.include(scope.include);
  if (scope.exclude) axe = axe.exclude(scope.exclude);
  const results = await axe.analyze();
  expect(results.passes.length, "axe checked something on the page").toBeGreaterThan(0);
  return results.violations.flatMap((v) =>
    v.nodes.map(
      (n) => `${v.id} (${v.impact}): ${v.help} at ${n.target.join(" ")}: ${n.failureSummary?.replace(/\s+/g, " ")}`,
    ),
  );
}

/** Fails, naming `what` was checked, when axe finds anything on the page. */
export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  expect(await axeViolations(page), `axe on ${what}`).toEqual([]);
}
