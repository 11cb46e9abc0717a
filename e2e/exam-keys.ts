// The keys a nurse presses from the worklist row's "Record exam" link to a saved exam, for the
// patient of infusion-patient.ts (last cycle's exam on record): the exam-entry spec asserts the
// limits of issue 13 with them, and bench/exam-keys.ts reports them in docs/benchmarks.md.
import { expect, type Page } from "@playwright/test";

/** Open the cycle, "Same as last cycle", accept the suggested grades, save. */
export const UNCHANGED_EXAM = ["Enter", "Enter", "Enter", "Enter"] as const;
export const UNCHANGED_LIMIT = 5;

/**
 * Every field typed: left foot 4 of 5 sites, right 5 of 5; vibration 8 s and 12 s; left ankle
 * reflex reduced, right normal; numbness 1, tingling 1, pain 0, no cold dysesthesia, no balance
 * problem, no fall, no fine-motor trouble, no functional impact; then the suggested grades and Save.
 */
export const FULL_EXAM = [
  "Enter", // open the cycle: the cursor is on "Same as last cycle"
  "Tab", // to the left foot: sites felt
  ...["4", "Tab", "5", "Tab", "5", "Tab", "5", "Tab"], // monofilament, left then right foot
  ...["8", "Tab", "1", "2", "Tab"], // vibration, left and right, in seconds
  ...["r", "Tab", "n", "Tab"], // ankle reflexes: reduced, normal
  ...["1", "Tab", "1", "Tab", "0", "Tab"], // numbness, tingling, pain
  ...["n", "Tab", "n", "Tab", "0", "Tab", "n", "Tab"], // cold dysesthesia, balance, falls, fine motor
  ...["n", "Tab"], // functional impact: none; on to "Accept suggested grades"
  "Enter", // accept the suggested grades: the cursor moves to Save
  "Enter", // save
] as const;
export const FULL_LIMIT = 40;

/** What FULL_EXAM records, as the API answers it. */
export const FULL_EXAM_FINDINGS = {
  monofilament: { left: { felt: 4, tested: 5 }, right: { felt: 5, tested: 5 } },
  vibration: { left: 8, right: 12 },
  ankleReflex: { left: "reduced", right: "normal" },
  symptoms: { numbness: 1, tingling: 1, pain: 0, coldDysesthesia: false, balance: false, falls: 0, fineMotor: false },
  adlImpact: "none",
  sensoryGrade: 1,
  motorGrade: 0,
};

export const worklistRow = (page: Page, mrn: string) => page.getByRole("row").filter({ hasText: `MRN ${mrn}` });

/**
 * Presses `keys` from the worklist row of `mrn` (its "Record exam" link holding the focus, as
 * after tabbing or a search), waiting only where a person would wait (the page to open), and
 * returns how many keys were pressed. `pause` runs after the given number of keys, unpressed.
 */
export async function recordFromWorklist(
  page: Page,
  mrn: string,
  keys: readonly string[],
  pause?: { after: number; check: () => Promise<void> },
): Promise<number> {
  await worklistRow(page, mrn)
    .getByRole("link", { name: /Record exam/ })
    .focus();
  let pressed = 0;
  for (const key of keys) {
    await page.keyboard.press(key);
    pressed += 1;
    if (pressed === 1) await expect(page.getByRole("button", { name: "Same as last cycle" })).toBeFocused();
    if (pause?.after === pressed) await pause.check();
  }
  await expect(page.getByRole("status").filter({ hasText: /Exam of .* saved/ })).toBeVisible();
  return pressed;
}
