// The admin changes a colleague's role: browsing the list with the arrow keys changes nothing; the
// change is made by a button that names it, and the focus stays where the admin was working. A new
// password is typed in the row, masked, and a refused one says why on its field, the row left open.
// Disabling asks first and says what it did. A user added leaves an empty form. An infusion centre
// may not take another's name, and a long name cannot push the table's actions off the screen.
import { expect, test } from "@playwright/test";
import { apiAs, signInThroughApi } from "./fixtures";

test("the admin changes a nurse's role with a button that names the change, not by browsing the list, then resets her password", async ({
  page,
  request,
}) => {
  const api = await apiAs("admin");
  const username = `rota-${Date.now().toString(36)}`;
  const created = await api.post("/api/users", {
    data: { username, displayName: "Rota Nurse", role: "nurse", password: "lantern violet harbour gravel" },
  });
  expect(created.status()).toBe(201);
  const userId: string = (await created.json()).user.id;
  const roleOnRecord = async () =>
    ((await (await api.get("/api/users")).json()).users as { id: string; role: string }[]).find((u) => u.id === userId)!
      .role;

  await test.step("Given I am the admin on the users page", async () => {
    await signInThroughApi(page, "admin");
    await page.goto("/admin/users");
  });

  const list = page.getByRole("combobox", { name: `Role of ${username}` });
  await test.step("When I browse the roles with the arrow keys, nothing is saved", async () => {
    await list.focus();
    await list.press("ArrowDown");
    await list.press("ArrowDown");
    await expect(list).toHaveValue("pharmacist");
    await expect(page.getByRole("button", { name: `Change ${username}'s role to pharmacist` })).toBeVisible();
    expect(await roleOnRecord()).toBe("nurse");
  });

  await test.step("When I press the button that names the change, it is saved and the focus is back on the list", async () => {
    await page.getByRole("button", { name: `Change ${username}'s role to pharmacist` }).press("Enter");
    await expect(page.getByText(`Rota Nurse (${username}): role now pharmacist.`)).toBeVisible();
    await expect(page.getByRole("button", { name: /Change .*'s role to/ })).toHaveCount(0);
    await expect(list).toBeFocused();
    await expect(list).toHaveValue("pharmacist");
    expect(await roleOnRecord()).toBe("pharmacist");
  });

  await test.step("When I choose another role and cancel, nothing changes", async () => {
    await list.selectOption("admin");
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect(list).toHaveValue("pharmacist");
    await expect(list).toBeFocused();
    expect(await roleOnRecord()).toBe("pharmacist");
  });

  await test.step("When I reset the password, a refused one is said on its field and the row stays open to correct it", async () => {
    const row = page.getByRole("row", { name: new RegExp(username) });
    await row.getByRole("button", { name: "Reset password" }).click();
    const field = page.getByLabel(`New password for ${username}`);
    await expect(field).toBeFocused();
    await field.fill("too short");
    await field.press("Enter");
    // The API schema's rule, checked before sending: the browser's tooltip is not the only word.
    await expect(field).toHaveAccessibleDescription("Not set: At least 15 characters.");
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await field.fill(`my name is ${username} really`);
    await expect(field).toHaveAccessibleDescription("");
    await field.press("Enter");
    const refusal = row.getByRole("alert");
    await expect(refusal).toHaveText("Not set: The password contains the username: choose one that does not.");
    await expect(field).toHaveAccessibleDescription(
      "Not set: The password contains the username: choose one that does not.",
    );
    await expect(field).toBeFocused();
    await expect(field).toHaveValue(`my name is ${username} really`);
    await field.fill("quarry lemon tidal ember");
    await row.getByRole("button", { name: "Set password", exact: true }).click();
    await expect(page.getByText(`Rota Nurse (${username}): password reset.`)).toBeVisible();
    await expect(row.getByRole("button", { name: "Reset password" })).toBeFocused();
    const signIn = await request.post("/api/session", { data: { username, password: "quarry lemon tidal ember" } });
    expect(signIn.status()).toBe(200);
  });

  await test.step("When I disable the user, I am asked first, then told the account is disabled and its sessions ended", async () => {
    const row = page.getByRole("row", { name: new RegExp(username) });
    await row.getByRole("button", { name: "Disable", exact: true }).click();
    const confirm = row.getByRole("button", { name: `Disable ${username} and end their sessions` });
    await expect(confirm).toBeFocused();
    await row.getByRole("button", { name: "Cancel" }).click();
    await expect(row.getByRole("button", { name: "Disable", exact: true })).toBeFocused();
    await expect(row.getByRole("cell", { name: "Active", exact: true })).toBeVisible();
    // The nurse's signed-in session, still open before the admin confirms.
    expect((await request.get("/api/session")).status()).toBe(200);

    await row.getByRole("button", { name: "Disable", exact: true }).click();
    await confirm.click();
    await expect(
      page.getByText(`Rota Nurse (${username}): disabled; their sessions have ended and they can no longer sign in.`),
    ).toBeVisible();
    await expect(row.getByRole("cell", { name: "Disabled", exact: true })).toBeVisible();
    await expect(row.getByRole("button", { name: "Enable", exact: true })).toBeFocused();
    expect((await request.get("/api/session")).status()).toBe(401);
    const signIn = await request.post("/api/session", { data: { username, password: "quarry lemon tidal ember" } });
    expect(signIn.status()).toBe(401);
  });
  await api.dispose();
});

test("the admin adds a user: a short password puts the cursor back in its field, and once added the form is empty", async ({
  page,
}) => {
  const username = `locum-${Date.now().toString(36)}`;
  const form = page.getByRole("form", { name: "Add a user" });
  await signInThroughApi(page, "admin");
  await page.goto("/admin/users");
  await form.getByLabel("Username").fill(username);
  await form.getByLabel("Full name").fill("Locum Pharmacist");
  await form.getByLabel("Role").selectOption("pharmacist");
  await form.getByLabel("Initial password").fill("too short");
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByLabel("Initial password")).toBeFocused();
  await form.getByLabel("Initial password").fill("quarry lemon tidal ember");
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByText(`Added ${username}.`)).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(username) })).toBeVisible();
  // Nothing of it left on a shared screen, the initial password least of all.
  await expect(form.getByLabel("Initial password")).toHaveValue("");
  await expect(form.getByLabel("Username")).toHaveValue("");
});

test("the admin cannot add a second centre of an existing name, and a long name keeps every user's actions on a 1280 px screen", async ({
  page,
}) => {
  const api = await apiAs("admin");
  const code = `L${Date.now().toString(36).toUpperCase()}`;
  // 80 characters, the most a site's name may hold.
  const longName = `${code} regional ambulatory oncology and haematology infusion centre, north wing`
    .slice(0, 80)
    .trimEnd();
  const made = await api.post("/api/sites", { data: { code, name: longName } });
  expect(made.status(), await made.text()).toBe(201);

  await test.step("Given I am the admin on the users page, at 1280 px", async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await signInThroughApi(page, "admin");
    await page.goto("/admin/users");
  });

  await test.step("Every home-site list names each centre with its code", async () => {
    const list = page.getByRole("combobox", { name: "Home site of e2e.nurse" });
    await expect(list.getByRole("option", { name: "Main infusion centre (MAIN)", exact: true })).toHaveCount(1);
    await expect(list.getByRole("option", { name: `${longName} (${code})`, exact: true })).toHaveCount(1);
  });

  await test.step("When a user's home site is the long one, the table still fits and its actions are on screen", async () => {
    const list = page.getByRole("combobox", { name: "Home site of e2e.nurse" });
    await list.selectOption({ label: `${longName} (${code})` });
    const table = page.getByRole("table", { name: "Users" });
    const fits = await table.evaluate((t) => t.scrollWidth <= t.parentElement!.clientWidth);
    expect(fits).toBe(true);
    const reset = page.getByRole("row", { name: /e2e\.nurse/ }).getByRole("button", { name: "Reset password" });
    const box = (await reset.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
    await expect(list).toHaveAttribute("title", `${longName} (${code})`);
    await page
      .getByRole("row", { name: /e2e\.nurse/ })
      .getByRole("button", { name: "Cancel" })
      .click();
  });

  await test.step("When I add a centre named as the main one in other case and spacing, the name is refused on its field", async () => {
    await page.getByText(/Infusion centres \(\d+\)/).click();
    const form = page.getByRole("form", { name: "Add an infusion centre" });
    await form.getByLabel("Code").fill(`M${code}`);
    await form.getByLabel("Name").fill("main  INFUSION centre");
    await form.getByRole("button", { name: "Add the centre" }).click();
    await expect(form.getByLabel("Name")).toHaveAccessibleDescription(
      /Main infusion centre \(MAIN\) has this name: give this centre a name of its own\./,
    );
    const codes = ((await (await api.get("/api/sites")).json()).sites as { code: string }[]).map((s) => s.code);
    expect(codes).not.toContain(`M${code}`);
  });
  await api.dispose();
});
