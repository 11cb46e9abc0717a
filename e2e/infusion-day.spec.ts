// Infusion day for a nurse (issue 4): today's worklist, the bedside exam from last cycle's with what
// changed (the keystroke limits are in exam-entry.spec.ts), the dose and its alert, a refused
// conflicting amendment, and a bad value that gets a message and saves nothing. Each test seeds
// its own patient through the API.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { worklistRow } from "./exam-keys";
import { apiAs, created, day, ON_POSTGRES_TOO, signInAs, signInThroughApi, uniqueMrn } from "./fixtures";
import { formatDay } from "../lib/dates";
import { BASELINE_EXAM, seedPatientDueToday } from "./infusion-patient";
import { layoutShifted, layoutShifts, LAYOUT_SHIFT_GOAL, watchLayoutShifts } from "./layout-shift";

async function examsOf(api: APIRequestContext, patientId: string, cycleId: string) {
  const res = await api.get(`/api/patients/${patientId}/assessments`);
  expect(res.status()).toBe(200);
  return ((await res.json()).assessments as any[]).filter((a) => a.cycleId === cycleId);
}

test(
  "a nurse records today's exam from last cycle's, changing what changed, and the dose, and sees the alert on the worklist",
  ON_POSTGRES_TOO,
  async ({ page }) => {
    const seeded = await seedPatientDueToday();

    await test.step("When I sign in as a nurse, I land on today's worklist with the patient due", async () => {
      await signInThroughApi(page, "nurse");
      await page.goto("/worklist");
      await expect(page.getByRole("heading", { name: "Today's infusions" })).toBeVisible();
      await expect(worklistRow(page, seeded.mrn)).toContainText("Not yet assessed");
    });

    await test.step("When I choose Record exam for her, every finding is blank", async () => {
      await worklistRow(page, seeded.mrn)
        .getByRole("link", { name: /Record exam/ })
        .click();
      await expect(page.getByRole("heading", { name: new RegExp(`${seeded.name}: cycle 2`) })).toBeVisible();
      await expect(page.getByRole("button", { name: "Same as last cycle" })).toBeFocused();
      await expect(page.getByLabel("Left: seconds felt")).toHaveValue("");
      // Above the doses, until the exam is saved.
      await expect(page.getByText("No exam recorded for this cycle yet.", { exact: false })).toBeVisible();
    });

    await test.step("When I copy last cycle's exam and change what changed today", async () => {
      await page.keyboard.press("Enter");
      await expect(page.getByLabel("Left: seconds felt")).toHaveValue("14");
      await page.getByLabel("Left: seconds felt").fill("8");
      await page.getByLabel("Right: seconds felt").fill("12");
      await page.getByRole("group", { name: "Left ankle reflex" }).getByText("Reduced").click();
      await page.getByRole("group", { name: "Numbness" }).getByText("1", { exact: true }).click();
      await page.getByRole("group", { name: "Tingling" }).getByText("1", { exact: true }).click();
      await expect(page.getByText("Suggested from these findings: grade 1")).toBeVisible();
      await page.getByRole("button", { name: /Accept suggested grades/ }).click();
      await page.getByRole("button", { name: "Save exam" }).click();
    });

    await test.step("Then the exam is saved and the alert it raised is shown at once", async () => {
      const status = page.getByRole("status").filter({ hasText: /Exam of .* saved/ });
      await expect(status).toContainText("Neuropathy worsening · Oxaliplatin");
      await expect(page.getByRole("article", { name: `Exam of ${formatDay(day(0))}` })).toContainText(
        "Vibration, left:8 s",
      );
      await expect(page.getByText("No exam recorded for this cycle yet.", { exact: false })).toBeHidden();
    });

    // The same cycle open in a second tab, as a nurse covering the next chair might have it.
    const otherTab = await page.context().newPage();
    await otherTab.goto(page.url());
    await expect(otherTab.getByLabel("Oxaliplatin dose given")).toHaveValue("85");

    await test.step("When I record today's oxaliplatin dose, prefilled from the course", async () => {
      const oxaliplatin = page.getByRole("region", { name: "Oxaliplatin" });
      await expect(oxaliplatin.getByLabel("Oxaliplatin dose given")).toHaveValue("85");
      // Nothing says "given" before it is.
      await expect(oxaliplatin).toContainText("No hold or reduction decided");
      await expect(oxaliplatin.getByText("Saving this dose will raise:")).toBeVisible();
      await expect(oxaliplatin.getByText(/Cumulative dose near the limit · Oxaliplatin/).first()).toBeVisible();
      await oxaliplatin.getByRole("button", { name: "Record oxaliplatin dose" }).click();
      const status = oxaliplatin.getByRole("status");
      await expect(status).toContainText("Cumulative dose now 690 mg/m2");
      await expect(status).toContainText("Cumulative dose near the limit · Oxaliplatin");
      // The focus stays in the entry, for the keyboard's next step.
      await expect(oxaliplatin.getByRole("button", { name: "Record another oxaliplatin dose" })).toBeFocused();
    });

    await test.step("When the other tab, opened before it, records the same dose, it is refused naming mine, and counted once", async () => {
      const oxaliplatin = otherTab.getByRole("region", { name: "Oxaliplatin" });
      await oxaliplatin.getByRole("button", { name: "Record oxaliplatin dose" }).click();
      await expect(oxaliplatin).toContainText(
        /Since this screen was opened, oxaliplatin 85 mg\/m2 was recorded for this cycle by Nadia Brooks at .+\. Nothing was recorded/,
      );
      const doses = await (await seeded.nurse.get(`/api/patients/${seeded.patientId}/doses`)).json();
      expect(doses.doses.filter((d: { cycleId: string }) => d.cycleId === seeded.cycleId)).toHaveLength(1);
      // Pressed again once the page has read the cycle again (it shows the cycle given), the dose is
      // not recorded a second time without a question naming the first.
      await expect(otherTab.getByText(/ · given · BSA /)).toBeVisible();
      await oxaliplatin.getByRole("button", { name: "Record oxaliplatin dose" }).click();
      const dialog = otherTab.getByRole("dialog");
      await expect(dialog).toContainText(
        "Already recorded for this cycle: oxaliplatin 85 mg/m2 x 1. Record another dose?",
      );
      await dialog.getByRole("button", { name: "Go back" }).click();
      await otherTab.close();
    });

    await test.step("Then the worklist shows the exam done and the new alert", async () => {
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Worklist" }).click();
      const row = worklistRow(page, seeded.mrn);
      await expect(row).toContainText("Exam done");
      await expect(row).toContainText("Cumulative dose near the limit · Oxaliplatin");
      await expect(row.getByRole("meter", { name: "Oxaliplatin cumulative dose" })).toHaveAttribute(
        "aria-valuenow",
        "690",
      );
    });
    await seeded.nurse.dispose();
  },
);

test("a cycle of two agents reads given only once both are: the chair and the worklist name the one still to give", async ({
  page,
}) => {
  const nurse = await apiAs("nurse");
  const oncologist = await apiAs("oncologist");
  const mrn = uniqueMrn("TWO");
  const { patient } = await created(
    await nurse.post("/api/patients", {
      data: {
        mrn,
        familyName: `Okafor-${mrn.slice(-4)}`,
        givenName: "Ben",
        birthDate: "1961-02-03",
        sex: "male",
        heightCm: 178,
        weightKg: 80,
      },
    }),
  );
  const { course } = await created(
    await oncologist.post(`/api/patients/${patient.id}/courses`, {
      data: {
        name: "Cisplatin-paclitaxel",
        startDate: day(0),
        cycleLengthDays: 21,
        cycles: 6,
        agents: [
          { agent: "cisplatin", dose: 75, unit: "mg/m2" },
          { agent: "paclitaxel", dose: 175, unit: "mg/m2" },
        ],
      },
    }),
  );
  const cycle = course.cycles[0];
  await created(
    await nurse.post(`/api/patients/${patient.id}/assessments`, {
      data: { ...BASELINE_EXAM, cycleId: cycle.id, assessedOn: day(0) },
    }),
  );
  await oncologist.dispose();
  await nurse.dispose();

  await test.step("When I give the paclitaxel and record it at the chair", async () => {
    await signInThroughApi(page, "nurse");
    await page.goto(`/cycles/${cycle.id}`);
    const paclitaxel = page.getByRole("region", { name: "Paclitaxel" });
    await paclitaxel.getByRole("button", { name: "Record paclitaxel dose" }).click();
    await expect(paclitaxel.getByRole("status")).toContainText("Cumulative dose now 175 mg/m2");
  });

  await test.step("Then the header says the cisplatin is still to give, not that the cycle is given", async () => {
    await page.reload();
    await expect(page.getByText(/ · given: Paclitaxel · still to give: Cisplatin · BSA /)).toBeVisible();
  });

  await test.step("And so does the worklist", async () => {
    await page.goto("/worklist");
    const row = worklistRow(page, mrn);
    await expect(row).toContainText("given in part");
    await expect(row.getByText("Cisplatin: still to give this cycle")).toBeVisible();
  });

  await test.step("When the cisplatin is given too, the cycle reads given", async () => {
    await page.goto(`/cycles/${cycle.id}`);
    const cisplatin = page.getByRole("region", { name: "Cisplatin" });
    await cisplatin.getByRole("button", { name: "Record cisplatin dose" }).click();
    await expect(cisplatin.getByRole("status")).toContainText("Cumulative dose now 75 mg/m2");
    await page.reload();
    await expect(page.getByText(/ · given · BSA /)).toBeVisible();
  });
});

test("on a slow tablet the dose field takes nothing until the page is live, then keeps what I type", async ({
  page,
}) => {
  const seeded = await seedPatientDueToday();
  await signInThroughApi(page, "nurse");
  // The page's code held back: the server's HTML shown, as a slow tablet shows it for a second or more.
  let release = () => {};
  const codeMayCome = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/.*\.js$/, async (route) => {
    await codeMayCome;
    await route.continue();
  });
  const oxaliplatin = page.getByRole("region", { name: "Oxaliplatin" });
  const dose = oxaliplatin.getByLabel("Oxaliplatin dose given");

  await test.step("When the cycle page shows before its code has come, the dose field waits", async () => {
    await page.goto(`/cycles/${seeded.cycleId}`, { waitUntil: "commit" });
    await expect(dose).toHaveValue("85");
    // Typed into then, the field would be set back to 85 when the page went live, without a word.
    await expect(dose).toBeDisabled();
    await expect(oxaliplatin.getByRole("button", { name: "Record oxaliplatin dose" })).toBeDisabled();
  });

  await test.step("Then, once the page is live, what I type stays", async () => {
    release();
    await expect(dose).toBeEnabled();
    await expect(oxaliplatin.getByText(/^Filled with 85 mg\/m2: [^.]*\.$/)).toBeVisible();
    await dose.fill("60");
    // Where the dose came from stays, and says it is no longer what the field holds.
    await expect(oxaliplatin.getByText(/^Filled with 85 mg\/m2: .* You changed it\.$/)).toBeVisible();
    await expect(dose).toHaveValue("60");
  });
  await seeded.nurse.dispose();
});

test("a second amendment of the same version is refused with what changed, and nothing is overwritten", async ({
  page,
}) => {
  const seeded = await seedPatientDueToday();
  const { assessment } = await created(
    await seeded.nurse.post(`/api/patients/${seeded.patientId}/assessments`, {
      data: { ...BASELINE_EXAM, cycleId: seeded.cycleId, assessedOn: day(0) },
    }),
  );

  await test.step("When I open the exam to amend it", async () => {
    await signInThroughApi(page, "nurse");
    await page.goto(`/cycles/${seeded.cycleId}`);
    await page.getByRole("button", { name: "Amend exam" }).click();
    await page.getByLabel("Left: seconds felt").fill("9");
    await page.getByLabel("Reason for the amendment").fill("Re-measured after warming the foot");
  });

  await test.step("And meanwhile an oncologist amends the same version", async () => {
    const oncologist = await apiAs("oncologist");
    const res = await oncologist.patch(`/api/assessments/${assessment.id}`, {
      data: { version: 1, reason: "Vibration re-timed", vibration: { left: 11, right: 13 } },
    });
    expect(res.status()).toBe(200);
    await oncologist.dispose();
  });

  await test.step("Then my save is refused with a clear message showing what they changed", async () => {
    await page.getByRole("button", { name: "Save amendment" }).click();
    const notice = page.getByRole("alert").filter({ hasText: "someone else amended this exam" });
    await expect(notice).toContainText("Nothing was overwritten");
    await expect(notice.getByRole("row", { name: /Vibration, left/ })).toContainText("14 s");
    await expect(notice.getByRole("row", { name: /Vibration, left/ })).toContainText("11 s");
    await expect(notice.getByRole("row", { name: /Vibration, left/ })).toContainText("9 s");
  });

  await test.step("And the oncologist's amendment stands", async () => {
    const [exam] = await examsOf(seeded.nurse, seeded.patientId, seeded.cycleId);
    expect(exam.version).toBe(2);
    expect(exam.vibration.left).toBe(11);
  });
  await seeded.nurse.dispose();
});

test(
  "the cycle's first exam saved meanwhile from another screen refuses mine, shows it beside what I typed, and saves mine only when I choose",
  ON_POSTGRES_TOO,
  async ({ page }) => {
    const seeded = await seedPatientDueToday();

    await test.step("When I copy last cycle's exam and change a finding", async () => {
      await signInThroughApi(page, "nurse");
      await page.goto(`/cycles/${seeded.cycleId}`);
      await page.getByRole("button", { name: "Same as last cycle" }).click();
      await page.getByLabel("Left: seconds felt").fill("9");
    });

    await test.step("And meanwhile another screen saves the cycle's exam", async () => {
      await created(
        await seeded.nurse.post(`/api/patients/${seeded.patientId}/assessments`, {
          data: { ...BASELINE_EXAM, cycleId: seeded.cycleId, assessedOn: day(0), examsSeen: 0 },
        }),
      );
    });

    await test.step("Then my save is refused, that exam is shown beside mine, and my findings stay in the form", async () => {
      await page.getByRole("button", { name: /Accept suggested grades/ }).click();
      await page.getByRole("button", { name: "Save exam" }).click();
      const notice = page.getByRole("alert").filter({ hasText: "while this one was typed" });
      await expect(notice).toContainText(
        /Not saved: Nadia Brooks saved this cycle's exam at .+, while this one was typed/,
      );
      // The left vibration, and the sensory grade I accepted.
      await expect(notice).toContainText("2 of its findings differ from yours.");
      await expect(notice.getByRole("row", { name: /Vibration, left/ })).toContainText(/14 s\s*9 s \(differs\)/);
      await expect(page.getByLabel("Left: seconds felt")).toHaveValue("9");
      expect(await examsOf(seeded.nurse, seeded.patientId, seeded.cycleId)).toHaveLength(1);
    });

    await test.step("When I press Save again, it is refused again: only the notice's choice saves a second exam", async () => {
      await page.getByRole("button", { name: "Save exam" }).click();
      await expect(page.getByRole("alert").filter({ hasText: "while this one was typed" })).toBeVisible();
      expect(await examsOf(seeded.nurse, seeded.patientId, seeded.cycleId)).toHaveLength(1);
      await page.getByRole("button", { name: "Save mine as another exam of this cycle" }).click();
      await expect(page.getByRole("status").filter({ hasText: /Exam of .* saved/ })).toBeVisible();
      expect(await examsOf(seeded.nurse, seeded.patientId, seeded.cycleId)).toHaveLength(2);
    });
    await seeded.nurse.dispose();
  },
);

test("a bad value gets a message as I type and saves nothing", async ({ page }) => {
  const seeded = await seedPatientDueToday();

  await test.step("When I open her cycle, nothing on the screen moves while the exam form loads", async () => {
    await signInThroughApi(page, "nurse");
    await watchLayoutShifts(page);
    await page.goto(`/cycles/${seeded.cycleId}`);
    await expect(page.getByRole("button", { name: "Same as last cycle" })).toBeFocused();
    // A form that appears above the doses must not push them away.
    const moved = (await layoutShifts(page)).join(" | ");
    expect(await layoutShifted(page), `layout shift while the cycle page loads: ${moved}`).toBeLessThanOrEqual(
      LAYOUT_SHIFT_GOAL,
    );
  });

  await test.step("When I type more sites felt than tested", async () => {
    for (const key of ["Tab", "7", "Tab", "5"]) await page.keyboard.press(key);
  });

  await test.step("Then the field says why at once, and saving is refused", async () => {
    await expect(page.getByText("Sites felt cannot exceed sites tested.")).toBeVisible();
    await page.getByRole("button", { name: "Save exam" }).click();
    const summary = page.getByRole("region", { name: /before saving/ });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText("Sites felt cannot exceed sites tested.");
    await expect(page.getByRole("status").filter({ hasText: /Exam of .* saved/ })).toHaveCount(0);
    expect(await examsOf(seeded.nurse, seeded.patientId, seeded.cycleId)).toHaveLength(0);
  });

  await test.step("And the draft survives a reload", async () => {
    await page.reload();
    await expect(page.getByText(/unsaved draft .* was restored/)).toBeVisible();
    await expect(page.getByLabel("Left foot: felt")).toHaveValue("7");
  });

  await test.step("But on the same tablet the oncologist, signed in after me, finds the form blank", async () => {
    await page.context().clearCookies();
    await signInAs(page, "oncologist");
    await page.goto(`/cycles/${seeded.cycleId}`);
    await expect(page.getByRole("button", { name: "Same as last cycle" })).toBeFocused();
    await expect(page.getByLabel("Left foot: felt")).toHaveValue("");
    await expect(page.getByText(/unsaved draft/)).toHaveCount(0);
    // Gone from the browser too, not only unshown: what I typed stays mine.
    const drafts = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes("exam-draft")));
    expect(drafts).toEqual([]);
  });
  await seeded.nurse.dispose();
});

test("a stray key in the exam's date is caught: dated before the last cycle given, it is refused and nothing is saved", async ({
  page,
}) => {
  const seeded = await seedPatientDueToday();
  await signInThroughApi(page, "nurse");
  await page.goto(`/cycles/${seeded.cycleId}`);

  await test.step("When I copy last cycle's exam and a key slips into the date, a year back", async () => {
    await page.getByRole("button", { name: "Same as last cycle" }).click();
    await page.getByRole("button", { name: /Accept suggested grades/ }).click();
    await page.getByLabel("Exam date").fill(day(-365));
    await page.getByRole("button", { name: "Save exam" }).click();
  });

  await test.step("Then the date is refused, naming cycle 1 given before it, and no exam is saved", async () => {
    const why = `${formatDay(day(-365))} is not after cycle 1, given on ${formatDay(day(-14))}: an exam of cycle 2 is taken after the cycle before it. Check the date.`;
    await expect(page.getByText(why).first()).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: /Exam of .* saved/ })).toHaveCount(0);
    expect(await examsOf(seeded.nurse, seeded.patientId, seeded.cycleId)).toHaveLength(0);
  });

  await test.step("When I put today's date back, the exam is saved", async () => {
    await page.getByLabel("Exam date").fill(day(0));
    await page.getByRole("button", { name: "Save exam" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Exam of ${formatDay(day(0))} saved` })).toBeVisible();
  });
  await seeded.nurse.dispose();
});

test("an oncologist registers a patient and adds a course from a regimen template", async ({ page }) => {
  let patientPath = "";
  await test.step("When I register a patient, the body surface area shows as I type", async () => {
    await signInThroughApi(page, "oncologist");
    await page.goto("/worklist");
    await page.getByRole("link", { name: "Register a patient" }).click();
    await page.getByLabel("MRN", { exact: true }).fill(uniqueMrn("REG"));
    await page.getByLabel("Family name").fill("Lindqvist");
    await page.getByLabel("Given name").fill("Maja");
    await page.getByLabel("Birth date").fill("1960-02-03");
    await page.getByLabel("Sex").selectOption("female");
    await page.getByLabel("Height (cm)").fill("300");
    await expect(page.getByText("At most 250 cm.")).toBeVisible();
    await page.getByLabel("Height (cm)").fill("165");
    await page.getByLabel("Weight (kg)").fill("68");
    await expect(page.getByText("1.77 m²")).toBeVisible();
    await page.getByRole("button", { name: "Register patient" }).click();
    await page.waitForURL((url) => /^\/patients\/[0-9a-f-]{36}$/.test(url.pathname));
    patientPath = new URL(page.url()).pathname;
  });

  await test.step("And I add an R-CHOP course: vincristine 1.4 mg/m2 is held at its 2 mg cap", async () => {
    await page.goto(`${new URL(page.url()).pathname}/courses/new`);
    await page.getByLabel("Regimen template").selectOption({ label: "R-CHOP" });
    await expect(page.getByLabel("Dose (mg)")).toHaveValue("2");
    await page.getByRole("button", { name: "Create course" }).click();
    await expect(page.getByRole("status")).toContainText("Course R-CHOP created with 6 cycles.");
    await expect(page.getByRole("status")).toContainText("No plan agreed · Vincristine");
  });

  await test.step("Then cycle 1 opens on its exam form", async () => {
    await page.getByRole("link", { name: "Cycle 1", exact: true }).click();
    await expect(page.getByLabel("Left foot: felt")).toBeFocused();
  });

  await test.step("When I add a BEP course with the day's cisplatin typed as the cycle's, I am asked first", async () => {
    await page.goto(`${patientPath}/courses/new`);
    await page.getByLabel("Regimen template").selectOption({ label: "BEP (cisplatin days 1-5)" });
    await expect(page.getByLabel("Dose (mg/m2)")).toHaveValue("20");
    await page.getByLabel("Dose (mg/m2)").fill("100");
    await page.getByRole("button", { name: "Create course" }).click();
    const dialog = page.getByRole("dialog", { name: "Check these doses before the course is created" });
    await expect(dialog).toContainText(
      "100 mg/m2 × 5 administrations is 500 mg/m2 a cycle, above the cap of 100 mg/m2 per cycle",
    );
    await expect(dialog.getByRole("button", { name: "Go back" })).toBeFocused();
    await dialog.getByRole("button", { name: "Go back" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("status")).toHaveCount(0);
  });
});
