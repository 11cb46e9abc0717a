// Signing in and out: each role lands on its own home, a wrong password is told plainly, no page
// shows without a session (and sign-in then opens the page asked for), and signing out ends the
// session on the server too.
import { expect, test } from "@playwright/test";
import { signInLanding } from "../lib/access/pages";
import { ROLES, signInAs, USERS } from "./fixtures";

const HOME_HEADING = {
  nurse: "Today's infusions",
  oncologist: "Today's infusions",
  pharmacist: "Today's infusions",
  admin: "Users",
} as const;

const PAGES = ["/", "/worklist", "/agents", "/patients", "/admin/users", "/admin/audit", "/alerts"];

for (const role of ROLES) {
  test(`the ${role} signs in and lands on their home`, async ({ page }) => {
    await test.step(`When I sign in as the ${role}`, async () => {
      await signInAs(page, role);
    });
    await test.step("Then I see my home page and my name", async () => {
      await expect(page).toHaveURL(USERS[role].home);
      await expect(page.getByRole("heading", { level: 1, name: HOME_HEADING[role] })).toBeVisible();
      await expect(page.getByRole("banner").getByText(USERS[role].displayName)).toBeVisible();
    });
  });
}

test.describe("before the page's code has run", () => {
  // A slow tablet shows the form before its code runs; JavaScript off is that moment held still.
  test.use({ javaScriptEnabled: false });

  test("a sign-in sent with Enter puts neither the password nor the username in the address", async ({ page }) => {
    await test.step("When I type my username and password and press Enter before the page is live", async () => {
      await page.goto("/sign-in");
      await page.getByLabel("Username").fill(USERS.nurse.username);
      await page.getByLabel("Password").fill(USERS.nurse.password);
      const sent = page.waitForRequest((request) => new URL(request.url()).pathname === "/sign-in");
      await page.getByLabel("Password").press("Enter");
      expect((await sent).method(), "the form is sent in a request's body").toBe("POST");
    });
    await test.step("Then the sign-in page shows again, its address as it was, and I am not signed in", async () => {
      await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
      expect(page.url()).not.toContain(USERS.nurse.password);
      expect(new URL(page.url()).search).toBe("");
      await page.goto("/worklist");
      await expect(page).toHaveURL(/\/sign-in/);
    });
  });
});

test("a wrong password is refused with a clear message, and only the password needs typing again", async ({ page }) => {
  await test.step("When I sign in with the wrong password", async () => {
    await page.goto("/sign-in");
    await page.getByLabel("Username").fill(USERS.nurse.username);
    await page.getByLabel("Password").fill("not the right password at all");
    await page.getByRole("button", { name: "Sign in" }).click();
  });
  await test.step("Then I am told so and stay on the sign-in page", async () => {
    await expect(page.getByRole("alert").filter({ hasText: "The username or password is wrong." })).toBeVisible();
    await expect(page).toHaveURL("/sign-in");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  });
  await test.step("And my username is still there, the password cleared and ready to retype", async () => {
    await expect(page.getByLabel("Username")).toHaveValue(USERS.nurse.username);
    await expect(page.getByLabel("Password")).toHaveValue("");
    await expect(page.getByLabel("Password")).toBeFocused();
  });
});

test("no page shows without signing in", async ({ page }) => {
  for (const path of PAGES) {
    await test.step(`When I open ${path} without signing in, then I land on the sign-in page, which keeps where I was going`, async () => {
      await page.goto(path);
      await expect(page).toHaveURL(signInLanding(path));
      await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
    });
  }
});

test("a page opened before signing in opens once I have signed in; an address off the app does not", async ({
  page,
}) => {
  await test.step("When I follow a link to the patients list with its search, I am asked to sign in", async () => {
    await page.goto("/patients?q=Okafor");
    await expect(page).toHaveURL(signInLanding("/patients?q=Okafor"));
  });
  await test.step("Then once signed in I am on that page, its search kept", async () => {
    await page.getByLabel("Username").fill(USERS.nurse.username);
    await page.getByLabel("Password").fill(USERS.nurse.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL("/patients?q=Okafor");
  });
  await test.step("And a sign-in link naming another site lands on my home instead", async () => {
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL("/sign-in");
    await page.goto(`/sign-in?next=${encodeURIComponent("//evil.example/worklist")}`);
    await page.getByLabel("Username").fill(USERS.nurse.username);
    await page.getByLabel("Password").fill(USERS.nurse.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(USERS.nurse.home);
  });
});

test("signing out ends the session on the server", async ({ page, context, request }) => {
  await test.step("Given I am signed in as the nurse", async () => {
    await signInAs(page, "nurse");
  });
  const session = (await context.cookies()).find((c) => c.name === "cipn_session");
  expect(session, "the session cookie").toBeDefined();

  await test.step("When I sign out", async () => {
    await page.getByRole("button", { name: "Sign out" }).click();
  });
  await test.step("Then I am on the sign-in page, and pages need signing in again", async () => {
    await expect(page).toHaveURL("/sign-in");
    await page.goto("/worklist");
    await expect(page).toHaveURL(signInLanding("/worklist"));
  });
  await test.step("And the old session cookie no longer works", async () => {
    const res = await request.get("/api/session", { headers: { cookie: `cipn_session=${session!.value}` } });
    expect(res.status()).toBe(401);
    expect((await res.json()).error.code).toBe("unauthenticated");
  });
});
