// `test` with what a Playwright worker makes once and its tests share: a patient with every kind
// of record (e2e/full-record.ts), which no spec using it changes, and each role's session,
// signed in through the API on first use. Specs that only read can then run their tests in
// parallel (test.describe.configure({ mode: "parallel" })), where a beforeAll would run again for
// every test. Signing in through the sign-in page is e2e/auth.spec.ts's story.
import { test as base, type Cookie } from "@playwright/test";
import { apiAs, type E2eRole } from "./fixtures";
import { seedFullRecord, type FullRecord } from "./full-record";

interface WorkerFixtures {
  record: FullRecord;
  /** The role's session cookie, for `page.context().addCookies`. */
  sessionOf: (role: E2eRole) => Promise<Cookie[]>;
}

export const test = base.extend<object, WorkerFixtures>({
  record: [
    async ({}, use) => {
      await use(await seedFullRecord());
    },
    { scope: "worker" },
  ],
  sessionOf: [
    async ({}, use) => {
      const sessions = new Map<E2eRole, Promise<Cookie[]>>();
      const signIn = async (role: E2eRole) => {
        const api = await apiAs(role);
        try {
          return (await api.storageState()).cookies;
        } finally {
          await api.dispose();
        }
      };
      await use((role) => {
        if (!sessions.has(role)) sessions.set(role, signIn(role));
        return sessions.get(role)!;
      });
    },
    { scope: "worker" },
  ],
});

/** A page path of the page table with `{id}` and `{agent}` filled from the record. */
export function urlOf(record: FullRecord, path: string): string {
  return path
    .replace("/patients/{id}", `/patients/${record.patientId}`)
    .replace("/cycles/{id}", `/cycles/${record.cycleIds[1]}`)
    .replace("{agent}", record.agent);
}
