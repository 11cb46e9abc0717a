// The patient's own report before the exam (issue 19), on a phone and on the waiting-room
// tablet: the nurse shows a one-time code from the worklist row, the patient answers by touch,
// the nurse sees each answer beside its field and takes them over with one key. Each test seeds
// its own patient.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInThroughApi } from "./fixtures";
import { seedPatientDueToday } from "./infusion-patient";

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} at ${n.target.join(" ")}`));
}

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

const DEVICES = [
  { name: "a phone", viewport: { width: 390, height: 844 } },
  { name: "a tablet", viewport: { width: 820, height: 1180 } },
];

for (const device of DEVICES) {
  test(`a patient reports on ${device.name} before the exam; the nurse takes the answers in one key`, async ({
    page,
    browser,
  }) => {
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
      await expect(dialog.getByRole("button", { name: "Done" })).toBeFocused();
      await page.keyboard.press("Escape");
      await expect(dialog).toBeHidden();
    });

    const context = await browser.newContext({ viewport: device.viewport, hasTouch: true, isMobile: true });
    const phone = await context.newPage();
    await test.step("And at 320 CSS px wide (a phone at 200% zoom, or a desktop at 400%) the question reflows without sideways scrolling", async () => {
      const zoomed = await context.newPage();
      await zoomed.setViewportSize({ width: 320, height: 640 });
      await zoomed.goto(`/report/${code}`);
      await expect(zoomed.getByRole("button", { name: "Very severe" })).toBeVisible();
      const overflow = await zoomed.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await zoomed.close();
    });

    await test.step(`When she opens the address without its code on ${device.name}, she types the code as she reads it`, async () => {
      await phone.goto("/report");
      await phone.getByLabel("Your code").fill("abc");
      await phone.getByRole("button", { name: "Continue" }).click();
      await expect(phone.getByText(/That is not a code of 8 letters and digits/)).toBeVisible();
      await phone.getByLabel("Your code").fill(`${code.slice(0, 4).toLowerCase()} ${code.slice(4)}`);
      await phone.getByRole("button", { name: "Continue" }).click();
      await expect(phone).toHaveURL(new RegExp(`/report/${code}$`));
    });

    await test.step(`When she opens the code on ${device.name} and answers by touch`, async () => {
      await expect(phone.getByText("Hello Ada.")).toBeVisible();
      await expect(phone.getByRole("heading", { level: 1 })).toBeFocused();
      expect(await axeViolations(phone), "the first question").toEqual([]);
      // Nothing to navigate to, and nothing of the patient but her given name.
      await expect(phone.getByRole("link")).toHaveCount(0);
      await expect(phone.getByText(seeded.mrn)).toHaveCount(0);
      await expect(phone.getByText(seeded.name.split(",")[0]!)).toHaveCount(0);
      const first = phone.getByRole("button", { name: "Moderate" });
      const box = (await first.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      const bodySize = await phone.locator("main").evaluate((m) => parseFloat(getComputedStyle(m).fontSize));
      expect(bodySize).toBeGreaterThanOrEqual(18);
      for (const [i, answer] of TAPS.entries()) {
        await expect(phone.getByText(`Question ${i + 1} of 11`)).toBeVisible();
        await phone.getByRole("button", { name: answer, exact: true }).tap();
      }
      await phone.getByLabel(/anything else you want your nurse to know/).fill("Worse after the last cycle.");
      expect(await axeViolations(phone), "the comment and send screen").toEqual([]);
      await phone.getByRole("button", { name: "Send my answers" }).tap();
      await expect(phone.getByRole("heading", { name: "Thank you, Ada." })).toBeFocused();
      expect(await axeViolations(phone), "the thank-you screen").toEqual([]);
    });

    await test.step("And the code works only once", async () => {
      await phone.goto(`/report/${code}`);
      await expect(phone.getByRole("heading", { name: /This code has been used/ })).toBeVisible();
      expect(await axeViolations(phone), "a used code").toEqual([]);
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
    await seeded.nurse.dispose();
  });
}
