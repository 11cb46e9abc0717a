// Team dose-reduction plans (issue 6): a plan is drafted from the agent's template, signed with
// each signer's password, in force once an oncologist and a pharmacist have agreed, and changed
// only by a new version that leaves the old one readable. A nurse's signature alone is never enough.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { apiAs, signInThroughApi, uniqueMrn, USERS, type E2eRole } from "./fixtures";

/** A patient on adjuvant FOLFOX (oxaliplatin 85 mg/m2), seeded through the API. */
async function seedPatientOnFolfox(api: APIRequestContext, mrn = uniqueMrn("PLAN")): Promise<string> {
  const patient = await api.post("/api/patients", {
    data: {
      mrn,
      familyName: "Okafor",
      givenName: "Grace",
      birthDate: "1961-03-14",
      sex: "female",
      heightCm: 168,
      weightKg: 72,
    },
  });
  expect(patient.status()).toBe(201);
  const patientId: string = (await patient.json()).patient.id;
  const course = await api.post(`/api/patients/${patientId}/courses`, {
    data: {
      name: "FOLFOX",
      startDate: "2026-01-05",
      cycleLengthDays: 14,
      cycles: 12,
      setting: "adjuvant",
      agents: [{ agent: "oxaliplatin", dose: 85, unit: "mg/m2" }],
    },
  });
  expect(course.status()).toBe(201);
  return patientId;
}

const draftCard = (page: Page, version: number) =>
  page.getByRole("region", { name: `Awaiting signature: version ${version}` });

async function switchUser(page: Page, role: E2eRole): Promise<void> {
  await page.context().clearCookies();
  await signInThroughApi(page, role);
}

async function signDraft(page: Page, role: E2eRole, password = USERS[role].password): Promise<void> {
  const form = page.getByRole("form", { name: /Sign version/ });
  await form.getByRole("radio", { name: /agreed/i }).check();
  await form.getByLabel("My password").fill(password);
  await form.getByRole("button", { name: /Sign version/ }).click();
}

test("an oncologist and a pharmacist agree a plan from the template; a later edit makes version 2", async ({
  page,
}) => {
  const api = await apiAs("oncologist");
  const mrn = uniqueMrn("PLAN");
  const patientId = await seedPatientOnFolfox(api, mrn);
  await api.dispose();
  const planPage = `/patients/${patientId}/plans/oxaliplatin`;

  await test.step("Given I am the oncologist on the patient's plans page", async () => {
    await signInThroughApi(page, "oncologist");
    await page.goto(`/patients/${patientId}/plans`);
    await expect(page.getByRole("heading", { level: 1, name: "Dose-reduction plans" })).toBeVisible();
    const card = page.getByRole("article", { name: "Oxaliplatin" });
    await expect(card.getByText(/No plan in force: the agent's default limit and template apply/)).toBeVisible();
  });

  await test.step("When I open the oxaliplatin plan, the editor starts from the template", async () => {
    await page.getByRole("link", { name: "Open the oxaliplatin plan" }).click();
    await expect(page).toHaveURL(planPage);
    await expect(page.getByLabel("Cumulative limit (mg/m2 cumulative)")).toHaveValue("850");
    const words = page.getByRole("complementary", { name: "What this draft means" });
    // Template grade 2: one dose level down, 85 -> 75 mg/m2 in the adjuvant setting (label).
    await expect(words.getByRole("row", { name: /^2 or worse/ })).toContainText("reduce oxaliplatin to 75 mg/m2");
    await expect(words.getByRole("row", { name: /^3 or worse/ })).toContainText("stop oxaliplatin");
  });

  await test.step("When I type a warning level past the limit, the field says so in its own percent", async () => {
    const warnAt = page.getByLabel("Warn at (% of the limit)");
    await warnAt.fill("150");
    await expect(warnAt).toHaveAccessibleDescription(/At most 100%\./);
    await warnAt.fill("0");
    await expect(warnAt).toHaveAccessibleDescription(/Above 0%\./);
    await warnAt.fill("");
    await expect(warnAt).toHaveAttribute("aria-invalid", "false");
  });

  await test.step("And I save it as a draft", async () => {
    await page.getByRole("button", { name: "Save as a new draft" }).click();
    await expect(page.getByText(/Saved as version 1, a draft/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Save as a new draft" })).toBeFocused();
    await expect(page.getByRole("region", { name: "A plan awaits signature" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Awaiting signature: version 1" })).toBeVisible();
  });

  await test.step("When I sign with a wrong password, nothing is signed and I am told why", async () => {
    await signDraft(page, "oncologist", "not my password, certainly not");
    await expect(page.getByText("The password is wrong; nothing was signed.")).toBeVisible();
    await expect(draftCard(page, 1).getByText("Not signed yet.")).toBeVisible();
  });

  await test.step("When I sign it agreed with my password, it still needs a nurse or a pharmacist", async () => {
    await signDraft(page, "oncologist");
    await expect(page.getByText("You signed this version (agreed).")).toBeVisible();
    // The form has gone; the focus is on the version signed, not back at the page's top.
    await expect(page.getByRole("heading", { name: "Awaiting signature: version 1" })).toBeFocused();
    await expect(draftCard(page, 1).getByText("Needs the agreement of a nurse or a pharmacist.")).toBeVisible();
    await expect(page.getByRole("heading", { name: /No plan in force/ })).toBeVisible();
  });

  await test.step("The patient's page and its printed summary say so to the oncologist, and ask nothing more of her", async () => {
    await page.goto(`/patients/${patientId}`);
    const plans = page.getByRole("region", { name: "Dose-reduction plans" });
    await expect(plans).toContainText(
      "Draft version 1 awaits signatures. Needs the agreement of a nurse or a pharmacist.",
    );
    await expect(page.getByRole("list", { name: "Plans awaiting your signature" })).toHaveCount(0);
    // And so does the pre-cycle summary that is printed for the review.
    await page.goto(`/patients/${patientId}/summary`);
    await expect(page.getByRole("row", { name: /^Oxaliplatin/ })).toContainText(
      "Draft version 1 awaits signatures: Needs the agreement of a nurse or a pharmacist.",
    );
  });

  await test.step("When the pharmacist opens the patient, the page's top says the draft awaits her", async () => {
    await switchUser(page, "pharmacist");
    await page.goto(`/patients/${patientId}`);
    await expect(page.getByRole("link", { name: "Oxaliplatin plan, version 1, awaits your signature" })).toBeVisible();
  });

  await test.step("And her worklist tells her too, and leads to the draft", async () => {
    await page.goto("/worklist");
    await page.getByRole("link", { name: /plans? awaits? your signature/ }).click();
    const awaiting = page.getByRole("region", { name: /^Plans awaiting your signature/ });
    const row = awaiting.getByRole("row").filter({ hasText: mrn });
    await expect(row).toContainText("Oxaliplatin, version 1");
    await expect(row).toContainText(`by ${USERS.oncologist.displayName}`);
    await expect(row).toContainText("Needs the agreement of a nurse or a pharmacist.");
    await row.getByRole("link", { name: "Okafor, Grace" }).click();
    await expect(page).toHaveURL(new RegExp(`${planPage}#plan-`));
  });

  await test.step("When she signs it agreed, version 1 is in force", async () => {
    await signDraft(page, "pharmacist");
    await expect(page.getByRole("heading", { name: "In force: version 1" })).toBeFocused();
    await expect(page.getByRole("region", { name: /await signature/ })).toHaveCount(0);
    const inForce = page.getByRole("region", { name: "In force: version 1" });
    await expect(inForce.getByText(`${USERS.oncologist.displayName} (oncologist) agreed`)).toBeVisible();
    await expect(inForce.getByText(`${USERS.pharmacist.displayName} (pharmacist) agreed`)).toBeVisible();
    await page.goto("/worklist");
    await expect(page.getByRole("row").filter({ hasText: mrn })).toHaveCount(0);
  });

  await test.step("Then the plans page shows the plan in force", async () => {
    await page.goto(`/patients/${patientId}/plans`);
    const card = page.getByRole("article", { name: "Oxaliplatin" });
    await expect(card.getByText(/Version 1 in force since/)).toBeVisible();
    await expect(card.getByText("850 mg/m2 cumulative, the agent's default (literature)")).toBeVisible();
    await expect(card.getByText("80% of the limit (680 mg/m2)")).toBeVisible();
  });

  await test.step("When I lower the limit to 700 and save, version 2 is a draft and version 1 stays in force", async () => {
    await page.goto(planPage);
    await page.getByLabel("Cumulative limit (mg/m2 cumulative)").fill("700");
    const changes = page.getByRole("complementary", { name: "What this draft means" });
    const limitChange = changes.getByRole("listitem").filter({ hasText: "Cumulative limit" });
    await expect(limitChange).toContainText("850 mg/m2");
    await expect(limitChange).toContainText("700 mg/m2");
    await page.getByRole("button", { name: "Save as a new draft" }).click();
    await expect(page.getByText(/Saved as version 2, a draft/)).toBeVisible();
    await expect(page.getByRole("heading", { name: "Awaiting signature: version 2" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "In force: version 1" })).toBeVisible();
  });

  await test.step("Then the history shows what version 2 changes, and version 1 is still readable", async () => {
    const history = page.getByRole("region", { name: "Version history" });
    const v2 = history
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: "Version 2", exact: true }) });
    await expect(v2.getByText("Changes from version 1")).toBeVisible();
    await expect(v2.getByRole("deletion")).toHaveText("850 mg/m2 cumulative, the agent's default (literature)");
    await expect(v2.getByRole("insertion")).toHaveText("700 mg/m2 cumulative");
    const v1 = history
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: "Version 1", exact: true }) });
    await v1.getByText("Terms and signatures of version 1").click();
    await expect(v1.getByText("850 mg/m2 cumulative, the agent's default (literature)")).toBeVisible();
    await expect(v1.getByText(`${USERS.pharmacist.displayName} (pharmacist) agreed`)).toBeVisible();
  });
});

test("a nurse's signature alone never puts a plan in force", async ({ page }) => {
  const api = await apiAs("oncologist");
  const patientId = await seedPatientOnFolfox(api);
  const drafted = await api.put(`/api/patients/${patientId}/plans/oxaliplatin`, { data: {} });
  expect(drafted.status()).toBe(201);
  await api.dispose();

  await test.step("Given I am the nurse on the plan awaiting signature", async () => {
    await signInThroughApi(page, "nurse");
    await page.goto(`/patients/${patientId}/plans/oxaliplatin`);
    await expect(page.getByRole("region", { name: "A plan awaits signature" })).toBeVisible();
  });

  await test.step("Then I can sign but not draft: drafting is for oncologists and pharmacists", async () => {
    await expect(page.getByRole("button", { name: "Save as a new draft" })).toHaveCount(0);
    await expect(page.getByText(/Oncologists and pharmacists draft plans/)).toBeVisible();
  });

  await test.step("When I sign it agreed", async () => {
    await signDraft(page, "nurse");
    await expect(page.getByText("You signed this version (agreed).")).toBeVisible();
  });

  await test.step("Then it is still a draft that needs an oncologist, and the defaults still apply", async () => {
    await expect(page.getByRole("heading", { name: "Awaiting signature: version 1" })).toBeVisible();
    await expect(draftCard(page, 1).getByText("Needs the agreement of an oncologist.")).toBeVisible();
    await expect(page.getByRole("heading", { name: /No plan in force/ })).toBeVisible();
    await page.goto(`/patients/${patientId}/plans`);
    await expect(page.getByRole("article", { name: "Oxaliplatin" }).getByText(/No plan in force/)).toBeVisible();
  });
});
