// Hostile text stays text: a patient per payload (script, HTML, SQL, template) with the payload in
// every free-text field, seeded through the API, then every page that shows those fields opened
// as a clinician and as the admin. Any dialog, any payload-set window flag, any element the
// payload would have made, or any CSP violation fails the spec. The security headers are checked
// on a page and on API answers of the production server.
import { expect, test, type Page } from "@playwright/test";
import { PAYLOADS } from "../tests/security/payloads";
import { signInThroughApi } from "./fixtures";
import { seedFullRecord, type FullRecord } from "./full-record";

/** Records what a payload could do, from before any page script runs. */
async function watchForExecution(page: Page, dialogs: string[]): Promise<void> {
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`),
    );
  });
}

/** The page loaded, nothing ran, and the markup a payload would have made is not in the DOM. */
async function expectInert(page: Page, path: string, dialogs: string[]): Promise<void> {
  const res = await page.goto(path);
  expect(res?.status(), `${path} answered`).toBe(200);
  await page.waitForLoadState("networkidle");
  const state = await page.evaluate(() => {
    const w = window as unknown as { __pwned?: unknown; __cspViolations: string[] };
    return {
      pwned: w.__pwned ?? null,
      violations: w.__cspViolations,
      injected: document.querySelectorAll(
        'img[src="x"], svg[onload], iframe[src^="javascript"], a[href^="javascript"], [onerror], [onload]',
      ).length,
    };
  });
  expect(state, `${path}: a payload ran, was blocked by the CSP, or became markup`).toEqual({
    pwned: null,
    violations: [],
    injected: 0,
  });
  expect(dialogs, `${path}: dialogs opened`).toEqual([]);
}

const records: FullRecord[] = [];

test.beforeAll(async () => {
  // One after another: each seeding signs every role in, and ten at once from this one client
  // would pass the sign-in throttle's ten tries in flight per account (lib/auth/throttle.ts).
  for (const payload of PAYLOADS) records.push(await seedFullRecord(payload));
});

test("a clinician sees every payload as plain text on every page that shows it", async ({ page }) => {
  test.setTimeout(240_000);
  const dialogs: string[] = [];
  await watchForExecution(page, dialogs);

  await test.step("Given I am signed in as the oncologist", async () => {
    await signInThroughApi(page, "oncologist");
  });

  await test.step("When I open the worklist, the patients list and the open alerts", async () => {
    for (const path of ["/worklist", "/patients", "/alerts"]) await expectInert(page, path, dialogs);
  });

  for (const [i, record] of records.entries()) {
    const payload = PAYLOADS[i]!;
    await test.step(`When I open the page of the patient named ${JSON.stringify(payload)}, then the payload is shown as the name, character for character`, async () => {
      await expectInert(page, `/patients/${record.patientId}`, dialogs);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(payload);
    });
    await test.step("And nothing runs on the patient's other pages", async () => {
      const pages = [
        `/patients/${record.patientId}/plans`,
        `/patients/${record.patientId}/plans/${record.agent}`,
        `/patients/${record.patientId}/summary`,
        `/cycles/${record.cycleIds[1]}`,
      ];
      for (const path of pages) await expectInert(page, path, dialogs);
    });
  }

  await test.step("And I can search for a payload and find it as text", async () => {
    await page.goto(`/patients?q=${encodeURIComponent(PAYLOADS[3])}`);
    await expect(page.getByRole("link", { name: `${PAYLOADS[3]}, ${PAYLOADS[3]}` })).toBeVisible();
  });
});

test("the admin sees every payload as plain text in the users list and the audit trail", async ({ page }) => {
  const dialogs: string[] = [];
  await watchForExecution(page, dialogs);

  await test.step("Given I am signed in as the admin", async () => {
    await signInThroughApi(page, "admin");
  });

  await test.step("When I open the users list and the audit trail, then nothing runs", async () => {
    await expectInert(page, "/admin/users", dialogs);
    await expect(page.getByText(PAYLOADS[0], { exact: true }).first()).toBeVisible();
    await expectInert(page, "/admin/audit", dialogs);
    for (const record of records) await expectInert(page, `/admin/audit?patientId=${record.patientId}`, dialogs);
  });
});

test("every response carries the CSP, frame-ancestors 'none', nosniff and no-referrer", async ({ page, request }) => {
  const expectHeaders = (headers: Record<string, string>, what: string) => {
    const csp = headers["content-security-policy"] ?? "";
    expect(csp, what).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(csp, what).not.toContain("unsafe-eval");
    expect(csp, what).toContain("frame-ancestors 'none'");
    expect(csp, what).toContain("object-src 'none'");
    expect(headers["x-content-type-options"], what).toBe("nosniff");
    expect(headers["referrer-policy"], what).toBe("no-referrer");
    expect(headers["x-frame-options"], what).toBe("DENY");
    expect(headers["permissions-policy"], what).toBe("camera=(), microphone=(), geolocation=(), payment=(), usb=()");
  };

  await test.step("When I open the sign-in page, then its answer carries the headers", async () => {
    const res = await page.goto("/sign-in");
    expectHeaders(res!.headers(), "GET /sign-in");
  });
  await test.step("And so do the API's answers: public, refused, and signed in", async () => {
    expectHeaders((await request.get("/api/health")).headers(), "GET /api/health");
    expectHeaders((await request.get("/api/patients")).headers(), "GET /api/patients, anonymous (401)");
    expectHeaders((await request.delete("/api/patients")).headers(), "DELETE /api/patients (proxy's 401)");
    await signInThroughApi(page, "nurse");
    const signedIn = await page.request.get("/api/worklist");
    expect(signedIn.status()).toBe(200);
    expectHeaders(signedIn.headers(), "GET /api/worklist, signed in");
  });
  await test.step("And a signed-in page has the same headers", async () => {
    const res = await page.goto("/worklist");
    expectHeaders(res!.headers(), "GET /worklist, signed in");
  });
});
