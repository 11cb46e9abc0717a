// The oncologist's morning on the alerts page (issue 14, item 1): she reads a patient's group in
// words, decides "reduce" once for the agent's alerts with the dose the plan names already in the
// field, hears what was decided and lands on the next group; at the chair the nurse starts from
// the reduced dose, and the summary and the pharmacist's table plan it with its arithmetic. A
// hold reads as held, with no dose planned, everywhere. Each run seeds its own two patients.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { apiAs, created, day, signInThroughApi } from "./fixtures";
import { BASELINE_EXAM, seedPatientDueToday } from "./infusion-patient";
import { formatDay } from "../lib/dates";

/** A patient due today whose exam today is grade 2, limiting instrumental ADL: the plan says reduce to 75. */
async function patientAtGrade2() {
  const seeded = await seedPatientDueToday();
  await created(
    await seeded.nurse.post(`/api/patients/${seeded.patientId}/assessments`, {
      data: {
        ...BASELINE_EXAM,
        symptoms: { ...BASELINE_EXAM.symptoms, numbness: 2, tingling: 2 },
        adlImpact: "instrumental",
        sensoryGrade: 2,
        cycleId: seeded.cycleId,
        assessedOn: day(0),
      },
    }),
  );
  await seeded.nurse.dispose();
  return seeded;
}

let first: Awaited<ReturnType<typeof patientAtGrade2>>;
let second: Awaited<ReturnType<typeof patientAtGrade2>>;
test.beforeAll(async () => {
  first = await patientAtGrade2();
  second = await patientAtGrade2();
});

/** The patient's group on the alerts page, found by her name. */
const groupOf = (page: Page, name: string) => page.getByRole("article", { name: new RegExp(name) });

/** What has focus, as the page marks a group's heading: the patient's id, or the "no more alerts" message. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return {
      patient: active?.getAttribute("data-decision-patient") ?? null,
      id: active?.id ?? "",
      text: active?.textContent ?? "",
    };
  });

test("the oncologist reduces a patient's oxaliplatin from the alerts page; the chair, the summary and the pharmacist see the reduced dose", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await test.step("Given I am the oncologist on the alerts page, filtered to oxaliplatin", async () => {
    await signInThroughApi(page, "oncologist");
    await page.goto("/alerts?agent=oxaliplatin");
    await expect(page.getByRole("heading", { level: 1, name: "Open alerts" })).toBeVisible();
  });

  const group = groupOf(page, first.name);
  await test.step("Then her group says in words what was crossed, what the plan says, her exams, dose and next cycle", async () => {
    await expect(group).toContainText("Grade meets a reduce rule");
    await expect(group).toContainText("Default rule says: reduce oxaliplatin to 75 mg/m² from 85 mg/m²");
    await expect(group).toContainText("Latest exam: grade 2 (cycle 2");
    await expect(group).toContainText("previous: grade 0 (cycle 1");
    await expect(group).toContainText(/Cumulative: 605 mg\/m² of 850 mg\/m² \(71%\)/);
    await expect(group).toContainText("Next: cycle 2 of mFOLFOX6");
    await expect(group).toContainText("oxaliplatin 85 mg/m² × 1.7654 m² = 150.06 mg");
  });

  await test.step("Its link asks her to decide on the patient's page; the pharmacist's, who cannot decide, only opens it", async () => {
    await expect(group.getByRole("link", { name: /^Decide on the patient's page/ })).toBeVisible();
    const context = await browser.newContext();
    const pharmacist = await context.newPage();
    await signInThroughApi(pharmacist, "pharmacist");
    await pharmacist.goto("/alerts?agent=oxaliplatin");
    const theirs = groupOf(pharmacist, first.name);
    await expect(theirs.getByRole("link", { name: /^Open the patient's page/ })).toBeVisible();
    await expect(theirs.getByRole("link", { name: /^Decide on/ })).toHaveCount(0);
    await context.close();
  });

  await test.step("When I open the group's decision and choose Reduce, the dose field holds what the plan says", async () => {
    await group.getByText(/Decide on the (\d+ )?oxaliplatin alerts?/).click();
    await group.getByRole("radio", { name: /^Reduce/ }).check();
    await expect(group.getByLabel("Reduce to (mg/m2 per administration)")).toHaveValue("75");
    await group.getByLabel("Reason").fill("Grade 2 limiting instrumental ADL: reduce as the plan says.");
  });

  await test.step("And I record it: the page says what I decided and moves me to the next group", async () => {
    await group.getByRole("button", { name: "Record decision" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Recorded for" })).toHaveText(
      new RegExp(`Recorded for ${first.name}: reduce oxaliplatin to 75 mg/m2 \\(\\d+ alerts? decided\\)\\.`),
    );
    await expect(group).toHaveCount(0);
    await expect.poll(async () => (await focused(page)).patient ?? (await focused(page)).id).not.toBe("");
    const now = await focused(page);
    expect(now.patient, "focus is on another patient's group heading").not.toBe(first.patientId);
    expect(now.patient, "focus is on a patient's group heading").not.toBeNull();
    // The message stays on the screen as the list moves on to the next group.
    await expect(page.getByRole("status").filter({ hasText: "Recorded for" })).toBeInViewport();
    await expectNoAxeViolations(page, "the alerts page after a group decision");
  });

  const nurseContext = await browser.newContext();
  const nurse = await nurseContext.newPage();
  await test.step("When the nurse opens the patient's cycle at the chair, the dose starts at 75 and says why", async () => {
    await signInThroughApi(nurse, "nurse");
    await nurse.goto(`/cycles/${first.cycleId}`);
    const oxaliplatin = nurse.getByRole("region", { name: "Oxaliplatin" });
    await expect(oxaliplatin.getByLabel("Oxaliplatin dose given")).toHaveValue("75");
    await expect(oxaliplatin).toContainText("reduced from 85 to 75 mg/m2");
    await expect(oxaliplatin).toContainText("Grade 2 limiting instrumental ADL");
  });
  await nurseContext.close();

  await test.step("And the printable summary plans the reduced dose with its arithmetic", async () => {
    await page.goto(`/patients/${first.patientId}/summary`);
    await expect(page.getByText(/Next: cycle 2 of mFOLFOX6/)).toBeVisible();
    await expect(page.getByText("oxaliplatin 75 mg/m² (reduced from 85 mg/m²) × 1.7654 m² = 132.41 mg")).toBeVisible();
    await expect(page.getByText("Oxaliplatin 75 mg/m² IV (reduced from 85 mg/m²)")).toBeVisible();
    // The one decision on her alerts is one line, its reason printed once.
    const decision = page.getByRole("listitem").filter({ hasText: /^Reduce on / });
    await expect(decision).toHaveCount(1);
    await expect(decision).toContainText(
      /^Reduce on grade meets a reduce rule(, [a-z ]+)* and [a-z ]+ \(Oxaliplatin\), by Omar Haddad, \d+ \w+ \d{4}, \d\d:\d\d \w+: /,
    );
    await expect(page.getByText("Grade 2 limiting instrumental ADL: reduce as the plan says.")).toHaveCount(1);
  });

  const pharmacistContext = await browser.newContext();
  const pharmacist = await pharmacistContext.newPage();
  await test.step("And the pharmacist's table plans 75 mg/m² for this cycle with the BSA and the mg", async () => {
    await signInThroughApi(pharmacist, "pharmacist");
    await pharmacist.goto(`/cycles/${first.cycleId}`);
    await expect(pharmacist.getByRole("region", { name: "Doses" })).toContainText(
      "No dose recorded for this cycle yet: a nurse or an oncologist records it at the chair.",
    );
    const planned = pharmacist.getByRole("table", { name: /Planned for this cycle: cycle 2 of mFOLFOX6/ });
    const row = planned.getByRole("row", { name: /^Oxaliplatin 75/ });
    await expect(row).toContainText("75 mg/m² (reduced from 85 mg/m²)");
    await expect(row).toContainText("× 1.7654 m² (BSA, Mosteller: 165 cm, 68 kg)");
    await expect(row).toContainText("132.41 mg");
    await expectNoAxeViolations(pharmacist, "the cycle page (pharmacist) before the dose");
  });

  await test.step("And once her dose is given at the chair, the table still plans this cycle beside it", async () => {
    const nurse = await apiAs("nurse");
    await created(
      await nurse.post(`/api/cycles/${first.cycleId}/doses`, {
        data: { agent: "oxaliplatin", dose: 75, unit: "mg/m2" },
      }),
    );
    await nurse.dispose();
    await pharmacist.reload();
    await expect(pharmacist.getByRole("table", { name: /Planned for this cycle: cycle 2 of mFOLFOX6/ })).toBeVisible();
    const given = pharmacist.getByRole("table", { name: "Given in this cycle" });
    await expect(given.getByRole("row", { name: /Oxaliplatin/ })).toContainText("75 mg/m²");
  });
  await pharmacistContext.close();
});

test("the oncologist holds a patient's oxaliplatin from the alerts page; it reads as held with no dose planned", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await test.step("Given I am the oncologist on the alerts page", async () => {
    await signInThroughApi(page, "oncologist");
    await page.goto("/alerts?agent=oxaliplatin");
  });

  const group = groupOf(page, second.name);
  await test.step("When I hold her oxaliplatin for all its alerts at once", async () => {
    await group.getByText(/Decide on the (\d+ )?oxaliplatin alerts?/).click();
    await group.getByRole("radio", { name: /^Hold/ }).check();
    await expect(group.getByLabel(/Reduce to/)).toHaveCount(0);
    await group.getByLabel("Reason").fill("Grade 2 numbness: hold and review in two weeks.");
    await group.getByRole("button", { name: "Record decision" }).click();
  });

  await test.step("Then the page says so, and focus moves to the next group or to 'no more open alerts'", async () => {
    await expect(page.getByRole("status").filter({ hasText: "Recorded for" })).toContainText(
      `Recorded for ${second.name}: hold oxaliplatin`,
    );
    await expect(group).toHaveCount(0);
    await expect.poll(async () => (await focused(page)).patient ?? (await focused(page)).id).not.toBe("");
    const now = await focused(page);
    if (now.patient === null) {
      expect(now.id).toBe("no-more-open-alerts");
      expect(now.text).toContain("No more open alerts");
    } else {
      expect(now.patient).not.toBe(second.patientId);
    }
  });

  await test.step("And the summary's next cycle reads held, with no dose planned", async () => {
    await page.goto(`/patients/${second.patientId}/summary`);
    await expect(page.getByText("oxaliplatin held: no dose planned")).toBeVisible();
    await expect(page.getByText("Oxaliplatin IV: held, no dose planned (prescribed 85 mg/m²)")).toBeVisible();
    // And what the hold waits for: the grade it was decided on, with no exam since.
    await expect(page.getByText("Oxaliplatin on hold")).toBeVisible();
    await expect(page.getByText(`No exam since the hold (grade 2 on ${formatDay(day(0))}).`)).toBeVisible();
    await expectNoAxeViolations(page, "the print view of a held agent");
  });

  const pharmacistContext = await browser.newContext();
  const pharmacist = await pharmacistContext.newPage();
  await test.step("And the pharmacist's table plans no oxaliplatin for the cycle", async () => {
    await signInThroughApi(pharmacist, "pharmacist");
    await pharmacist.goto(`/cycles/${second.cycleId}`);
    const planned = pharmacist.getByRole("table", { name: /Planned for this cycle/ });
    await expect(planned.getByRole("row", { name: /Oxaliplatin/ })).toContainText(
      "Held: no dose planned (prescribed 85 mg/m²)",
    );
  });
  await pharmacistContext.close();
});

test("a reduction that still takes the next cycle past the limit says, as it is recorded, the alert it raised", async ({
  page,
}) => {
  const near = await seedPatientDueToday();
  // 605 mg/m2 given, and 185 more in cycle 1: 790 of oxaliplatin's 850. The next cycle at 85 would
  // take it to 875, past the limit; at 70, still to 860.
  await created(
    await near.nurse.post(`/api/cycles/${near.lastCycleId}/doses`, {
      data: { agent: "oxaliplatin", dose: 185, unit: "mg/m2" },
    }),
  );
  await near.nurse.dispose();

  await test.step("Given I am the oncologist on the alerts page, with her projection past the limit", async () => {
    await signInThroughApi(page, "oncologist");
    await page.goto("/alerts?agent=oxaliplatin");
    await expect(groupOf(page, near.name)).toContainText(
      "85 mg/m2) would take the cumulative dose from 790 mg/m2 to 875 mg/m2, past the 850 mg/m2 limit",
    );
  });

  await test.step("When I reduce to 70 mg/m2, the message says the new projection past the limit, with its severity", async () => {
    const group = groupOf(page, near.name);
    await group.getByText(/Decide on the (\d+ )?oxaliplatin alerts?/).click();
    // Before deciding: the plan's reduction, to 75, is not far enough, and Reduce says so.
    await expect(group.getByRole("radio", { name: /^Reduce/ })).toHaveAccessibleName(
      /Next dose 75 mg\/m² instead of 85 mg\/m² .*\. That takes the cumulative dose to 865 mg\/m², past the 850 mg\/m² limit\./,
    );
    await group.getByRole("radio", { name: /^Reduce/ }).check();
    await group.getByLabel("Reduce to (mg/m2 per administration)").fill("70");
    await group.getByLabel("Reason").fill("Slow the approach to the limit");
    await group.getByRole("button", { name: "Record decision" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Recorded for" })).toHaveText(
      new RegExp(
        `^Recorded for ${near.name}: reduce oxaliplatin to 70 mg/m2 \\(\\d+ alerts? decided\\)\\. ` +
          "It raised a new alert, warning: .*70 mg/m2\\) would take the cumulative dose from 790 mg/m2 to 860 mg/m2, past the 850 mg/m2",
      ),
    );
  });
});
