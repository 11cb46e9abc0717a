// A nurse's exams at the infusion chair, keyboard only (issue 13, items 5 to 7): an unchanged exam
// from the worklist row in five keys or fewer with "same as last cycle", a full new exam in forty
// or fewer, nothing saved that nobody entered, errors in a summary that takes the focus and leads
// to each field, and after the save the cursor on the dose. Each test seeds its own patient.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { axeViolations } from "./axe";
import {
  FULL_EXAM,
  FULL_EXAM_FINDINGS,
  FULL_LIMIT,
  recordFromWorklist,
  UNCHANGED_EXAM,
  UNCHANGED_LIMIT,
} from "./exam-keys";
import { signInThroughApi } from "./fixtures";
import { BASELINE_EXAM, seedPatientDueToday } from "./infusion-patient";

async function examsOf(api: APIRequestContext, patientId: string, cycleId: string): Promise<any[]> {
  const res = await api.get(`/api/patients/${patientId}/assessments`);
  expect(res.status()).toBe(200);
  return ((await res.json()).assessments as any[]).filter((a) => a.cycleId === cycleId);
}

/** The findings of an exam as the API answers them, without ids, dates and history. */
const findingsOf = (exam: any) => ({
  monofilament: exam.monofilament,
  vibration: exam.vibration,
  ankleReflex: exam.ankleReflex,
  symptoms: exam.symptoms,
  adlImpact: exam.adlImpact,
});

test("an unchanged exam, from the worklist row to saved, in five keys or fewer", async ({ page }) => {
  const seeded = await seedPatientDueToday();
  await test.step("Given I am on today's worklist as a nurse", async () => {
    await signInThroughApi(page, "nurse");
    await page.goto("/worklist");
  });

  let keys = 0;
  await test.step("When I open her cycle, copy last cycle's exam, accept the grades and save", async () => {
    keys = await recordFromWorklist(page, seeded.mrn, UNCHANGED_EXAM, {
      after: 2,
      check: async () => {
        const form = page.getByRole("form", { name: "Bedside exam" });
        await expect(form.getByText(/Copied 16 findings from cycle 1 of/)).toBeVisible();
        // Every finding says, in words, that it was copied.
        await expect(form.getByText("copied", { exact: true })).toHaveCount(16);
        await expect(form.getByRole("button", { name: /Accept suggested grades: sensory 0, motor 0/ })).toBeFocused();
        expect(await axeViolations(page), "the cycle page with copied findings").toEqual([]);
      },
    });
    test.info().annotations.push({ type: "keys", description: `An unchanged exam took ${keys} keys.` });
    expect(keys).toBeLessThanOrEqual(UNCHANGED_LIMIT);
  });

  await test.step("Then it is saved as last cycle's, the status says what it raised, and I am on the dose", async () => {
    const status = page.getByRole("status").filter({ hasText: /Exam of .* saved/ });
    await expect(status).toContainText("sensory grade 0, motor grade 0; every finding recorded.");
    await expect(status).toContainText("It raised no alert.");
    await expect(page.getByLabel("Oxaliplatin dose given")).toBeFocused();
    const [exam] = await examsOf(seeded.nurse, seeded.patientId, seeded.cycleId);
    expect(findingsOf(exam)).toEqual(findingsOf(BASELINE_EXAM));
  });
  await seeded.nurse.dispose();
});

test("a full new exam by keyboard alone in forty keys or fewer, saved exactly as typed", async ({ page }) => {
  const seeded = await seedPatientDueToday();
  await signInThroughApi(page, "nurse");
  await page.goto("/worklist");

  let keys = 0;
  await test.step("When I type every finding from the worklist row, accept the grades and save", async () => {
    keys = await recordFromWorklist(page, seeded.mrn, FULL_EXAM);
    test.info().annotations.push({ type: "keys", description: `A full exam took ${keys} keys.` });
    expect(keys).toBeLessThanOrEqual(FULL_LIMIT);
  });

  await test.step("Then the exam holds what I typed and nothing else, and it raised the worsening", async () => {
    const [exam] = await examsOf(seeded.nurse, seeded.patientId, seeded.cycleId);
    const { sensoryGrade, motorGrade, ...findings } = FULL_EXAM_FINDINGS;
    expect(findingsOf(exam)).toEqual(findings);
    expect([exam.sensoryGrade, exam.motorGrade]).toEqual([sensoryGrade, motorGrade]);
    const status = page.getByRole("status").filter({ hasText: /Exam of .* saved/ });
    await expect(status).toContainText("It raised:");
    await expect(status).toContainText("Neuropathy worsening · Oxaliplatin");
  });
  await seeded.nurse.dispose();
});

test("nothing is saved that nobody entered: the error summary takes the focus and leads to each field", async ({
  page,
}) => {
  const seeded = await seedPatientDueToday();
  const form = page.getByRole("form", { name: "Bedside exam" });
  const summary = form.getByRole("region", { name: /before saving/ });

  await test.step("When I type only the left foot and a vibration of 75 s, and save", async () => {
    await signInThroughApi(page, "nurse");
    await page.goto(`/cycles/${seeded.cycleId}`);
    await expect(page.getByRole("button", { name: "Same as last cycle" })).toBeFocused();
    // Nothing entered yet: no grade is offered from no evidence.
    await expect(form.getByText("No finding entered yet: a grade is suggested from the findings once")).toBeVisible();
    await expect(form.getByRole("button", { name: /Accept suggested grades/ })).toHaveCount(0);
    for (const key of ["Tab", "4", "Tab", "5", "Tab", "Tab", "Tab", "7", "5"]) await page.keyboard.press(key);
    await expect(form.getByText("Vibration is 0 to 60 seconds.")).toBeVisible();
    await form.getByRole("button", { name: "Save exam" }).press("Enter");
  });

  await test.step("Then a summary at the top takes the focus, in clinical words, and nothing is saved", async () => {
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("heading")).toHaveText(/16 things to check before saving/);
    await expect(
      summary.getByRole("link", { name: "Vibration, left great toe: Vibration is 0 to 60 seconds." }),
    ).toBeVisible();
    await expect(
      summary.getByRole("link", { name: "Left ankle reflex: Enter the finding, or x for not done." }),
    ).toBeVisible();
    await expect(
      summary.getByRole("link", { name: "Neuropathic pain: Record the patient's answer, or x for not asked." }),
    ).toBeVisible();
    expect(await axeViolations(page), "the cycle page with the error summary").toEqual([]);
    expect(await examsOf(seeded.nurse, seeded.patientId, seeded.cycleId)).toHaveLength(0);
  });

  await test.step("When I follow the link of the left ankle reflex and mark it not done with x", async () => {
    await summary.getByRole("link", { name: /Left ankle reflex/ }).press("Enter");
    const reflex = form.getByRole("group", { name: "Left ankle reflex" });
    await expect(reflex.getByRole("radio").first()).toBeFocused();
    await page.keyboard.press("x");
    await expect(reflex.getByRole("radio", { name: /Not done/ })).toBeChecked();
    await expect(summary.getByRole("link", { name: /Left ankle reflex/ })).toHaveCount(0);
  });

  await test.step("And the notes count their characters before the limit", async () => {
    const notes = form.getByLabel("Notes (optional)");
    await notes.fill("Hands cold after the infusion.");
    await expect(form.getByText("30 of 10,000 characters")).toBeVisible();
    await notes.fill("x".repeat(10_005));
    await expect(form.getByText("10,005 of 10,000 characters: 5 over the limit, shorten it to save")).toBeVisible();
  });
  await seeded.nurse.dispose();
});
