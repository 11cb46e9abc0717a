// The admin changes a colleague's role: browsing the list with the arrow keys changes nothing; the
// change is made by a button that names it, and the focus stays where the admin was working. A new
// password is typed in the row, masked, and a refused one says why. A user added leaves an empty form.
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

  await test.step("When I reset the password, a password the policy refuses is said to be, and a good one is set", async () => {
    await page
      .getByRole("row", { name: new RegExp(username) })
      .getByRole("button", { name: "Reset password" })
      .click();
    const field = page.getByLabel(`New password for ${username}`);
    await expect(field).toBeFocused();
    await field.fill(`my name is ${username} really`);
    await field.press("Enter");
    await expect(page.getByText("The password contains the username: choose one that does not.")).toBeVisible();
    await page
      .getByRole("row", { name: new RegExp(username) })
      .getByRole("button", { name: "Reset password" })
      .click();
    await page.getByLabel(`New password for ${username}`).fill("quarry lemon tidal ember");
    await page.getByRole("button", { name: "Set password", exact: true }).click();
    await expect(page.getByText(`Rota Nurse (${username}): password reset.`)).toBeVisible();
    await expect(
      page.getByRole("row", { name: new RegExp(username) }).getByRole("button", { name: "Reset password" }),
    ).toBeFocused();
    const signIn = await request.post("/api/session", { data: { username, password: "quarry lemon tidal ember" } });
    expect(signIn.status()).toBe(200);
  });

  await test.step("When I disable the user, the page says so and the password no longer signs in", async () => {
    const row = page.getByRole("row", { name: new RegExp(username) });
    await row.getByRole("button", { name: "Disable" }).click();
    await expect(page.getByText(`Rota Nurse (${username}): disabled: can no longer sign in.`)).toBeVisible();
    await expect(row.getByRole("cell", { name: "Disabled", exact: true })).toBeVisible();
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
