// A nurse's morning on a full unit (issue 13, item 9): fourteen patients due today, each with a
// chair and a time; the list puts the most urgent first, then by time; the views (not yet
// assessed, has alerts, held) and the search narrow it; a chair and time are set from the row by
// keyboard; at least 12 rows fit a 1366x768 screen, and a 1024x768 or 768x1024 tablet gets one
// unwrapped menu and targets of at least 44 px. axe checks the list and its views.
import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type APIResponse, type Page } from "@playwright/test";
import { addDays, formatISO } from "date-fns";
import { normalExam } from "../lib/testing/exam-body";
import { axeViolations, expectNoAxeViolations } from "./axe";
import { apiAs, signInThroughApi, uniqueMrn } from "./fixtures";
import { seedPatientDueToday } from "./infusion-patient";

const SCREENSHOTS = "e2e/screenshots";
const today = formatISO(addDays(new Date(), 0), { representation: "date" });

// A European unit: its clock and its time fields run 00:00 to 23:59.
test.use({ locale: "en-GB" });

const EXAM = normalExam();
/** Numbness that limits shopping and cooking: grade 2, which meets the default reduce rule (a warning). */
const GRADE_2 = {
  ...EXAM,
  symptoms: { ...EXAM.symptoms, numbness: 2, tingling: 2 },
  adlImpact: "instrumental",
  sensoryGrade: 2,
};
/** Numbness that limits self-care: grade 3, which meets the default hold rule (critical). */
const GRADE_3 = { ...GRADE_2, symptoms: { ...GRADE_2.symptoms, numbness: 3 }, adlImpact: "self-care", sensoryGrade: 3 };

async function ok(res: Promise<APIResponse>, status = 201): Promise<any> {
  const answer = await res;
  expect(answer.status(), `${answer.url()}: ${await answer.text()}`).toBe(status);
  return answer.json();
}

interface Seat {
  family: string;
  time: string | null;
  exam?: object;
  held?: boolean;
}

/** The unit's morning: times from 08:00, two without a time yet; one critical, one warning, two examined, one held. */
const UNIT: Seat[] = [
  { family: "Aalto", time: "08:00" },
  { family: "Bianchi", time: "08:15", exam: EXAM },
  { family: "Costa", time: "08:30" },
  { family: "Dahl", time: "08:45", exam: GRADE_2 },
  { family: "Evans", time: "09:00" },
  { family: "Ferreira", time: "09:15", held: true },
  { family: "Gruber", time: "09:30" },
  { family: "Horvat", time: "09:45" },
  { family: "Ito", time: "10:00" },
  { family: "Jensen", time: "10:15" },
  { family: "Kowalski", time: "11:30", exam: GRADE_3 },
  { family: "Larsen", time: "10:45", exam: EXAM },
  { family: "Moreno", time: null },
  { family: "Novak", time: null },
];

/** Fourteen patients due today under one MRN prefix, so the search finds this spec's unit alone. */
async function seedUnit(prefix: string): Promise<void> {
  const nurse: APIRequestContext = await apiAs("nurse");
  const oncologist: APIRequestContext = await apiAs("oncologist");
  try {
    for (const [i, seat] of UNIT.entries()) {
      const { patient } = await ok(
        nurse.post("/api/patients", {
          data: {
            mrn: `${prefix}-${String(i + 1).padStart(2, "0")}`,
            familyName: seat.family,
            givenName: "Sam",
            birthDate: "1959-06-0" + ((i % 9) + 1),
            sex: i % 2 ? "male" : "female",
            heightCm: 170,
            weightKg: 70,
          },
        }),
      );
      const { course } = await ok(
        oncologist.post(`/api/patients/${patient.id}/courses`, {
          data: {
            name: "FOLFOX",
            startDate: today,
            cycleLengthDays: 14,
            cycles: 6,
            agents: [{ agent: "oxaliplatin", dose: 85, unit: "mg/m2" }],
          },
        }),
      );
      const cycle = course.cycles[0];
      await ok(
        nurse.patch(`/api/cycles/${cycle.id}`, {
          data: {
            version: cycle.version,
            chair: String(i + 1),
            appointmentTime: seat.time,
            ...(seat.held ? { status: "held" } : {}),
          },
        }),
        200,
      );
      if (seat.exam)
        await ok(
          nurse.post(`/api/patients/${patient.id}/assessments`, {
            data: { ...seat.exam, cycleId: cycle.id, assessedOn: today },
          }),
        );
    }
  } finally {
    await nurse.dispose();
    await oncologist.dispose();
  }
}

// The cycles table alone: the day's follow-ups (other specs' patients among them) have a table too.
const rows = (page: Page) =>
  page
    .getByRole("table", { name: /^Cycles due/ })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader") });
const familyNames = async (page: Page) =>
  (await rows(page).getByRole("rowheader").getByRole("link").allInnerTexts()).map((t) => t.split(",")[0]!.trim());

/** Rows whose whole box is inside the viewport. */
async function rowsFullyVisible(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      [...document.querySelectorAll("table")]
        .filter((t) => t.caption?.textContent?.startsWith("Cycles due"))
        .flatMap((t) => [...t.querySelectorAll("tbody tr")])
        .filter((r) => {
          const box = r.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        }).length,
  );
}

/** Every visible link, button and field of the menu, the list's controls and its rows smaller than 44 x 44 px. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("a[href], button, input:not([type=hidden]), select, summary")]
      .filter((el) => el.closest("header, nav, form, table"))
      .filter((el) => {
        const box = el.getBoundingClientRect();
        const skipLink = el.getAttribute("href") === "#main";
        return !skipLink && box.width > 0 && box.height > 0 && (box.width < 44 || box.height < 44);
      })
      .map((el) => {
        const box = el.getBoundingClientRect();
        return `${el.tagName.toLowerCase()} "${(el.innerText || el.getAttribute("aria-label") || el.getAttribute("name") || "").trim()}" ${Math.round(box.width)}x${Math.round(box.height)}`;
      }),
  );
}

/** The main menu's links all sit on one line. */
async function menuLines(page: Page): Promise<number> {
  const tops = await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link")
    .evaluateAll((links) => links.map((l) => Math.round(l.getBoundingClientRect().top)));
  return new Set(tops).size;
}

test("a nurse's morning on a full unit: the most urgent first, views, search, chair and time, on a desk screen and on tablets", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const prefix = uniqueMrn("WL");
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await seedUnit(prefix);
  await page.setViewportSize({ width: 1366, height: 768 });

  await test.step("Given I am the nurse, signed in at the unit's desk screen (1366x768)", async () => {
    await signInThroughApi(page, "nurse");
    await page.goto("/worklist");
  });

  await test.step("When I find my unit on today's worklist by its MRN prefix", async () => {
    await page.getByRole("searchbox", { name: "Find on this list" }).fill(prefix);
    await page.getByRole("button", { name: "Find" }).click();
    await expect(page).toHaveURL(new RegExp(`q=${prefix}`));
  });

  await test.step("Then the reloaded page keeps my focus on the search, a few Tabs above the rows, and says how many it found", async () => {
    const search = page.getByRole("searchbox", { name: "Find on this list" });
    await expect(search).toBeFocused();
    await expect(search).toHaveAccessibleDescription("14 found");
  });

  await test.step("Then the critical patient comes first though due last, then the warning, then the held patient, then the rest by time", async () => {
    await expect
      .poll(() => familyNames(page))
      .toEqual([
        "Kowalski", // critical (grade 3), 11:30
        "Dahl", // warning (grade 2), 08:45
        "Ferreira", // held: first of the rest, though due at 09:15
        "Aalto",
        "Costa",
        "Evans",
        "Gruber",
        "Horvat",
        "Ito",
        "Jensen",
        "Moreno", // no time yet: after those with one
        "Novak",
        "Bianchi", // examined, nothing open
        "Larsen",
      ]);
    // And the held view stands out, marked as a hold is, wherever her row falls.
    await expect(
      page.getByRole("navigation", { name: "Views of the worklist" }).getByRole("link", { name: /^Held \(1\)$/ }),
    ).toHaveClass(/border-red-700/);
    const first = rows(page).first();
    await expect(first).toContainText("11:30");
    await expect(first).toContainText("Chair 11");
    await expect(first).toContainText("Grade meets a stop rule · Oxaliplatin");
    // Each row's second line is cut short with an ellipsis, the cycle's status with it: its title
    // is the whole line, in the words it shows (Ferreira's "held" among them).
    const lines = await rows(page)
      .getByRole("rowheader")
      .locator("[id$='-detail']")
      .evaluateAll((spans) => spans.map((s) => ({ text: s.textContent, title: s.getAttribute("title") })));
    expect(lines).toHaveLength(14);
    for (const { text, title } of lines) expect(title).toBe(text);
    expect(lines.map((l) => l.title)).toContain(`MRN ${prefix}-06 · C1 held · FOLFOX`);
  });

  await test.step("And at least 12 rows fit on the screen", async () => {
    const visible = await rowsFullyVisible(page);
    test.info().annotations.push({ type: "rows visible at 1366x768", description: String(visible) });
    expect(visible).toBeGreaterThanOrEqual(12);
    await page.screenshot({ path: `${SCREENSHOTS}/worklist-1366x768.png` });
  });

  await test.step("When I choose the view Not yet assessed, then Has alerts, then Held", async () => {
    const views = page.getByRole("navigation", { name: "Views of the worklist" });
    await views.getByRole("link", { name: /Not yet assessed \(10\)/ }).click();
    await expect(page).toHaveURL(/filter=not-assessed/);
    await expect(views.getByRole("link", { name: /Not yet assessed/ })).toHaveAttribute("aria-current", "page");
    await expect
      .poll(() => familyNames(page))
      .toEqual(["Ferreira", "Aalto", "Costa", "Evans", "Gruber", "Horvat", "Ito", "Jensen", "Moreno", "Novak"]);
    await views.getByRole("link", { name: /Has alerts \(2\)/ }).click();
    await expect.poll(() => familyNames(page)).toEqual(["Kowalski", "Dahl"]);
    await views.getByRole("link", { name: /Held \(1\)/ }).click();
    await expect.poll(() => familyNames(page)).toEqual(["Ferreira"]);
    await expect(rows(page).first()).toContainText("held");
  });

  await test.step("When I search one patient by name within All", async () => {
    await page.getByRole("navigation", { name: "Views of the worklist" }).getByRole("link", { name: /^All/ }).click();
    await page.getByRole("searchbox", { name: "Find on this list" }).fill(`${prefix}-13`);
    await page.getByRole("searchbox", { name: "Find on this list" }).press("Enter");
    await expect.poll(() => familyNames(page)).toEqual(["Moreno"]);
    await expect(page.getByRole("searchbox", { name: "Find on this list" })).toBeFocused();
    await expect(page.getByRole("searchbox", { name: "Find on this list" })).toHaveAccessibleDescription("1 found");
  });

  await test.step("And I give Moreno chair 14 at 07:45 by keyboard alone", async () => {
    await page.getByRole("searchbox", { name: "Find on this list" }).focus();
    // From the search, Tab reaches the row: its time-and-chair button first.
    const scheduleButton = page.getByRole("button", { name: /set chair and time for Moreno, Sam/ });
    for (let i = 0; i < 6 && !(await scheduleButton.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press("Tab");
    await expect(scheduleButton).toBeFocused();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Chair and time for Moreno, Sam" });
    await expect(dialog.getByLabel("Chair")).toBeFocused();
    await page.keyboard.press("ControlOrMeta+a");
    // Typed as the chair's sign reads; the row says "Chair" itself.
    await page.keyboard.type("Chair 14");
    await page.keyboard.press("Tab");
    const time = dialog.getByLabel("Appointment time");
    await expect(time).toBeFocused();
    await page.keyboard.type("0745");
    // A browser that writes times on a 12-hour clock asks for the AM/PM part as well: saved
    // without it, the time is refused in words rather than lost.
    if ((await time.inputValue()) === "") {
      await page.keyboard.press("Enter");
      await expect(
        dialog.getByText("Finish the time, AM or PM included where it is asked, or clear it."),
      ).toBeVisible();
      await time.focus();
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("ArrowRight");
      await page.keyboard.type("A");
    }
    await expect(time).toHaveValue("07:45");
    expect(await axeViolations(page, { include: "dialog" }), "the chair and time dialog").toEqual([]);
    await page.keyboard.press("Enter");
    await expect(dialog).toBeHidden();
    await expect(rows(page).first()).toContainText("07:45");
    await expect(rows(page).first()).toContainText("Chair 14");
    await expect(rows(page).first()).not.toContainText("Chair Chair");
  });

  await test.step("Then, back on the whole unit, Moreno moves up among those not yet assessed", async () => {
    await page.getByRole("link", { name: "Clear" }).click();
    await page.getByRole("searchbox", { name: "Find on this list" }).fill(prefix);
    await page.getByRole("searchbox", { name: "Find on this list" }).press("Enter");
    // After the held Ferreira, who stays first among them.
    expect((await familyNames(page)).slice(0, 5)).toEqual(["Kowalski", "Dahl", "Ferreira", "Moreno", "Aalto"]);
  });

  for (const [width, height] of [
    [1024, 768],
    [768, 1024],
  ] as const) {
    await test.step(`When I open the same list on a ${width}x${height} tablet`, async () => {
      await page.setViewportSize({ width, height });
      await page.reload();
    });
    await test.step(`Then the menu is one line, nothing scrolls sideways, and every target is 44 px or more`, async () => {
      expect(await menuLines(page)).toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(await smallTargets(page)).toEqual([]);
      await expect(
        rows(page)
          .first()
          .getByRole("link", { name: /Open cycle|Record exam/ }),
      ).toBeVisible();
      await page.screenshot({ path: `${SCREENSHOTS}/worklist-${width}x${height}.png` });
    });
  }
});

// On a unit full of rows, states and badges: the nurse's list and views, and the pharmacist's list,
// whose rows have other actions (the oncologist's are the nurse's). e2e/accessibility.spec.ts
// checks every role's worklist on a quieter day.
test("on a full unit, axe finds no WCAG 2.2 A/AA violation on the worklist, its views or the pharmacist's list", async ({
  page,
}) => {
  const expectNoViolations = async (view: string) => {
    await page.goto(`/worklist${view}`);
    await expectNoAxeViolations(page, `the worklist${view}`);
  };
  await test.step("Given I am signed in as the nurse, then axe finds nothing on today's worklist or its views", async () => {
    await signInThroughApi(page, "nurse");
    for (const view of ["", "?filter=not-assessed", "?filter=held&q=nobody-by-this-name"])
      await expectNoViolations(view);
  });
  await test.step("And its two searches, the list's and the menu's patients', are landmarks told apart by name", async () => {
    // axe's landmark-unique is a best practice, outside the WCAG tags every spec runs (e2e/axe.ts).
    await page.goto("/worklist");
    const { violations } = await new AxeBuilder({ page }).withRules(["landmark-unique"]).analyze();
    expect(violations.flatMap((v) => v.nodes.map((n) => `${v.id} at ${n.target.join(" ")}`))).toEqual([]);
    await expect(page.getByRole("search", { name: "This day's worklist" })).toHaveCount(1);
    await expect(page.getByRole("search", { name: "All patients" })).toHaveCount(1);
  });
  await test.step("Given I am signed in as the pharmacist, then axe finds nothing on today's worklist", async () => {
    await page.context().clearCookies();
    await signInThroughApi(page, "pharmacist");
    await expectNoViolations("");
  });
});

// Below 1280 px the column of dose bars is left out (components/worklist/columns.ts): once the
// limit's alerts are decided, nothing else on a tablet's row would say how near the limit she is.
test("on a tablet, a patient near her cumulative limit says so in words on her row, where the dose bars are left out", async ({
  page,
}) => {
  let mrn = "";
  await test.step("Given a patient due today at 690 of oxaliplatin's 850 mg/m2, past the warning level", async () => {
    // The infusion day's patient (605 mg/m2 so far), given a second dose in her last cycle.
    const seeded = await seedPatientDueToday();
    mrn = seeded.mrn;
    await ok(
      seeded.nurse.post(`/api/cycles/${seeded.lastCycleId}/doses`, {
        data: { agent: "oxaliplatin", dose: 85, unit: "mg/m2" },
      }),
    );
    await seeded.nurse.dispose();
  });

  const standing = "Oxaliplatin 690 / 850 mg/m2: near the limit";
  await test.step("When I, the nurse, find her on today's worklist on a 1024x768 tablet, her row says it", async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await signInThroughApi(page, "nurse");
    await page.goto(`/worklist?q=${mrn}`);
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).getByText(standing)).toBeVisible();
  });

  await test.step("And on a 1366 px screen the dose bar says it instead, and the words are not there twice", async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await expect(rows(page).getByRole("meter", { name: "Oxaliplatin cumulative dose" })).toBeVisible();
    await expect(rows(page).getByText(standing)).toBeHidden();
  });
});
