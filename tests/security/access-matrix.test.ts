// Every cell of the access table of docs/security.md, proved through the route handlers: each
// endpoint called with a valid request by anonymous, nurse, oncologist, pharmacist and admin
// answers its success status where the table says yes, 403 where it says no, and 401 to anyone
// not signed in (but the two public routes). Also: every route file is in the endpoint table,
// every page is in the page table, unknown ids answer 404, and ids that belong to another
// patient's records are refused.
import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/db/commands/users";
import { endpoints, mayCall } from "@/lib/schemas/endpoints";
import { hashPassword } from "@/lib/auth/password";
import { ROLES, type Role } from "@/lib/domain/codes";
import { ApiClient, METHODS, routeFiles, signedIn, TEST_PASSWORD, useTempDatabase } from "@/lib/testing/api";
import { apiAccessTable, CALLERS, expectedStatus, PAGES, pageAccessTable, type Caller } from "./access";
import {
  databaseFingerprint,
  ENDPOINT_NAMES,
  examBody,
  isWrite,
  pathOf,
  seedRecords,
  validBody,
  type EndpointName,
  type RecordIds,
} from "./records";

let cleanup: () => void;
const clients = {} as Record<Role, ApiClient>;
let shared: RecordIds;
const signInUser = { username: "matrix.signin", password: TEST_PASSWORD };

beforeAll(async () => {
  cleanup = useTempDatabase();
  for (const role of ROLES) clients[role] = await signedIn(role);
  await createUser(null, {
    username: signInUser.username,
    displayName: "Sign-in Target",
    role: "nurse",
    passwordHash: await hashPassword(TEST_PASSWORD),
  });
  shared = await seedRecords(clients);
});
afterAll(() => cleanup());

/** Session routes change the caller's own session, so they get a session of their own. */
async function callerFor(name: EndpointName, caller: Caller): Promise<ApiClient> {
  if (caller === "anonymous") return new ApiClient();
  if (name === "signIn" || name === "signOut") return signedIn(caller);
  return clients[caller];
}

describe("the API access table", () => {
  it.each(ENDPOINT_NAMES.flatMap((name) => CALLERS.map((caller) => [name, caller] as const)))(
    "%s as %s",
    async (name, caller) => {
      const def = endpoints[name];
      // A write acts on fresh records, so each cell starts from the same state (version 1, unsigned).
      const ids = isWrite(def) ? await seedRecords(clients) : shared;
      const client = await callerFor(name, caller);
      const res = await client.call(def.method, pathOf(def, ids), validBody(name, ids, signInUser));
      expect(res.status, JSON.stringify(res.body)?.slice(0, 300)).toBe(expectedStatus(def, caller));
      if (res.status === 401) expect(res.body.error.code).toBe("unauthenticated");
      if (res.status === 403) expect(res.body.error.code).toBe("forbidden");
      // "An admin may not do this.", never "A admin".
      if (res.status === 403) expect(res.body.error.message).not.toMatch(/\bA [aeiou]/);
    },
  );

  it("is the table written in docs/security.md", () => {
    // Compared cell by cell: a formatter may pad the columns of the document's tables.
    const cells = (markdown: string) =>
      markdown
        .split("\n")
        .map((line) =>
          line
            .trim()
            .replace(/\s*\|\s*/g, "|")
            .replace(/-{3,}/g, "---"),
        )
        .join("\n");
    const doc = cells(fs.readFileSync(path.join(process.cwd(), "docs/security.md"), "utf8"));
    expect(doc).toContain(cells(apiAccessTable()));
    expect(doc).toContain(cells(pageAccessTable()));
  });
});

describe("what a page offers, from the API table (mayCall)", () => {
  it("answers as each endpoint's access says, for every role", () => {
    for (const name of Object.keys(endpoints) as (keyof typeof endpoints)[]) {
      for (const role of ROLES)
        expect(mayCall(role, name), `${role} ${name}`).toBe(expectedStatus(endpoints[name], role) !== 403);
    }
    expect(mayCall("pharmacist", "recordAssessment")).toBe(false);
    expect(mayCall("nurse", "recordDose")).toBe(true);
  });
});

describe("the routes and pages the tables cover", () => {
  it("every route file serves exactly the methods of its endpoints", async () => {
    for (const route of routeFiles().filter((r) => !r.catchAll)) {
      const mod = (await import(route.file)) as Record<string, unknown>;
      const served = METHODS.filter((m) => typeof mod[m] === "function");
      const defined = Object.values(endpoints)
        .filter((e) => e.path === route.pattern)
        .map((e) => e.method);
      expect([...served].sort(), route.pattern).toEqual([...defined].sort());
    }
  });

  it("every endpoint has its route file", () => {
    const patterns = new Set(routeFiles().map((r) => r.pattern));
    for (const def of Object.values(endpoints)) expect(patterns, def.path).toContain(def.path);
  });

  it("every page of app/ is in the page table", () => {
    const pages: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory() && entry.name !== "api") walk(full);
        else if (entry.name === "page.tsx") pages.push(full);
      }
    };
    walk(path.join(process.cwd(), "app"));
    const routes = pages.map(
      (file) =>
        "/" +
        path
          .relative(path.join(process.cwd(), "app"), path.dirname(file))
          .split(path.sep)
          // Route groups such as (clinic) are not part of the URL.
          .filter((s) => s !== "" && !/^\(.*\)$/.test(s))
          .map((s) => s.replace(/^\[(\w+)\]$/, "{$1}"))
          .join("/"),
    );
    // The public pages: signing in, and the patient's questionnaire behind a one-time code (and
    // the page where the code is typed).
    const listed = new Set([...PAGES.map((p) => p.path), "/sign-in", "/report", "/report/{code}"]);
    for (const route of routes) expect(listed, `${route} is missing from tests/security/access.ts`).toContain(route);
  });
});

describe("records by id", () => {
  const withId = ENDPOINT_NAMES.filter((name) => endpoints[name].path.includes("{id}"));

  it.each(withId)("%s: an id that does not exist, or is malformed, answers 404 and writes nothing", async (name) => {
    const def = endpoints[name];
    const role = def.access === "public" || def.access === "signed-in" ? "nurse" : def.access[0];
    for (const id of [randomUUID(), "not-an-id", "1 OR 1=1"]) {
      const before = await databaseFingerprint(["password_attempts"]);
      const res = await clients[role].call(def.method, pathOf(def, shared, id), validBody(name, shared));
      expect(res.status, `${def.method} ${id}: ${JSON.stringify(res.body)}`).toBe(404);
      expect(res.body.error.code).toBe("not_found");
      expect(await databaseFingerprint(["password_attempts"])).toEqual(before);
    }
  });

  it("an unknown agent in a plan's path answers 404", async () => {
    const res = await clients.oncologist.put(`/api/patients/${shared.patientId}/plans/not-an-agent`, {});
    expect(res.status).toBe(404);
  });

  it("every clinician reads another clinician's patient; the admin reads none", async () => {
    // No per-patient assignment in this app (docs/api.md): every clinician may read every patient.
    for (const role of ROLES) {
      const res = await clients[role].get(`/api/patients/${shared.patientId}/assessments`);
      expect(res.status, role).toBe(role === "admin" ? 403 : 200);
    }
  });

  it("an exam that names another patient's cycle is refused with 400 and writes nothing", async () => {
    const other = await seedRecords(clients);
    const before = await databaseFingerprint();
    const res = await clients.nurse.post(
      `/api/patients/${shared.patientId}/assessments`,
      examBody(other.cycleId, other.cycleDate),
    );
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields)).toContain("cycleId");
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("an amendment cannot move an exam to another cycle", async () => {
    const other = await seedRecords(clients);
    const res = await clients.nurse.patch(`/api/assessments/${shared.assessmentId}`, {
      version: 1,
      reason: "Moving it",
      cycleId: other.cycleId,
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields)).toContain("cycleId");
  });

  it("a dose for an agent that is not in the cycle's course is refused with 400", async () => {
    const res = await clients.nurse.post(`/api/cycles/${shared.nextCycleId}/doses`, {
      agent: "paclitaxel",
      dose: 80,
      unit: "mg/m2",
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields)).toContain("agent");
  });
});
