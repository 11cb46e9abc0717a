// Decisions reach the chair (issue 13): the oncologist decides on a grade alert, and the nurse at
// the chair sees the decision in words, starts from the dose it leaves, and gives a dose against
// it only with a reason, which the team sees as a decision-override alert. A typing slip is
// refused naming the typical range. Each test seeds its own patient through the API.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { worklistRow } from "./exam-keys";
import { apiAs, created, day, ON_POSTGRES_TOO, signInThroughApi } from "./fixtures";
import { BASELINE_EXAM, seedPatientDueToday } from "./infusion-patient";
import { formatDay } from "../lib/dates";

/**
 * The patient due today, with today's exam at `grade`: at 2, oxaliplatin's plan says reduce to
 * 75 mg/m2; at 3, stop.
 */
async function patientWithGradeToday(grade: 2 | 3 = 2) {
  const seeded = await seedPatientDueToday();
  await created(
    await seeded.nurse.post(`/api/patients/${seeded.patientId}/assessments`, {
      data: {
        ...BASELINE_EXAM,
        symptoms: { ...BASELINE_EXAM.symptoms, numbness: grade },
        adlImpact: grade === 3 ? "self-care" : "instrumental",
        sensoryGrade: grade,
        cycleId: seeded.cycleId,
        assessedOn: day(0),
      },
    }),
  );
  return seeded;
}

/** The patient at grade 2 today, her oxaliplatin held by the oncologist through the API. */
async function patientHeldToday() {
  const seeded = await patientWithGradeToday();
  const oncologist = await apiAs("oncologist");
  const { alerts } = await (await oncologist.get(`/api/patients/${seeded.patientId}/alerts?status=open`)).json();
  const grade = alerts.find((a: { kind: string }) => a.kind === "grade-reduce");
  await created(
    await oncologist.post(`/api/alerts/${grade.id}/acknowledge`, {
      data: { decision: "hold", reason: "Grade 2: wait until it settles" },
    }),
  );
  await oncologist.dispose();
  return seeded;
}

/** Opens the decision form of the patient's oxaliplatin grade alert, on her page. */
async function openGradeAlert(page: Page, patientId: string) {
  await page.goto(`/patients/${patientId}`);
  const alert = page.getByRole("article", { name: /Grade meets a reduce rule: Oxaliplatin/ });
  if (!(await alert.getByRole("radio", { name: /^Hold/ }).isVisible())) {
    await alert.getByText("Decide on this alert").click();
  }
  return alert;
}

test(
  "the oncologist holds oxaliplatin; at the chair the dose starts empty and is given only with a reason, which the team sees",
  ON_POSTGRES_TOO,
  async ({ page, browser }) => {
    // The longest story here: two signed-in screens and two axe scans, on a 2-core machine shared with the others.
    test.setTimeout(120_000);
    const seeded = await patientWithGradeToday();

    await test.step("When I, the oncologist, open the alerts, the page passes axe", async () => {
      await signInThroughApi(page, "oncologist");
      await page.goto("/alerts");
      await expect(page.getByRole("heading", { name: "Open alerts", level: 1 })).toBeVisible();
      await expectNoAxeViolations(page, "the alerts page");
    });

    await test.step("When I decide HOLD on her grade alert", async () => {
      const alert = await openGradeAlert(page, seeded.patientId);
      await alert.getByRole("radio", { name: /^Hold/ }).check();
      await expect(alert.getByLabel(/Reduce to/)).toHaveCount(0);
      await alert.getByLabel("Reason").fill("Grade 2 numbness, wait a cycle");
      await alert.getByRole("button", { name: "Record decision" }).click();
      // The form leaves with the alert it decided; the focus stays with what was recorded.
      const recorded = page.getByRole("status").filter({ hasText: "Recorded for" });
      // One decision covers the agent's open alerts: the grade's, the worsening's and "no plan".
      await expect(recorded).toHaveText(`Recorded for ${seeded.name}: hold oxaliplatin (3 alerts decided).`);
      await expect(recorded).toBeFocused();
      // The hold now in force, listed for review, is read where it stands: the message covers none of it.
      const hold = page.getByRole("region", { name: /On hold, no alert open/ }).getByRole("note");
      const covered = await hold.evaluate((note) => {
        // At the top of the screen, where a message held there would be drawn over it.
        note.scrollIntoView({ block: "start" });
        const box = note.getBoundingClientRect();
        return !note.contains(document.elementFromPoint(box.left + 4, box.top + 4));
      });
      expect(covered, "the HOLD notice is drawn under something else").toBe(false);
    });

    const nurseContext = await browser.newContext();
    const nursePage = await nurseContext.newPage();
    await test.step("When I, the nurse, look at today's worklist on a ward tablet, her row says HOLD", async () => {
      await signInThroughApi(nursePage, "nurse");
      await nursePage.setViewportSize({ width: 768, height: 1024 });
      await nursePage.goto("/worklist?all=1");
      const row = worklistRow(nursePage, seeded.mrn);
      await expect(row.getByText(/HOLD: decided by Omar Haddad/)).toBeVisible();
      await nursePage.setViewportSize({ width: 1280, height: 720 });
    });

    await test.step("When I, the nurse, open her cycle, I see HOLD in words with who decided, and the dose is empty", async () => {
      await signInThroughApi(nursePage, "nurse");
      await nursePage.goto(`/cycles/${seeded.cycleId}`);
      const oxaliplatin = nursePage.getByRole("region", { name: "Oxaliplatin" });
      await expect(oxaliplatin).toContainText("HOLD: decided by Omar Haddad");
      await expect(oxaliplatin).toContainText("Grade 2 numbness, wait a cycle");
      await expect(oxaliplatin.getByLabel("Oxaliplatin dose given")).toHaveValue("");
      await expectNoAxeViolations(nursePage, "the cycle page of a held agent");
    });

    await test.step("When I press Record on the empty field, I am told to enter a dose and the cursor is in it", async () => {
      const oxaliplatin = nursePage.getByRole("region", { name: "Oxaliplatin" });
      await oxaliplatin.getByRole("button", { name: "Record oxaliplatin dose" }).click();
      await expect(oxaliplatin.getByText("Enter a dose.")).toBeVisible();
      await expect(oxaliplatin.getByLabel("Oxaliplatin dose given")).toBeFocused();
    });

    await test.step("When I record a dose anyway, it needs the override and its reason", async () => {
      const oxaliplatin = nursePage.getByRole("region", { name: "Oxaliplatin" });
      await oxaliplatin.getByLabel("Oxaliplatin dose given").fill("85");
      await oxaliplatin.getByRole("button", { name: "Record oxaliplatin dose" }).click();
      await expect(oxaliplatin.getByText("Tick this box to record the dose anyway.")).toBeVisible();
      await oxaliplatin.getByLabel(/although it is on HOLD/).check();
      await oxaliplatin.getByRole("button", { name: "Record oxaliplatin dose" }).click();
      await expect(oxaliplatin.getByText("Give a reason.")).toBeVisible();
      const doses = await (await seeded.nurse.get(`/api/patients/${seeded.patientId}/doses`)).json();
      expect(doses.doses.filter((d: { cycleId: string }) => d.cycleId === seeded.cycleId)).toHaveLength(0);

      await oxaliplatin.getByLabel(/Why it is given anyway/).fill("Dr Haddad agreed by phone: symptoms resolved");
      await oxaliplatin.getByRole("button", { name: "Record oxaliplatin dose" }).click();
      await nursePage.getByRole("button", { name: "Record the dose anyway" }).click();
      await expect(oxaliplatin.getByRole("status")).toContainText("Recorded oxaliplatin 85 mg/m2");
    });

    await test.step("Then her alerts show the decision-override with my reason", async () => {
      await nursePage.goto(`/patients/${seeded.patientId}`);
      const override = nursePage.getByRole("article", { name: /Dose given against a decision: Oxaliplatin/ });
      await expect(override).toContainText('Omar Haddad decided "hold"');
      await expect(override).toContainText("Given because: Dr Haddad agreed by phone: symptoms resolved");
    });

    await test.step("When I, the oncologist, open the decision on that override, it says first that oxaliplatin is held and what Proceed would do", async () => {
      await page.goto(`/patients/${seeded.patientId}`);
      const override = page.getByRole("article", { name: /Dose given against a decision: Oxaliplatin/ });
      if (!(await override.getByRole("radio", { name: /^Proceed/ }).isVisible())) {
        await override.getByText("Decide on this alert").click();
      }
      const notice = override.getByRole("note");
      await expect(notice).toContainText("Oxaliplatin: HOLD: decided by Omar Haddad");
      await expect(notice).toContainText("Proceed lifts this hold");
      await expect(override.getByRole("radio", { name: /^Proceed/ })).toHaveAccessibleName(/Lifts the hold/);
      await expect(override.getByRole("radio", { name: /^Hold/ })).toHaveAccessibleName(/Keeps the hold/);
    });

    await test.step("When I decide Proceed there, the decision says it lifted the hold", async () => {
      const override = page.getByRole("article", { name: /Dose given against a decision: Oxaliplatin/ });
      await override.getByRole("radio", { name: /^Proceed/ }).check();
      await override.getByLabel("Reason").fill("Symptoms settled on review");
      await override.getByRole("button", { name: "Record decision" }).click();
      // Beside each alert that one decision settled: the override and the other oxaliplatin alert open.
      await expect(page.getByText("Hold lifted: the cycles to come give 85 mg/m²")).toHaveCount(2);
    });
    await nurseContext.close();
    await seeded.nurse.dispose();
  },
);

test("the oncologist reduces oxaliplatin to a dose of her own; at the chair the field starts there and says why; a typing slip is refused", async ({
  page,
  browser,
}) => {
  const seeded = await patientWithGradeToday();

  await test.step("When I, the oncologist, choose Reduce, the dose field holds what the plan says", async () => {
    await signInThroughApi(page, "oncologist");
    const alert = await openGradeAlert(page, seeded.patientId);
    await alert.getByRole("radio", { name: /^Reduce/ }).check();
    const toDose = alert.getByLabel("Reduce to (mg/m2 per administration)");
    await expect(toDose).toHaveValue("75");
    await expect(alert.getByText(/Default rule says 75 mg\/m² instead of 85 mg\/m²/)).toBeVisible();
  });

  await test.step("When I type the current dose as the reduced one, the form says so at once and keeps the alert open", async () => {
    const alert = page.getByRole("article", { name: /Grade meets a reduce rule: Oxaliplatin/ });
    const toDose = alert.getByLabel("Reduce to (mg/m2 per administration)");
    await toDose.fill("85");
    await alert.getByLabel("Reason").fill("Grade 2, and she is frail");
    await alert.getByRole("button", { name: "Record decision" }).click();
    await expect(
      alert.getByText("A reduction must be below the current dose of 85 mg/m2; to keep it, proceed."),
    ).toBeVisible();
    await expect(toDose).toBeFocused();
    await expect(page.getByRole("status").filter({ hasText: "Recorded for" })).toHaveCount(0);
  });

  await test.step("When I reduce to 70 mg/m2 instead", async () => {
    const alert = page.getByRole("article", { name: /Grade meets a reduce rule: Oxaliplatin/ });
    await alert.getByLabel("Reduce to (mg/m2 per administration)").fill("70");
    await alert.getByLabel("Reason").fill("Grade 2, and she is frail");
    await alert.getByRole("button", { name: "Record decision" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Recorded for" })).toHaveText(
      `Recorded for ${seeded.name}: reduce oxaliplatin to 70 mg/m2 (3 alerts decided).`,
    );
  });

  const nurseContext = await browser.newContext();
  const nursePage = await nurseContext.newPage();
  await test.step("When I, the nurse, open her cycle, the dose starts at 70 and says why", async () => {
    await signInThroughApi(nursePage, "nurse");
    await nursePage.goto(`/cycles/${seeded.cycleId}`);
    const oxaliplatin = nursePage.getByRole("region", { name: "Oxaliplatin" });
    await expect(oxaliplatin.getByLabel("Oxaliplatin dose given")).toHaveValue("70");
    await expect(oxaliplatin).toContainText("reduced from 85 to 70 mg/m2");
    await expect(oxaliplatin).toContainText("Grade 2, and she is frail");
  });

  await test.step("When I type 100000 by slip, it is refused naming the typical range", async () => {
    const oxaliplatin = nursePage.getByRole("region", { name: "Oxaliplatin" });
    await oxaliplatin.getByLabel("Oxaliplatin dose given").fill("100000");
    await expect(oxaliplatin.getByText(/is not a plausible oxaliplatin dose: the typical range is/)).toBeVisible();
    // Record says why nothing is recorded, and leaves the cursor where the slip is.
    await oxaliplatin.getByRole("button", { name: "Record oxaliplatin dose" }).click();
    await expect(oxaliplatin.getByText(/is not a plausible oxaliplatin dose: the typical range is/)).toBeVisible();
    await expect(oxaliplatin.getByLabel("Oxaliplatin dose given")).toBeFocused();
    await expect(nursePage.getByRole("dialog")).toHaveCount(0);
    const doses = await (await seeded.nurse.get(`/api/patients/${seeded.patientId}/doses`)).json();
    expect(doses.doses.filter((d: { cycleId: string }) => d.cycleId === seeded.cycleId)).toHaveLength(0);
  });

  await test.step("When I give the reduced dose, nothing is raised against the decision", async () => {
    const oxaliplatin = nursePage.getByRole("region", { name: "Oxaliplatin" });
    await oxaliplatin.getByLabel("Oxaliplatin dose given").fill("70");
    await expect(oxaliplatin.getByRole("group", { name: "Give a dose against the decision" })).toHaveCount(0);
  });
  await nurseContext.close();
  await seeded.nurse.dispose();
});

test("before the oncologist decides on a stop rule, a dose at the chair needs a reason, and the oncologist sees it beside the decision", async ({
  page,
  browser,
}) => {
  const seeded = await patientWithGradeToday(3);

  await test.step("When I, the nurse, open her cycle, the dose is empty while the stop rule awaits the oncologist", async () => {
    await signInThroughApi(page, "nurse");
    await page.goto(`/cycles/${seeded.cycleId}`);
    const oxaliplatin = page.getByRole("region", { name: "Oxaliplatin" });
    await expect(oxaliplatin.getByLabel("Oxaliplatin dose given")).toHaveValue("");
    await expect(oxaliplatin).toContainText(
      "Left empty: the default rule says stop oxaliplatin, awaiting the oncologist",
    );
  });

  await test.step("When I type the dose anyway, it is recorded only with the override and a reason", async () => {
    const oxaliplatin = page.getByRole("region", { name: "Oxaliplatin" });
    await oxaliplatin.getByLabel("Oxaliplatin dose given").fill("85");
    await oxaliplatin.getByRole("button", { name: "Record oxaliplatin dose" }).click();
    const override = oxaliplatin.getByRole("group", { name: "Give a dose before the oncologist decides" });
    await expect(override.getByText("Tick this box to record the dose anyway.")).toBeVisible();
    await override.getByLabel(/although it is awaiting the oncologist: the default rule says stop oxaliplatin/).check();
    await override
      .getByLabel(/Why it is given anyway \(saved with the dose; shown to the oncologist/)
      .fill("Patient insisted; registrar aware");
    await oxaliplatin.getByRole("button", { name: "Record oxaliplatin dose" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText("Awaiting the oncologist: default rule says stop oxaliplatin.");
    await dialog.getByRole("button", { name: "Record the dose anyway" }).click();
    await expect(oxaliplatin.getByRole("status")).toContainText("Recorded oxaliplatin 85 mg/m2");
  });

  const oncologistContext = await browser.newContext();
  const oncologistPage = await oncologistContext.newPage();
  await test.step("When I, the oncologist, open the stop rule's alert, the dose given and its reason are above my decision", async () => {
    await signInThroughApi(oncologistPage, "oncologist");
    await oncologistPage.goto(`/patients/${seeded.patientId}`);
    const alert = oncologistPage.getByRole("article", { name: /Grade meets a stop rule: Oxaliplatin/ });
    if (!(await alert.getByRole("radio", { name: /^Stop/ }).isVisible())) {
      await alert.getByText("Decide on this alert").click();
    }
    const given = alert.getByRole("note").filter({ hasText: "given since this was raised" });
    await expect(given).toContainText("Oxaliplatin given since this was raised, before a decision:");
    await expect(given).toContainText("85 mg/m² x 1");
    await expect(given).toContainText("given because “Patient insisted; registrar aware”");
  });
  await oncologistContext.close();
  await seeded.nurse.dispose();
});

test("once the numbness settles, the oncologist lifts a hold with no alert open, and the chair's dose comes back", async ({
  page,
}) => {
  const seeded = await patientHeldToday();
  // Seen again later that day: grade 1 now, and no alert asks for a decision.
  await created(
    await seeded.nurse.post(`/api/patients/${seeded.patientId}/assessments`, {
      data: { ...BASELINE_EXAM, sensoryGrade: 1, cycleId: seeded.cycleId, assessedOn: day(0) },
    }),
  );

  await test.step("When I, the oncologist, open the alerts page, her settled hold is listed though no alert is open", async () => {
    await signInThroughApi(page, "oncologist");
    await page.goto("/alerts");
    const holds = page.getByRole("region", { name: /Holds to review: the neuropathy has settled/ });
    const item = holds.getByRole("listitem").filter({ hasText: seeded.name });
    await expect(item).toContainText(/oxaliplatin held; grade 1 on .*, from grade 2 on .* when held\./);
    await expectNoAxeViolations(page, "the alerts page with a settled hold");
    await item.getByRole("link", { name: seeded.name }).click();
    await expect(page).toHaveURL(new RegExp(`/patients/${seeded.patientId}#holds-to-review$`));
    // The focus comes along, so the next Tab reaches the hold's review, not the page's header.
    await expect(page.getByRole("heading", { name: /On hold, no alert open/ })).toBeFocused();
  });

  await test.step("Then on her page the hold is listed for review", async () => {
    const holds = page.getByRole("region", { name: /On hold, no alert open \(1\)/ });
    await expect(holds.getByRole("note")).toContainText("Oxaliplatin: HOLD: decided by Omar Haddad");
  });

  await test.step("And it says the neuropathy has settled since, with the form to review the hold already open", async () => {
    const holds = page.getByRole("region", { name: /On hold, no alert open \(1\)/ });
    // The hold and the re-exam fall on one day: each grade says when it was saved.
    const at = `${formatDay(day(0))}, \\d\\d:\\d\\d \\w+`;
    await expect(holds.getByText(/^↓ Settled since the hold/)).toHaveText(
      new RegExp(
        `^↓ Settled since the hold: grade 1 on ${at}, from grade 2 on ${at} when held\\. ` +
          "A hold is lifted at grade 1 or less, for some agents at a lower dose: check the plan, and review the hold\\.$",
      ),
    );
    await expect(holds.getByRole("radio", { name: /^Proceed/ })).toBeVisible();
    await holds.getByRole("radio", { name: /^Proceed/ }).check();
    await expect(holds.getByRole("radio", { name: /^Proceed/ })).toHaveAccessibleName(/Lifts the hold/);
    await holds.getByLabel("Reason").fill("Grade 1 at review: resume");
    await holds.getByRole("button", { name: "Record decision" }).click();
    const recorded = page.getByRole("status").filter({ hasText: "Recorded for" });
    await expect(recorded).toHaveText(`Recorded for ${seeded.name}: proceed with oxaliplatin.`);
    await expect(recorded).toBeFocused();
    await expect(page.getByRole("region", { name: /On hold, no alert open/ })).toHaveCount(0);
  });

  await test.step("Then at the chair the dose starts at the course's dose, saying who lifted the hold", async () => {
    await page.goto(`/cycles/${seeded.cycleId}`);
    const oxaliplatin = page.getByRole("region", { name: "Oxaliplatin" });
    await expect(oxaliplatin).toContainText("PROCEED: decided by Omar Haddad");
    await expect(oxaliplatin.getByLabel("Oxaliplatin dose given")).toHaveValue("85");
  });
  await seeded.nurse.dispose();
});

test("with the only agent held, a saved exam takes the cursor to the doses' heading, not the held agent's empty field", async ({
  page,
}) => {
  const seeded = await patientHeldToday();

  await test.step("When I, the nurse, record another exam of her cycle, copied from this morning's", async () => {
    await signInThroughApi(page, "nurse");
    await page.goto(`/cycles/${seeded.cycleId}`);
    await page.getByRole("button", { name: "Record another exam for this cycle" }).click();
    const form = page.getByRole("form", { name: "Bedside exam" });
    await form.getByRole("button", { name: /Same as last cycle/ }).click();
    await form.getByRole("button", { name: /Accept suggested grades/ }).click();
    await form.getByRole("button", { name: "Save exam" }).click();
    await expect(page.getByRole("status").filter({ hasText: /Exam of .* saved/ })).toBeVisible();
  });

  await test.step("Then the cursor is on the doses' heading, with HOLD below it, not in the empty dose field", async () => {
    await expect(page.getByRole("heading", { name: "Doses" })).toBeFocused();
    await expect(page.getByRole("region", { name: "Oxaliplatin" })).toContainText("HOLD: decided by Omar Haddad");
  });
  await seeded.nurse.dispose();
});
