// A network of two infusion centres (issue 18, item 5; docs/sites.md), as a nurse's day at the
// second one: her worklist shows her own centre's chairs; she switches to all sites, opens a
// patient of the main centre, is asked why, says so, and the record opens with a banner naming
// her reason; the admin's audit trail shows it. The site and the nurse are made by the admin
// through the API, as an administrator would set up a new centre.
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { addDays, formatISO } from "date-fns";
import { apiAs, signInThroughApi, uniqueMrn } from "./fixtures";

const today = formatISO(addDays(new Date(), 0), { representation: "date" });

async function ok(res: Promise<APIResponse>, status = 201): Promise<any> {
  const answer = await res;
  expect(answer.status(), `${answer.url()}: ${await answer.text()}`).toBe(status);
  return answer.json();
}

/** A patient whose FOLFOX cycle 1 is today, given at `siteId` (left out: the oncologist's site). */
async function dueToday(nurse: APIRequestContext, oncologist: APIRequestContext, family: string, siteId?: string) {
  const mrn = uniqueMrn("SITE");
  const familyName = `${family}-${mrn.slice(-4)}`;
  const { patient } = await ok(
    nurse.post("/api/patients", {
      data: { mrn, familyName, givenName: "Rae", birthDate: "1961-02-03", sex: "female", heightCm: 164, weightKg: 60 },
    }),
  );
  await ok(
    oncologist.post(`/api/patients/${patient.id}/courses`, {
      data: {
        name: "FOLFOX",
        startDate: today,
        cycleLengthDays: 14,
        cycles: 6,
        setting: "adjuvant",
        ...(siteId ? { siteId } : {}),
        agents: [{ agent: "oxaliplatin", dose: 85, unit: "mg/m2" }],
      },
    }),
  );
  return `${familyName}, Rae`;
}

test("a nurse of the north centre opens a patient of the main centre, with her reason on record", async ({ page }) => {
  const [admin, nurse, oncologist] = await Promise.all([apiAs("admin"), apiAs("nurse"), apiAs("oncologist")]);
  const code = `N${Date.now().toString(36).toUpperCase()}`;
  const { site } = await ok(admin.post("/api/sites", { data: { code, name: `North centre ${code}` } }));
  const north = { username: `north.${code.toLowerCase()}`, password: "a long passphrase for the chairside" };
  await ok(admin.post("/api/users", { data: { ...north, displayName: "Nell North", role: "nurse", siteId: site.id } }));
  const northPatient = await dueToday(nurse, oncologist, "Northam", site.id);
  const mainPatient = await dueToday(nurse, oncologist, "Mainwaring");
  await Promise.all([admin.dispose(), nurse.dispose(), oncologist.dispose()]);
  const reason = "Covering chair 4 of the main centre this morning";

  await test.step("When I sign in at the north centre, my worklist shows my centre's patients only", async () => {
    await page.goto("/sign-in");
    await page.getByLabel("Username").fill(north.username);
    await page.getByLabel("Password").fill(north.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL("/worklist");
    await expect(page.getByLabel("Site", { exact: true })).toHaveValue(code);
    await expect(page.getByRole("link", { name: northPatient, exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: mainPatient, exact: true })).toHaveCount(0);
  });

  await test.step("When I switch to all sites, I see the main centre's patient too, each row saying its centre", async () => {
    await page.getByLabel("Site", { exact: true }).selectOption("all");
    await page.getByRole("button", { name: "Show", exact: true }).click();
    await expect(page).toHaveURL(/site=all/);
    await expect(page.getByLabel("Site", { exact: true })).toHaveValue("all");
    await expect(page.getByRole("link", { name: mainPatient, exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: mainPatient, exact: true })).toHaveAccessibleDescription(/ · MAIN · /);
    await expect(page.getByRole("link", { name: northPatient, exact: true })).toHaveAccessibleDescription(
      new RegExp(` · ${code} · `),
    );
  });

  await test.step("When I open that patient, I am asked for my reason before the record", async () => {
    await page.getByRole("link", { name: mainPatient, exact: true }).click();
    await expect(page.getByRole("heading", { name: "This patient is treated at another site" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Flowsheet" })).toHaveCount(0);
    await page.getByRole("button", { name: "Record the reason and open" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Give a reason." })).toBeVisible();
    await page.getByLabel("Reason for opening this record").fill(reason);
    await page.getByRole("button", { name: "Record the reason and open" }).click();
  });

  await test.step("Then the record opens under a banner with my reason and its time", async () => {
    await expect(page.getByRole("status").filter({ hasText: "Opened from another site:" })).toContainText(
      `${reason}, recorded`,
    );
    await expect(page.getByRole("heading", { name: "Flowsheet" })).toBeVisible();
  });

  await test.step("And the admin's audit trail shows who opened whom, and why", async () => {
    await page.context().clearCookies();
    await signInThroughApi(page, "admin");
    await page.goto("/admin/audit?action=patient.break-glass");
    const entry = page.getByRole("row").filter({ hasText: `Opened a patient of another site: ${reason}` });
    await expect(entry).toBeVisible();
    await expect(entry).toContainText("Nell North");
  });
});

test("an admin adds an infusion centre from the users page; a code that cannot be a URL's is refused beside its field", async ({
  page,
}) => {
  const code = `E${Date.now().toString(36).toUpperCase()}`;
  await signInThroughApi(page, "admin");
  await page.goto("/admin/users");
  await page.getByText(/^Infusion centres \(\d+\)$/).click();
  const form = page.getByRole("form", { name: "Add an infusion centre" });

  await test.step("A code in small letters is refused, and nothing is added", async () => {
    await form.getByLabel("Code").fill("east wing");
    await form.getByLabel("Name").fill(`East centre ${code}`);
    await form.getByRole("button", { name: "Add the centre" }).click();
    await expect(form.getByRole("alert")).toHaveText("1 to 16 capital letters, digits or hyphens.");
    await expect(page.getByRole("listitem").filter({ hasText: `East centre ${code}` })).toHaveCount(0);
  });

  await test.step("With a proper code the centre is added, said so, and listed", async () => {
    await form.getByLabel("Code").fill(code);
    await form.getByRole("button", { name: "Add the centre" }).click();
    await expect(form.getByText(`Added East centre ${code} (${code}).`)).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: `East centre ${code} (${code})` })).toBeVisible();
  });
});
