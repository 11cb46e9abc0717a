// The pre-cycle review from one screen (issue 14), walked by each role on a patient with twelve
// cycles of FOLFOX: the oncologist's first screen at 1366x768 answers "can this cycle go ahead, at
// what dose?", the alerts page groups what to decide, the summary prints on one A4 page; the
// pharmacist checks the dose arithmetic and leaves notes; the admin reads the audit in words.
// axe checks every page on the way. Screenshots go to e2e/screenshots/ for a person to judge.
import fs from "node:fs";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { apiAs, created, day, signInThroughApi, uniqueMrn, USERS } from "./fixtures";
import { normalExam } from "../lib/testing/exam-body";

const SCREENSHOTS = "e2e/screenshots";

const NORMAL = normalExam(5, { left: 14, right: 13 });
const GRADE_1 = {
  ...NORMAL,
  vibration: { left: 10, right: 10 },
  symptoms: { ...NORMAL.symptoms, tingling: 1 },
  sensoryGrade: 1,
};
/** Numb, tingling feet that limit cooking and shopping: CTCAE grade 2, the template's reduce rule. */
const GRADE_2 = {
  ...NORMAL,
  monofilament: { left: { felt: 3, tested: 5 }, right: { felt: 3, tested: 5 } },
  vibration: { left: 8, right: 8 },
  symptoms: { ...NORMAL.symptoms, numbness: 2, tingling: 2 },
  adlImpact: "instrumental",
  sensoryGrade: 2,
};

/**
 * Adjuvant FOLFOX, twelve cycles every 2 weeks from 6 weeks ago: cycles 1-3 examined and given,
 * today's cycle 4 examined at grade 2 (raises grade-reduce: the label's 85 -> 75 mg/m2).
 */
async function seedTwelveCycles(nurse: APIRequestContext, oncologist: APIRequestContext) {
  const mrn = uniqueMrn("PCR");
  const familyName = `Castellano-${mrn.slice(-4)}`;
  const { patient } = await created(
    await nurse.post("/api/patients", {
      data: { mrn, familyName, givenName: "Ines", birthDate: "1959-03-14", sex: "female", heightCm: 163, weightKg: 66 },
    }),
  );
  const { course } = await created(
    await oncologist.post(`/api/patients/${patient.id}/courses`, {
      data: {
        name: "mFOLFOX6",
        startDate: day(-42),
        cycleLengthDays: 14,
        cycles: 12,
        setting: "adjuvant",
        agents: [{ agent: "oxaliplatin", dose: 85, unit: "mg/m2", route: "IV" }],
      },
    }),
  );
  const exams = [NORMAL, NORMAL, GRADE_1];
  for (const [i, exam] of exams.entries()) {
    const cycle = course.cycles[i];
    await created(
      await nurse.post(`/api/patients/${patient.id}/assessments`, {
        data: { ...exam, cycleId: cycle.id, assessedOn: cycle.date },
      }),
    );
    await created(
      await nurse.post(`/api/cycles/${cycle.id}/doses`, { data: { agent: "oxaliplatin", dose: 85, unit: "mg/m2" } }),
    );
  }
  const today = course.cycles[3];
  const { alerts } = await created(
    await nurse.post(`/api/patients/${patient.id}/assessments`, {
      data: { ...GRADE_2, cycleId: today.id, assessedOn: today.date },
    }),
  );
  expect(alerts.map((a: { kind: string }) => a.kind)).toContain("grade-reduce");
  return {
    patientId: patient.id as string,
    mrn,
    name: `${familyName}, Ines`,
    cycleIds: course.cycles.map((c: { id: string }) => c.id) as string[],
  };
}

let seeded: Awaited<ReturnType<typeof seedTwelveCycles>>;
test.beforeAll(async () => {
  const nurse = await apiAs("nurse");
  const oncologist = await apiAs("oncologist");
  seeded = await seedTwelveCycles(nurse, oncologist);
  await nurse.dispose();
  await oncologist.dispose();
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
});

test("the oncologist decides from the first screen, the alerts page and one printed page", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });

  await test.step("Given I am the oncologist, when I open the patient", async () => {
    await signInThroughApi(page, "oncologist");
    await page.goto(`/patients/${seeded.patientId}`);
    await expect(page.getByRole("heading", { level: 1, name: seeded.name })).toBeVisible();
  });

  await test.step("Then the open alerts, the latest exam and the trend are all within the first 768 px", async () => {
    const alerts = page.getByRole("region", { name: /Open alerts/ });
    const exam = page.getByRole("region", { name: "Latest exam" });
    const trend = page.getByRole("region", { name: "Dose and trend" });
    await expect(alerts.getByRole("article", { name: /Grade meets a reduce rule: Oxaliplatin/ })).toBeVisible();
    await expect(exam.getByRole("cell", { name: /▲ worse than previous/ }).first()).toBeVisible();
    // Numbness and tingling rose from grade 1's exam, and cooking and shopping now suffer: no threshold, still worse.
    for (const finding of ["Numbness · tingling · pain", "ADL impact"])
      await expect(exam.getByRole("row", { name: finding })).toContainText("▲ worse than previous");
    await expect(trend.getByText("Next: cycle 4 of mFOLFOX6", { exact: false })).toBeVisible();
    const chart = trend.locator(".recharts-wrapper").first();
    await expect(chart).toBeVisible();
    await expect(chart.getByText("Limit 850 mg/m²")).toBeVisible();
    await expect(chart.getByText("C4")).toBeVisible();
    for (const [what, box] of [
      ["open alerts heading", await alerts.getByRole("heading", { name: /Open alerts/ }).boundingBox()],
      ["reduce alert", await alerts.getByRole("article").first().getByRole("heading").boundingBox()],
      ["its reduce choice", await alerts.getByRole("radio", { name: /Reduce/ }).boundingBox()],
      ["latest exam table", await exam.getByRole("table").boundingBox()],
      ["grade trend chart", await chart.boundingBox()],
    ] as const) {
      expect(box, what).not.toBeNull();
      expect(box!.y + box!.height, `${what} ends within the first screen`).toBeLessThanOrEqual(768);
    }
    await page.screenshot({ path: `${SCREENSHOTS}/patient-first-screen-1366x768.png` });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`patient page height at 1366x768: ${height} px`);
    await expectNoAxeViolations(page, "the patient page (oncologist)");
  });

  await test.step("When I open the alerts page, the patient's alerts are one group with what the plan says", async () => {
    await page.goto("/alerts?agent=oxaliplatin");
    const group = page.getByRole("article", { name: new RegExp(seeded.name) });
    await expect(group).toContainText("Grade meets a reduce rule");
    await expect(group).toContainText("Default rule says: reduce oxaliplatin to 75 mg/m² from 85 mg/m²");
    await expect(group).toContainText("Next: cycle 4 of mFOLFOX6");
    await expect(group).toContainText("Latest exam: grade 2 (cycle 4");
    await page.screenshot({ path: `${SCREENSHOTS}/alerts-page.png`, fullPage: true });
    await expectNoAxeViolations(page, "the alerts page");
  });

  await test.step("When I print the summary, it holds one A4 page with the trend and who printed it", async () => {
    await page.goto(`/patients/${seeded.patientId}/summary`);
    await expect(page.locator(".recharts-wrapper").first()).toBeVisible();
    await expect(page.getByText(`Printed by ${USERS.oncologist.displayName} at`)).toBeVisible();
    // The zone once: "09:00 UTC", never "09:00 UTC (UTC)".
    await expect(page.getByText(`Printed by ${USERS.oncologist.displayName} at`)).not.toContainText("UTC (UTC)");
    await expect(page.getByText("Next: cycle 4 of mFOLFOX6")).toBeVisible();
    await expectNoAxeViolations(page, "the print view");
    await expect(
      page.getByRole("table", { name: "Oxaliplatin: the chart's figures" }).getByRole("columnheader"),
    ).toHaveCount(5);
    expect(await printedPages(page, "summary-12-cycles"), "pages in the printed summary of 12 cycles").toBe(1);
  });
});

/**
 * Prints the page as Chromium does to an A4 PDF, and counts its pages; a screenshot at the
 * sheet's printable width (210 mm less 12 mm margins, at 96 px per inch) shows a person the same.
 */
async function printedPages(page: Page, name: string): Promise<number> {
  await page.emulateMedia({ media: "print" });
  await page.setViewportSize({ width: 703, height: 1032 });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  fs.writeFileSync(`${SCREENSHOTS}/${name}.pdf`, pdf);
  return (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/** Grades over twelve cycles as oxaliplatin adds up: normal, then tingling, then grade 2 from cycle 8. */
const examAtCycle = (n: number) => (n <= 3 ? NORMAL : n <= 7 ? GRADE_1 : GRADE_2);

test("a course of 12 cycles, every one examined and given, still prints on one A4 page with the chart's figures", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const nurse = await apiAs("nurse");
  const oncologist = await apiAs("oncologist");
  const mrn = uniqueMrn("P12");
  const familyName = `Lindqvist-${mrn.slice(-4)}`;
  await test.step("Given a patient whose twelfth cycle is today, each cycle examined and its dose given", async () => {
    const { patient } = await created(
      await nurse.post("/api/patients", {
        data: {
          mrn,
          familyName,
          givenName: "Maja",
          birthDate: "1955-07-02",
          sex: "female",
          heightCm: 170,
          weightKg: 72,
        },
      }),
    );
    const { course } = await created(
      await oncologist.post(`/api/patients/${patient.id}/courses`, {
        data: {
          name: "mFOLFOX6",
          startDate: day(-11 * 14),
          cycleLengthDays: 14,
          cycles: 12,
          setting: "adjuvant",
          agents: [{ agent: "oxaliplatin", dose: 85, unit: "mg/m2", route: "IV" }],
        },
      }),
    );
    for (const cycle of course.cycles) {
      await created(
        await nurse.post(`/api/patients/${patient.id}/assessments`, {
          data: { ...examAtCycle(cycle.number), cycleId: cycle.id, assessedOn: cycle.date },
        }),
      );
      await created(
        await nurse.post(`/api/cycles/${cycle.id}/doses`, { data: { agent: "oxaliplatin", dose: 85, unit: "mg/m2" } }),
      );
    }
    await signInThroughApi(page, "oncologist");
    await page.goto(`/patients/${patient.id}/summary`);
  });

  await test.step("Then the summary holds the twelve exams' figures and prints on one page", async () => {
    await expect(page.getByText(`Printed by ${USERS.oncologist.displayName} at`)).toBeVisible();
    await expect(page.locator(".recharts-wrapper").first()).toBeVisible();
    const figures = page.getByRole("table", { name: "Oxaliplatin: the chart's figures" });
    await expect(figures.getByRole("columnheader")).toHaveCount(13);
    await expect(figures.getByRole("row", { name: /Grade/ })).toContainText("2 (2, 0)");
    await expectNoAxeViolations(page, "the print view of 12 cycles given");
    expect(await printedPages(page, "summary-12-cycles-given"), "pages in the printed summary").toBe(1);
  });
  await nurse.dispose();
  await oncologist.dispose();
});

test("the pharmacist checks the dose arithmetic and leaves notes, never a decision", async ({ page }) => {
  await test.step("Given I am the pharmacist on cycle 3", async () => {
    await signInThroughApi(page, "pharmacist");
    await page.goto(`/cycles/${seeded.cycleIds[2]}`);
  });

  await test.step("Then I see each dose with its unit, what it was multiplied by, the mg and who recorded it", async () => {
    const arithmetic = page.getByRole("region", { name: "Dose arithmetic" });
    const given = arithmetic.getByRole("table", { name: "Given in this cycle" });
    await expect(given.getByRole("row", { name: /Oxaliplatin/ })).toContainText("85 mg/m²");
    await expect(given.getByRole("row", { name: /Oxaliplatin/ })).toContainText("m² (BSA, Mosteller: 163 cm, 66 kg)");
    await expect(given.getByRole("row", { name: /Oxaliplatin/ })).toContainText(USERS.nurse.displayName);
    const planned = arithmetic.getByRole("table", { name: /Planned for the next cycle: cycle 4 of mFOLFOX6/ });
    await expect(planned.getByRole("row", { name: /^Oxaliplatin 85/ })).toContainText("85 mg/m²");
    await expect(planned.getByRole("row", { name: /^Oxaliplatin 85/ })).toContainText("146.94 mg");
    // Under it, what the dose comes to, and that today's grade-2 rule still awaits the oncologist.
    const checks = planned.getByRole("row", { name: /^Oxaliplatin: checks/ });
    await expect(checks).toContainText("Per cycle: 85 mg/m².");
    await expect(checks).toContainText("Cap: none in force.");
    await expect(checks).toContainText("Cumulative after cycle 4: 340 mg/m² of the 850 mg/m² limit.");
    await expect(checks).toContainText("■ Awaiting the oncologist: grade meets a reduce rule.");
    const totals = arithmetic.getByRole("table", { name: "Totals" }).getByRole("row", { name: /Oxaliplatin/ });
    await expect(totals.getByRole("cell").first()).toHaveText("85 mg/m²");
    await expect(totals.getByRole("cell").last()).toHaveText(/^850 mg\/m² \(\d+% reached\)$/);
  });

  await test.step("When I leave a note on the cycle, it shows with my name", async () => {
    await page.getByLabel("Add a note on this cycle").fill("Checked: 85 mg/m2 x 1.73 m2 = 147 mg.");
    await page.getByRole("button", { name: "Save note" }).click();
    await expect(page.getByText("Note saved.")).toBeVisible();
    await expect(page.getByText(`Note by ${USERS.pharmacist.displayName} (pharmacist)`)).toBeVisible();
    await expectNoAxeViolations(page, "the cycle page (pharmacist)");
  });

  await test.step("And on the patient page I can note an alert but not decide it", async () => {
    await page.goto(`/patients/${seeded.patientId}`);
    const alert = page.getByRole("article", { name: /Grade meets a reduce rule: Oxaliplatin/ });
    await expect(alert).toContainText("Awaiting an oncologist's decision.");
    await expect(page.getByRole("button", { name: "Record decision" })).toHaveCount(0);
    await alert.getByText("Add a note").click();
    await alert.getByLabel("Note on this alert").fill("Dose banding: 150 mg syringe available.");
    await alert.getByRole("button", { name: "Save note" }).click();
    await expect(alert.getByText("Dose banding: 150 mg syringe available.")).toBeVisible();
    await expectNoAxeViolations(page, "the patient page (pharmacist)");
  });
});

test("the admin reads the audit in words, filtered by the patient's MRN, and takes it as CSV", async ({ page }) => {
  await test.step("Given I am the admin on the audit trail", async () => {
    await signInThroughApi(page, "admin");
    await page.goto("/admin/audit");
    await expect(page.getByText(`Signed in: ${USERS.admin.displayName}`).first()).toBeVisible();
  });

  await test.step("When I filter by the patient's MRN, I read what was done in words, with names", async () => {
    await page.getByLabel("Patient (name or MRN)").fill(seeded.mrn);
    await page.getByRole("button", { name: "Filter" }).click();
    const table = page.getByRole("table", { name: "Audit entries, newest first" });
    await expect(table.getByText("Recorded exam, cycle 4")).toBeVisible();
    await expect(table.getByText("Recorded dose of oxaliplatin, cycle 3")).toBeVisible();
    await expect(table.getByRole("cell", { name: new RegExp(USERS.nurse.displayName) }).first()).toBeVisible();
    await expectNoAxeViolations(page, "the audit page");
  });

  await test.step("And the CSV holds exactly that view", async () => {
    const href = await page.getByRole("link", { name: "Download this view as CSV" }).getAttribute("href");
    expect(href).toContain(`patient=${seeded.mrn}`);
    const csv = await (await page.request.get(href!)).text();
    const rows = csv.trim().split("\r\n");
    expect(rows[0]).toBe("when,who,username,action,action_code,patient,mrn,changes");
    expect(rows.slice(1).every((r) => r.includes(seeded.mrn))).toBe(true);
    expect(csv).toContain("Recorded exam, cycle 4");
  });
});
