// After treatment (issue 20): a nurse finds the follow-up exams that fall due (overdue first, then
// by week, with the platinum coasting note) and the day's on the worklist; an oncologist records
// duloxetine on the patient page and sees cryotherapy with oxaliplatin recorded with its warning;
// a pharmacist reads the alert analytics and downloads it as CSV. Each page is checked with axe.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { axeViolations } from "./axe";
import { apiAs, created, day, signInThroughApi, uniqueMrn } from "./fixtures";
import { monthsAfter } from "../lib/domain/follow-ups";
import { formatDay } from "../lib/dates";
import { normalExam } from "../lib/testing/exam-body";

/** A patient whose two-cycle FOLFOX course ended `daysAgo` days ago, grade 1 then grade 2. */
async function finishedFolfox(nurse: APIRequestContext, oncologist: APIRequestContext, daysAgo: number) {
  const mrn = uniqueMrn("AFT");
  const familyName = `Okonkwo-${mrn.slice(-4)}`;
  const { patient } = await created(
    await nurse.post("/api/patients", {
      data: { mrn, familyName, givenName: "Ada", birthDate: "1957-02-11", sex: "female", heightCm: 163, weightKg: 61 },
    }),
  );
  const { course } = await created(
    await oncologist.post(`/api/patients/${patient.id}/courses`, {
      data: {
        name: "mFOLFOX6",
        startDate: day(-daysAgo - 14),
        cycleLengthDays: 14,
        cycles: 2,
        agents: [{ agent: "oxaliplatin", dose: 85, unit: "mg/m2", route: "IV" }],
      },
    }),
  );
  for (const [i, cycle] of course.cycles.entries()) {
    const exam = normalExam();
    const grade = i + 1;
    await created(
      await nurse.post(`/api/patients/${patient.id}/assessments`, {
        data: {
          ...exam,
          symptoms: { ...exam.symptoms, numbness: grade, tingling: grade },
          adlImpact: grade === 2 ? "instrumental" : "none",
          sensoryGrade: grade,
          cycleId: cycle.id,
          assessedOn: cycle.date,
        },
      }),
    );
    await created(
      await nurse.post(`/api/cycles/${cycle.id}/doses`, { data: { agent: "oxaliplatin", dose: 85, unit: "mg/m2" } }),
    );
  }
  return { patientId: patient.id as string, name: `${familyName}, Ada`, lastDoseOn: day(-daysAgo) };
}

test("a nurse finds the follow-ups that fall due, overdue first, and the day's on the worklist", async ({ page }) => {
  const nurse = await apiAs("nurse");
  const oncologist = await apiAs("oncologist");
  const overdue = await finishedFolfox(nurse, oncologist, 45);
  const soon = await finishedFolfox(nurse, oncologist, 25);
  const soonDue = monthsAfter(soon.lastDoseOn, 1);

  await test.step("Given I am signed in as the nurse", async () => {
    await signInThroughApi(page, "nurse");
    await page.goto("/worklist");
  });

  await test.step("When I open the follow-ups from the navigation", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Follow-ups" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Follow-ups after treatment" })).toBeVisible();
  });

  await test.step("Then the one past its 1-month date is listed as overdue, with the coasting note", async () => {
    const overdueSection = page.getByRole("region", { name: /Overdue/ });
    const row = overdueSection.getByRole("row").filter({ has: page.getByRole("link", { name: overdue.name }) });
    await expect(row).toContainText("1 month after the last oxaliplatin dose.");
    await expect(row).toContainText(formatDay(monthsAfter(overdue.lastDoseOn, 1)));
    await expect(row).toContainText("Coasting:");
    await expect(row).toContainText("Grade 2");
  });

  await test.step("And the other is listed in the week it falls due", async () => {
    const week = page
      .getByRole("region")
      .filter({ has: page.getByRole("link", { name: soon.name }) })
      .first();
    await expect(week.getByRole("heading", { level: 2 })).toContainText("Week of");
    await expect(week).toContainText(formatDay(soonDue));
    expect(await axeViolations(page)).toEqual([]);
  });

  await test.step("When I open the worklist of that day", async () => {
    await page.goto(`/worklist?date=${soonDue}`);
  });

  await test.step("Then the follow-up exam is listed below the infusions", async () => {
    const section = page.getByRole("region", { name: /Follow-up exams due/ });
    await expect(section.getByRole("link", { name: soon.name })).toBeVisible();
    await expect(section.getByRole("link", { name: overdue.name })).toHaveCount(0);
  });
  await nurse.dispose();
  await oncologist.dispose();
});

test("an oncologist records duloxetine, and cryotherapy with oxaliplatin shows its warning", async ({ page }) => {
  const nurse = await apiAs("nurse");
  const oncologist = await apiAs("oncologist");
  const patient = await finishedFolfox(nurse, oncologist, 30);
  const care = page.getByRole("region", { name: "Supportive care and recovery" });

  await test.step("Given I am signed in as the oncologist, on the patient's page", async () => {
    await signInThroughApi(page, "oncologist");
    await page.goto(`/patients/${patient.patientId}`);
    await expect(care).toContainText("No supportive care recorded.");
  });

  await test.step("When I record duloxetine 30 mg a day from today", async () => {
    await care.locator("summary", { hasText: "Record supportive care" }).click();
    const form = care.getByRole("form", { name: "Record supportive care" });
    await form.getByLabel("Kind").selectOption("duloxetine");
    await form.getByLabel("Dose (mg a day)").fill("30");
    await form.getByLabel("Notes").fill("Burning feet at night; 60 mg after a week if tolerated.");
    await form.getByRole("button", { name: "Record supportive care" }).click();
    await expect(form.getByText("Duloxetine recorded.")).toBeVisible();
  });

  await test.step("Then it is listed with its dose, beside the grade when it started", async () => {
    const row = care.getByRole("row").filter({ hasText: "Duloxetine 30 mg a day" });
    await expect(row).toContainText(formatDay(day(0)));
    await expect(row).toContainText("Grade 2");
    await expect(row).toContainText("ongoing");
    await expect(care.getByRole("figure", { name: /Oxaliplatin: neuropathy grade by months/ })).toBeVisible();
    expect(await axeViolations(page, { include: "section[aria-labelledby='after-treatment']" })).toEqual([]);
  });

  await test.step("When I record cryotherapy for this oxaliplatin patient", async () => {
    const form = care.getByRole("form", { name: "Record supportive care" });
    await form.getByLabel("Kind").selectOption("cryotherapy");
    await form.getByRole("button", { name: "Record supportive care" }).click();
  });

  await test.step("Then it is recorded, with the warning shown and kept on the list", async () => {
    await expect(care.getByRole("alert")).toContainText("Cold provokes oxaliplatin's acute neurotoxicity");
    const row = care.getByRole("row").filter({ hasText: "Cryotherapy" });
    await expect(row).toContainText("Warning:");
  });

  await test.step("When I record that duloxetine helped", async () => {
    const update = care.getByRole("form", { name: "Update Duloxetine" });
    await update.getByLabel("Response").selectOption("better");
    await update.getByRole("button", { name: "Save" }).click();
    await expect(care.getByRole("row").filter({ hasText: "Duloxetine 30 mg a day" })).toContainText("better");
  });
  await nurse.dispose();
  await oncologist.dispose();
});

test("a pharmacist reads the alert analytics and downloads it as CSV; a nurse has no link to it", async ({ page }) => {
  const nurse = await apiAs("nurse");
  const oncologist = await apiAs("oncologist");
  await finishedFolfox(nurse, oncologist, 20); // its course raised a no-plan alert

  await test.step("Given I am signed in as the pharmacist", async () => {
    await signInThroughApi(page, "pharmacist");
    await page.goto("/worklist");
  });

  await test.step("When I open the alert analytics from the navigation", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Alert analytics" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Alert analytics" })).toBeVisible();
  });

  await test.step("Then each alert kind and agent has its counts, and the rules to revisit are listed", async () => {
    const byKind = page.getByRole("region", { name: "By kind and agent" });
    const row = byKind.getByRole("row").filter({ hasText: "No plan agreed" }).filter({ hasText: "Oxaliplatin" });
    await expect(row).toContainText("none decided");
    await expect(page.getByRole("region", { name: /Rules to revisit/ })).toContainText("50 or more alerts");
    await expect(page.getByRole("region", { name: "By month" }).getByRole("row").nth(1)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  await test.step("When I download it as CSV", async () => {
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download as CSV" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^alert-analytics-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
  });

  await test.step("When I look at a year with nothing recorded in it", async () => {
    await page.getByLabel("From", { exact: true }).fill("2010-01-01");
    await page.getByLabel("To", { exact: true }).fill("2010-12-31");
    await page.getByRole("button", { name: "Show" }).click();
  });

  await test.step("Then the page says so instead of showing empty tables", async () => {
    await expect(page.getByRole("region", { name: "By kind and agent" })).toContainText(
      "No alert was raised in this period.",
    );
    await expect(page.getByRole("region", { name: "By month" })).toContainText(
      "No exam was recorded and no alert raised in this period.",
    );
    await expect(page.getByRole("table")).toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  await test.step("And a nurse has no link to it", async () => {
    await page.context().clearCookies();
    await signInThroughApi(page, "nurse");
    await page.goto("/worklist");
    await expect(
      page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Alert analytics" }),
    ).toHaveCount(0);
  });
  await nurse.dispose();
  await oncologist.dispose();
});
