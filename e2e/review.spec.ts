// The pre-cycle review (issue 5): an oncologist opens a patient with a grade 2 finding from the
// worklist, sees the trend chart against the limit, decides "reduce" with a reason, and the
// worklist shows it decided; a nurse sees the alert but no control, and the API refuses her.
// Screenshots of the patient page and of the print view go to e2e/screenshots/ for review.
import fs from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { apiAs, created, day, signInThroughApi, USERS, uniqueMrn } from "./fixtures";
import { normalExam } from "../lib/testing/exam-body";

const SCREENSHOTS = "e2e/screenshots";

const NORMAL_EXAM = normalExam(5, { left: 14, right: 13 });

/** Numb, tingling feet that now get in the way of cooking and shopping: CTCAE grade 2. */
const GRADE_2_EXAM = {
  ...NORMAL_EXAM,
  monofilament: { left: { felt: 3, tested: 5 }, right: { felt: 4, tested: 5 } },
  vibration: { left: 8, right: null },
  symptoms: { ...NORMAL_EXAM.symptoms, numbness: 2, tingling: 2 },
  adlImpact: "instrumental",
  sensoryGrade: 2,
};

/**
 * A patient on adjuvant FOLFOX (oxaliplatin 85 mg/m2 every 2 weeks) whose cycle 2 is today: a
 * baseline exam and a dose at cycle 1, then today's exam at grade 2, which meets the template's
 * grade 2 rule (reduce; label) and raises `grade-reduce`.
 */
async function seedGrade2Patient(nurse: APIRequestContext, oncologist: APIRequestContext) {
  const mrn = uniqueMrn("REV");
  const familyName = `Moreau-${mrn.slice(-4)}`;
  const { patient } = await created(
    await nurse.post("/api/patients", {
      data: {
        mrn,
        familyName,
        givenName: "Lea",
        birthDate: "1962-09-30",
        sex: "female",
        heightCm: 168,
        weightKg: 64,
        diagnosis: "Colon adenocarcinoma, stage III",
        riskFactors: ["diabetes"],
      },
    }),
  );
  const { course } = await created(
    await oncologist.post(`/api/patients/${patient.id}/courses`, {
      data: {
        name: "mFOLFOX6",
        startDate: day(-14),
        cycleLengthDays: 14,
        cycles: 12,
        setting: "adjuvant",
        agents: [{ agent: "oxaliplatin", dose: 85, unit: "mg/m2", route: "IV" }],
      },
    }),
  );
  const [cycle1, cycle2] = course.cycles;
  await created(
    await nurse.post(`/api/patients/${patient.id}/assessments`, {
      data: { ...NORMAL_EXAM, cycleId: cycle1.id, assessedOn: cycle1.date },
    }),
  );
  await created(
    await nurse.post(`/api/cycles/${cycle1.id}/doses`, { data: { agent: "oxaliplatin", dose: 85, unit: "mg/m2" } }),
  );
  const { alerts } = await created(
    await nurse.post(`/api/patients/${patient.id}/assessments`, {
      data: { ...GRADE_2_EXAM, cycleId: cycle2.id, assessedOn: cycle2.date },
    }),
  );
  const gradeAlert = alerts.find((a: { kind: string }) => a.kind === "grade-reduce");
  expect(gradeAlert, "the grade 2 exam raises grade-reduce").toBeDefined();
  return { patientId: patient.id as string, name: `${familyName}, Lea`, alertId: gradeAlert.id as string };
}

test("an oncologist reviews a grade 2 finding, decides to reduce, and the worklist shows it decided", async ({
  page,
}) => {
  const nurse = await apiAs("nurse");
  const oncologist = await apiAs("oncologist");
  const seeded = await seedGrade2Patient(nurse, oncologist);
  fs.mkdirSync(SCREENSHOTS, { recursive: true });

  await test.step("Given I am signed in as the oncologist, on today's worklist", async () => {
    await signInThroughApi(page, "oncologist");
    await page.goto("/worklist");
  });

  await test.step("When I open the patient from the worklist", async () => {
    await page.getByRole("link", { name: seeded.name, exact: true }).click();
    await expect(page).toHaveURL(`/patients/${seeded.patientId}`);
    await expect(page.getByRole("heading", { level: 1, name: seeded.name })).toBeVisible();
  });

  const alert = page.getByRole("article", { name: /Grade meets a reduce rule: Oxaliplatin/ });
  await test.step("Then I see the open grade alert first, and the chart with the limit line", async () => {
    const openAlerts = page.getByRole("region", { name: /Open alerts/ });
    await expect(openAlerts.getByRole("article").first()).toHaveAccessibleName(/Grade meets a reduce rule/);
    await expect(alert).toContainText("Grade 2 neuropathy at cycle 2");
    await expect(alert.getByText("Next dose 75 mg/m² instead of 85 mg/m²")).toBeVisible();
    const chart = page.getByRole("figure", { name: "Oxaliplatin: neuropathy against cumulative dose" });
    await expect(chart.getByText("Limit 850 mg/m²").first()).toBeVisible();
    await expect(page.getByText("No plan agreed: defaults apply.")).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOTS}/patient-page.png`, fullPage: true });
  });

  await test.step("When I press Record decision with nothing chosen, the cursor goes to the first thing missing", async () => {
    await alert.getByRole("button", { name: "Record decision" }).click();
    await expect(alert.getByText("Choose a decision.")).toBeVisible();
    await expect(alert.getByRole("radio").first()).toBeFocused();
  });

  await test.step("When I decide to reduce, with my reason", async () => {
    await alert.getByRole("radio", { name: /Reduce/ }).check();
    await alert.getByLabel("Reason").fill("Persistent grade 2 limiting instrumental ADL: reduce to 75 mg/m2.");
    await alert.getByRole("button", { name: "Record decision" }).click();
  });

  await test.step("Then the decision shows on the patient page with my name", async () => {
    const decisions = page.getByRole("region", { name: /Decisions/ });
    const decided = decisions.getByRole("article", { name: /Grade meets a reduce rule: Oxaliplatin/ });
    await expect(decided).toContainText(`Decided: Reduce by ${USERS.oncologist.displayName}`);
    await expect(decided).toContainText("Persistent grade 2 limiting instrumental ADL");
    await expect(
      page.getByRole("region", { name: /Open alerts/ }).getByRole("article", { name: /reduce rule/ }),
    ).toHaveCount(0);
  });

  await test.step("And the worklist shows the cycle decided", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Worklist" }).click();
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: seeded.name, exact: true }) });
    await expect(row).toContainText(
      `Decided: reduce (grade meets a reduce rule, Oxaliplatin) by ${USERS.oncologist.displayName}`,
    );
  });

  await test.step("And the printable summary fits one A4 page", async () => {
    await page.goto(`/patients/${seeded.patientId}/summary`);
    await expect(page.getByRole("heading", { name: "Latest exam against previous and baseline" })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
    await page.screenshot({ path: `${SCREENSHOTS}/summary-print.png`, fullPage: true });
    const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
    fs.writeFileSync(`${SCREENSHOTS}/summary-print.pdf`, pdf);
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages, "pages in the printed summary").toHaveLength(1);
  });

  await nurse.dispose();
  await oncologist.dispose();
});

test("a nurse sees the alert but cannot decide: no control is shown and the API says 403", async ({ page }) => {
  const nurse = await apiAs("nurse");
  const oncologist = await apiAs("oncologist");
  const seeded = await seedGrade2Patient(nurse, oncologist);

  await test.step("Given I am signed in as the nurse", async () => {
    await signInThroughApi(page, "nurse");
  });

  await test.step("When I open the patient", async () => {
    await page.goto(`/patients/${seeded.patientId}`);
  });

  await test.step("Then I see the alert awaiting an oncologist, with no decision control", async () => {
    const alert = page.getByRole("article", { name: /Grade meets a reduce rule: Oxaliplatin/ });
    await expect(alert).toContainText("Awaiting an oncologist's decision.");
    await expect(page.getByRole("button", { name: "Record decision" })).toHaveCount(0);
    await expect(page.getByRole("radio")).toHaveCount(0);
  });

  await test.step("And the API refuses my decision", async () => {
    const res = await nurse.post(`/api/alerts/${seeded.alertId}/acknowledge`, {
      data: { decision: "proceed", reason: "Trying anyway" },
    });
    expect(res.status()).toBe(403);
    expect((await res.json()).error.code).toBe("forbidden");
  });

  await nurse.dispose();
  await oncologist.dispose();
});
