// The patient's own report before the exam (issue 19), on the waiting-room tablet, with the
// questions checked on a phone too: the nurse shows a one-time code from the worklist row, the
// patient answers by touch, the nurse sees each answer beside its field and takes them over with
// one key. The test seeds its own patient.
import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./axe";
import { created, signInThroughApi } from "./fixtures";
import { seedPatientDueToday } from "./infusion-patient";
import { CODE_EXPIRED } from "../lib/self-report-refusals";

/** Every answer of the questionnaire, in its order: what this patient taps. */
const TAPS = [
  "Moderate", // numbness, feet
  "Mild", // numbness, hands
  "Severe", // tingling, feet
  "Mild", // tingling, hands
  "7", // pain
  "Yes", // cold
  "Yes", // balance
  "No", // fine motor
  "Once", // falls
  "Yes: cooking, shopping or housework is harder",
];

const TABLET = { width: 820, height: 1180 };
const PAIN_QUESTION = TAPS.indexOf("7");

/** Held sideways (1024x768), the tablet shows the pain scale whole, to its "10 worst pain". */
async function expectPainScaleFits(tablet: Page) {
  await tablet.setViewportSize({ width: 1024, height: 768 });
  const worst = await tablet.getByRole("button", { name: "10 worst pain" }).boundingBox();
  expect(worst!.y + worst!.height, "the pain scale's last answer within the first screen").toBeLessThanOrEqual(768);
  await tablet.setViewportSize(TABLET);
}
const PHONE = { width: 390, height: 844 };

/** The first question fits the screen: no sideways scrolling, answers big enough to tap, text big enough to read. */
async function expectFirstQuestionFits(page: Page, name: string): Promise<void> {
  const first = page.getByRole("button", { name: "Moderate" });
  await expect(first).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${name}: no sideways scrolling`).toBeLessThanOrEqual(0);
  expect((await first.boundingBox())!.height, `${name}: an answer is a target of 44 px or more`).toBeGreaterThanOrEqual(
    44,
  );
  const bodySize = await page.locator("main").evaluate((m) => parseFloat(getComputedStyle(m).fontSize));
  expect(bodySize, `${name}: text of 18 px or more`).toBeGreaterThanOrEqual(18);
}

// The story runs on the waiting-room tablet. A phone and a 320 px screen open the same code first
// (opening a code does not use it up) to check that the questions fit them: the rest of the story,
// the nurse's half above all, is the same on any device.
test("a patient reports on the waiting-room tablet before the exam; the nurse takes the answers in one key", async ({
  page,
  browser,
}) => {
  // One story for both halves of the morning, the patient's and the nurse's: on a busy machine
  // it runs past the default minute.
  test.setTimeout(120_000);
  const seeded = await seedPatientDueToday();
  let code = "";

  await test.step("Given I am a nurse at check-in, when I show a code from her worklist row", async () => {
    await signInThroughApi(page, "nurse");
    await page.goto("/worklist");
    const row = page.getByRole("row").filter({ hasText: seeded.mrn });
    await row.getByRole("link", { name: `Self-report code for ${seeded.name}` }).click();
    await page.getByRole("button", { name: "Show a new code" }).click();
    const dialog = page.getByRole("dialog", { name: /Ada, please answer a few questions/ });
    await expect(dialog.getByRole("img", { name: /QR code for .*\/report\// })).toBeVisible();
    code = ((await dialog.getByTestId("self-report-code").textContent()) ?? "").replace(/\s/g, "");
    expect(code).toMatch(/^[34679ACEFGHJKMNPRTWXY]{8}$/);
    await expect(
      dialog.getByText(/^Works once\. Open it by \d{2}:\d{2} \S+; then there are 30 minutes to answer\.$/),
    ).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Done" })).toBeFocused();
    // Modal: Tab never reaches the clinical page behind the code's screen; it comes back to Done.
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press("Tab");
      const behind = await page.evaluate(() => {
        const focused = document.activeElement;
        return focused !== null && focused !== document.body && focused.closest("dialog") === null;
      });
      expect(behind, "the focus on the page behind the code").toBe(false);
    }
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("button", { name: "Show a new code" })).toBeFocused();
  });

  await test.step("And on a phone, and at 320 CSS px wide (a phone at 200% zoom, or a desktop at 400%), the first question fits with no violation", async () => {
    const phone = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
    const onPhone = await phone.newPage();
    await onPhone.goto(`/report/${code}`);
    await expectFirstQuestionFits(onPhone, "a phone");
    expect(await axeViolations(onPhone), "the first question on a phone").toEqual([]);
    await onPhone.setViewportSize({ width: 320, height: 640 });
    await expect(onPhone.getByRole("button", { name: "Very severe" })).toBeVisible();
    const overflow = await onPhone.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, "320 px: no sideways scrolling").toBeLessThanOrEqual(0);
    await phone.close();
  });

  const context = await browser.newContext({ viewport: TABLET, hasTouch: true, isMobile: true });
  const tablet = await context.newPage();
  await test.step(`When an address holds a code that was never issued, she is led back to type hers`, async () => {
    await tablet.goto("/report/AAAAAAAA");
    await expect(tablet.getByRole("heading", { name: /^This code was not found/ })).toBeFocused();
    await tablet.getByRole("link", { name: "Type the code again" }).tap();
    await expect(tablet).toHaveURL(/\/report$/);
  });

  await test.step(`When her code has run out, she is led to type the new one the nurse gives her`, async () => {
    // The server's answer for an expired code (tests/self-report/self-report-api.test.ts waits out
    // the 30 minutes on a fake clock); here the tablet is only given that answer.
    await tablet.route(`**/api/self-report/${code}`, (route) =>
      route.fulfill({ status: 410, json: { error: { code: "gone", message: CODE_EXPIRED } } }),
    );
    await tablet.goto(`/report/${code}`);
    await expect(tablet.getByRole("heading", { name: CODE_EXPIRED })).toBeFocused();
    await tablet.getByRole("link", { name: "Type the new code" }).tap();
    await expect(tablet).toHaveURL(/\/report$/);
    await tablet.unroute(`**/api/self-report/${code}`);
  });

  await test.step(`When she opens the address without its code on the tablet, she types the code as she reads it`, async () => {
    await tablet.goto("/report");
    await tablet.getByLabel("Your code").fill("abc");
    await tablet.getByRole("button", { name: "Continue" }).click();
    await expect(tablet.getByText("The code has 8 letters and digits; this has 3. Or ask the nurse.")).toBeVisible();
    // A letter no code holds (O, a look-alike of 0) is named, not counted wrong.
    await tablet.getByLabel("Your code").fill(`${code.slice(0, 7)}O`);
    await tablet.getByRole("button", { name: "Continue" }).click();
    await expect(tablet.getByText(/^A code never holds O:/)).toBeVisible();
    await tablet.getByLabel("Your code").fill(`${code.slice(0, 4).toLowerCase()} ${code.slice(4)}`);
    await tablet.getByRole("button", { name: "Continue" }).click();
    await expect(tablet).toHaveURL(new RegExp(`/report/${code}$`));
  });

  await test.step(`When she opens the code on the tablet and answers by touch`, async () => {
    await expect(tablet.getByText("Hello Ada.")).toBeVisible();
    await expect(tablet.getByRole("heading", { level: 1 })).toBeFocused();
    // axe read the first question on the phone, above; the screens after it it reads here.
    // Nothing to navigate to, and nothing of the patient but her given name.
    await expect(tablet.getByRole("link")).toHaveCount(0);
    await expect(tablet.getByText(seeded.mrn)).toHaveCount(0);
    await expect(tablet.getByText(seeded.name.split(",")[0]!)).toHaveCount(0);
    await expectFirstQuestionFits(tablet, "the tablet");
    for (const [i, answer] of TAPS.entries()) {
      await expect(tablet.getByText(`Question ${i + 1} of 11`)).toBeVisible();
      if (i === PAIN_QUESTION) await expectPainScaleFits(tablet);
      await tablet.getByRole("button", { name: answer, exact: true }).tap();
    }
    await tablet.getByLabel(/anything else you want your nurse to know/).fill("Worse after the last cycle.");
    expect(await axeViolations(tablet), "the comment and send screen").toEqual([]);
  });

  await test.step("When the tablet loses the network as she sends, her answers stay, and Try again sends them", async () => {
    await tablet.route(`**/api/self-report/${code}`, (route) => route.abort("internetdisconnected"), { times: 1 });
    await tablet.getByRole("button", { name: "Send my answers" }).tap();
    const notice = tablet.getByRole("alert").filter({ hasText: "Your answers have not been sent yet." });
    await expect(notice).toBeFocused();
    await expect(notice).toContainText("The device could not reach the clinic's system.");
    await expect(tablet.getByLabel(/anything else you want your nurse to know/)).toHaveValue(
      "Worse after the last cycle.",
    );
    expect(await axeViolations(tablet), "a Send that did not reach the clinic").toEqual([]);
    // What the nurse sees below is what this second Send carried: every answer tapped above.
    await tablet.getByRole("button", { name: "Try again" }).tap();
    await expect(tablet.getByRole("heading", { name: "Thank you, Ada." })).toBeFocused();
    expect(await axeViolations(tablet), "the thank-you screen").toEqual([]);
  });

  await test.step("And the code works only once: a reload says her answers were received, and nothing else of her", async () => {
    await tablet.goto(`/report/${code}`);
    await expect(
      tablet.getByRole("heading", {
        name: "Your answers have been received. You can hand the device back to the nurse.",
      }),
    ).toBeVisible();
    await expect(tablet.getByText(/\bAda\b/)).toHaveCount(0);
    await expect(tablet.getByRole("button")).toHaveCount(0);
    expect(await axeViolations(tablet), "a used code").toEqual([]);
  });

  await context.close();

  await test.step("Then I see a self-report alert on the worklist, and each answer beside its field", async () => {
    await page.goto("/worklist");
    const row = page.getByRole("row").filter({ hasText: seeded.mrn });
    await expect(row.getByText(/Patient's report needs a look/).first()).toBeVisible();
    await row.getByRole("link", { name: new RegExp(`Record exam for ${seeded.name}`) }).click();
    const form = page.getByRole("form", { name: "Bedside exam" });
    await expect(form.getByText("Patient reported: 3")).toBeVisible(); // tingling, the worse of feet and hands
    await expect(form.getByText("Patient reported: 7")).toBeVisible(); // pain
    await expect(form.getByText(/Their comment: .Worse after the last cycle/)).toBeVisible();
  });

  await test.step("When I type today's pain myself and take the patient's answers with one key", async () => {
    const form = page.getByRole("form", { name: "Bedside exam" });
    await form.getByLabel("Neuropathic pain (0-10)").fill("5");
    await form.getByRole("button", { name: "Take the patient's answers" }).focus();
    await page.keyboard.press("Enter");
    await expect(
      form.getByText(/Took 7 answers into the symptom fields left blank or copied from last cycle/),
    ).toBeVisible();
    await expect(form.getByText("patient reported", { exact: true })).toHaveCount(7);
    // My own entry stays: the patient's 7 never replaces it.
    await expect(form.getByLabel("Neuropathic pain (0-10)")).toHaveValue("5");
    expect(await axeViolations(page), "the exam form with the patient's answers").toEqual([]);
  });

  await test.step("And her page sets her report beside the nurse's grades", async () => {
    await page.goto(`/patients/${seeded.patientId}`);
    const section = page.getByRole("region", { name: "The patient's own reports beside the exams" });
    await expect(section.getByRole("row").filter({ hasText: "3 of 4, pain 7 of 10, falls 1" })).toContainText(
      "No exam that day",
    );
    await expect(section).toContainText("Worse after the last cycle.");
  });

  await test.step("And the printed pre-cycle summary carries her report to the oncologist's desk", async () => {
    await page.goto(`/patients/${seeded.patientId}/summary`);
    const reports = page.getByRole("table", { name: "Self-reports and the nurse's exam of the same day" });
    await expect(reports.getByRole("row").filter({ hasText: "3 of 4, pain 7 of 10, falls 1" })).toBeVisible();
  });
  await seeded.nurse.dispose();
});

test("a questionnaire left alone on the tablet asks whether she is still there, then clears back to the code entry", async ({
  browser,
}) => {
  const seeded = await seedPatientDueToday();
  const { invitation } = await created(
    await seeded.nurse.post(`/api/patients/${seeded.patientId}/self-report-invitations`),
  );
  const context = await browser.newContext({ viewport: TABLET, hasTouch: true, isMobile: true });
  const tablet = await context.newPage();
  await tablet.clock.install();

  await test.step("Given she has answered two questions on the tablet", async () => {
    await tablet.goto(`/report/${invitation.code}`);
    await tablet.getByRole("button", { name: TAPS[0], exact: true }).tap();
    await tablet.getByRole("button", { name: TAPS[1], exact: true }).tap();
    await expect(tablet.getByText("Question 3 of 11")).toBeVisible();
  });

  const still = tablet.getByRole("alertdialog", { name: "Are you still there?" });
  await test.step("When nobody touches it for 3 minutes, it asks; and her answer keeps her place", async () => {
    await tablet.clock.fastForward("02:50");
    await expect(still).toHaveCount(0);
    await tablet.clock.fastForward("00:11");
    await expect(still).toBeVisible();
    await expect(still.getByRole("button", { name: "Yes, I am still here" })).toBeFocused();
    expect(await axeViolations(tablet), "are you still there?").toEqual([]);
    await still.getByRole("button", { name: "Yes, I am still here" }).tap();
    await expect(still).toHaveCount(0);
    await expect(tablet.getByText("Question 3 of 11")).toBeVisible();
    await tablet.getByRole("button", { name: "Back to the previous question" }).tap();
    await expect(tablet.getByRole("button", { name: TAPS[1], pressed: true })).toBeVisible();
  });

  await test.step("When nobody answers the question for a minute, the screen clears to the code entry, without her name", async () => {
    await tablet.clock.fastForward("03:01");
    await expect(still).toBeVisible();
    await tablet.clock.fastForward("01:00");
    await expect(tablet).toHaveURL(/\/report$/);
    await expect(tablet.getByLabel("Your code")).toBeVisible();
    await expect(tablet.getByText(/\bAda\b/)).toHaveCount(0);
  });
  await context.close();
  await seeded.nurse.dispose();
});
