// The people of the e2e suite: one user per role, created by scripts/e2e.ts on a fresh database
// before Playwright starts, and the helpers that sign them in through the page or the API.
import { expect, request, type APIRequestContext, type APIResponse, type Page } from "@playwright/test";
import { addDays, formatISO } from "date-fns";

/**
 * The stories `npm run test:e2e:postgres` plays again on a server on PostgreSQL: the nurse's day,
 * an exam saved from two screens at once, and a decision reaching the chair. The queries are
 * written once for both databases and every test file that opens one runs on PostgreSQL in
 * `npm run test:postgres`; these check the server wired to it, end to end.
 */
export const ON_POSTGRES_TOO = { tag: "@postgres" };

export type E2eRole = "nurse" | "oncologist" | "pharmacist" | "admin";

export interface E2eUser {
  username: string;
  /** At least 15 characters, as the app requires (NIST SP 800-63B-4). */
  password: string;
  displayName: string;
  /** Where the app lands this role after sign-in. */
  home: string;
}

export const USERS: Record<E2eRole, E2eUser> = {
  nurse: {
    username: "e2e.nurse",
    password: "nurse e2e passphrase, long enough",
    displayName: "Nadia Brooks",
    home: "/worklist",
  },
  oncologist: {
    username: "e2e.oncologist",
    password: "oncologist e2e passphrase, long enough",
    displayName: "Omar Haddad",
    home: "/worklist",
  },
  pharmacist: {
    username: "e2e.pharmacist",
    password: "pharmacist e2e passphrase, long enough",
    displayName: "Priya Raman",
    home: "/worklist",
  },
  admin: {
    username: "e2e.admin",
    password: "admin e2e passphrase, long enough",
    displayName: "Alex Morgan",
    home: "/admin/users",
  },
};

export const ROLES = Object.keys(USERS) as E2eRole[];

/** Signs in through the sign-in page, as a person would, and waits for the role's home page. */
export async function signInAs(page: Page, role: E2eRole): Promise<void> {
  const user = USERS[role];
  await page.goto("/sign-in");
  await page.getByLabel("Username").fill(user.username);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(user.home);
}

/**
 * Signs the page's browser in through the API, where being signed in is only where a story starts:
 * the session cookie lands in the page's context (page.request shares its cookies) and no page is
 * loaded for it. The sign-in page itself is e2e/auth.spec.ts's story, through `signInAs`.
 */
export async function signInThroughApi(page: Page, role: E2eRole): Promise<void> {
  await postSignIn(page.request, role);
}

/** POST /api/session as the role; the context keeps the session cookie. */
async function postSignIn(api: APIRequestContext, role: E2eRole): Promise<void> {
  const { username, password } = USERS[role];
  const res = await api.post("/api/session", { data: { username, password } });
  if (!res.ok()) throw new Error(`Signing in ${username} through the API failed: ${res.status()} ${await res.text()}`);
}

/**
 * An API client signed in as the role, for seeding data the way an integrator would: the
 * context keeps the session cookie. Dispose of it when done (`await api.dispose()`).
 */
export async function apiAs(role: E2eRole): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL: process.env.E2E_BASE_URL });
  await postSignIn(api, role);
  return api;
}

/** An MRN no other spec uses: clinical records are never deleted, so each spec makes its own patients. */
export function uniqueMrn(prefix = "E2E"): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`.toUpperCase();
}

/** The calendar day `offset` days from today, as the API takes it ("2026-12-02"). */
export const day = (offset: number) => formatISO(addDays(new Date(), offset), { representation: "date" });

/** The body of a 201 answer; any other status fails the spec with the server's reason. */
export async function created(res: APIResponse): Promise<any> {
  expect(res.status(), await res.text()).toBe(201);
  return res.json();
}
