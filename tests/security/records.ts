// The records the security tests aim at: one patient with every kind of record (course and
// cycles, a dose, an exam, a plan draft, an open alert) and a user, plus a valid request for
// every endpoint of lib/schemas/endpoints.ts. A new endpoint without a request here fails the tests,
// so none goes unchecked.
import { expect } from "vitest";
import { endpoints, type EndpointDef } from "@/lib/schemas/endpoints";
import { getTableColumns } from "drizzle-orm";
import { schemaTables } from "@/db/protection";
import { type ApiClient, TEST_PASSWORD } from "@/lib/testing/api";
import { calmAnswers } from "@/lib/testing/self-report-body";
import { testSql } from "@/lib/testing/sql";

export type EndpointName = keyof typeof endpoints;
export const ENDPOINT_NAMES = Object.keys(endpoints) as EndpointName[];

export interface RecordIds {
  patientId: string;
  courseId: string;
  /** Cycle 1: given (it has the dose) and assessed. */
  cycleId: string;
  cycleDate: string;
  /** Cycle 2: still planned and at version 1, the one the /api/cycles/{id} routes act on. */
  nextCycleId: string;
  doseId: string;
  assessmentId: string;
  planId: string;
  alertId: string;
  interventionId: string;
  userId: string;
  agent: "oxaliplatin";
  /** A patient's one-time self-report code, not yet used. */
  selfReportCode: string;
  /** A patient treated only at another site: the one break-the-glass opens (docs/sites.md). */
  otherSitePatientId: string;
}

let seq = 0;
/** Unique within this test process: MRNs and usernames are unique in the database. */
export const unique = (prefix: string) => `${prefix}-${++seq}-${Date.now().toString(36)}`.toUpperCase();

export const patientBody = (overrides: Record<string, unknown> = {}) => ({
  mrn: unique("SEC"),
  familyName: "Okafor",
  givenName: "Adaeze",
  birthDate: "1962-03-14",
  sex: "female",
  heightCm: 168,
  weightKg: 71,
  diagnosis: "Colon adenocarcinoma, stage III",
  riskFactors: ["diabetes"],
  ...overrides,
});

export const courseBody = (overrides: Record<string, unknown> = {}) => ({
  name: "FOLFOX",
  startDate: "2026-03-02",
  cycleLengthDays: 14,
  cycles: 6,
  setting: "adjuvant",
  agents: [{ agent: "oxaliplatin", dose: 85, unit: "mg/m2", route: "IV" }],
  ...overrides,
});

export const examBody = (cycleId: string | null, assessedOn: string, overrides: Record<string, unknown> = {}) => ({
  cycleId,
  assessedOn,
  monofilament: { left: { felt: 4, tested: 4 }, right: { felt: 3, tested: 4 } },
  vibration: { left: 12, right: 11.5 },
  ankleReflex: { left: "normal", right: "reduced" },
  symptoms: { numbness: 1, tingling: 1, pain: 0, coldDysesthesia: true, balance: false, falls: 0, fineMotor: false },
  adlImpact: "none",
  sensoryGrade: 1,
  motorGrade: 0,
  notes: "Tingling in the fingertips since the last cycle.",
  ...overrides,
});

/** A patient with a course (which raises a no-plan alert), a dose, an exam, a plan draft and supportive care; and a user. */
export async function seedRecords(clients: {
  nurse: ApiClient;
  oncologist: ApiClient;
  admin: ApiClient;
}): Promise<RecordIds> {
  const ok = (res: { status: number; body: any }, status = 201) => {
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    return res.body;
  };
  const { patient } = ok(await clients.nurse.post("/api/patients", patientBody()));
  const { course, alerts } = ok(await clients.oncologist.post(`/api/patients/${patient.id}/courses`, courseBody()));
  const cycle = course.cycles[0];
  const { dose } = ok(
    await clients.nurse.post(`/api/cycles/${cycle.id}/doses`, { agent: "oxaliplatin", dose: 85, unit: "mg/m2" }),
  );
  const { assessment } = ok(
    await clients.nurse.post(`/api/patients/${patient.id}/assessments`, examBody(cycle.id, cycle.date)),
  );
  const { plan } = ok(await clients.oncologist.put(`/api/patients/${patient.id}/plans/oxaliplatin`, {}));
  const { intervention } = ok(
    await clients.nurse.post(`/api/patients/${patient.id}/interventions`, { kind: "exercise", startedOn: cycle.date }),
  );
  const { invitation } = ok(await clients.nurse.post(`/api/patients/${patient.id}/self-report-invitations`));
  const { user } = ok(
    await clients.admin.post("/api/users", {
      username: unique("target").toLowerCase(),
      displayName: "Target User",
      role: "nurse",
      password: TEST_PASSWORD,
    }),
  );
  // A second site and a patient treated only there; the callers work at the first.
  // Each seeding its own site: a network's sites are unique by name as well as by code.
  const north = unique("S");
  const { site } = ok(await clients.admin.post("/api/sites", { code: north, name: `North infusion centre ${north}` }));
  const elsewhere = ok(await clients.nurse.post("/api/patients", patientBody())).patient;
  ok(await clients.oncologist.post(`/api/patients/${elsewhere.id}/courses`, courseBody({ siteId: site.id })));
  return {
    patientId: patient.id,
    courseId: course.id,
    cycleId: cycle.id,
    cycleDate: cycle.date,
    nextCycleId: course.cycles[1].id,
    doseId: dose.id,
    assessmentId: assessment.id,
    planId: plan.id,
    alertId: alerts[0].id,
    interventionId: intervention.id,
    userId: user.id,
    agent: "oxaliplatin",
    selfReportCode: invitation.code,
    otherSitePatientId: elsewhere.id,
  };
}

/** The endpoint's path with the ids of these records: each `{id}` is the record its path names. */
export function pathOf(def: EndpointDef, ids: RecordIds, idOverride?: string): string {
  const idFor: [RegExp, string][] = [
    [/^\/api\/patients\/\{id\}\/site-access$/, ids.otherSitePatientId],
    [/^\/api\/patients\//, ids.patientId],
    [/^\/api\/cycles\//, ids.nextCycleId],
    [/^\/api\/doses\//, ids.doseId],
    [/^\/api\/assessments\//, ids.assessmentId],
    [/^\/api\/plans\//, ids.planId],
    [/^\/api\/alerts\//, ids.alertId],
    [/^\/api\/users\//, ids.userId],
    [/^\/api\/interventions\//, ids.interventionId],
  ];
  const id = idOverride ?? idFor.find(([re]) => re.test(def.path))?.[1];
  return def.path
    .replace("{id}", encodeURIComponent(id ?? ""))
    .replace("{agent}", ids.agent)
    .replace("{code}", encodeURIComponent(idOverride ?? ids.selfReportCode));
}

/**
 * A request each endpoint accepts, given these records. `signIn` takes the credentials of the
 * caller's choice; the others are the bodies a careful client sends.
 */
export function validBody(name: EndpointName, ids: RecordIds, credentials?: { username: string; password: string }) {
  switch (name) {
    case "signIn":
      return credentials ?? { username: "nobody", password: "not the password" };
    case "createUser":
      return {
        username: unique("user").toLowerCase(),
        displayName: "Ward Nurse",
        role: "nurse",
        password: TEST_PASSWORD,
      };
    case "updateUser":
      return { version: 1, displayName: "Ward Nurse (nights)" };
    case "createPatient":
      return patientBody();
    case "updatePatient":
      return { version: 1, weightKg: 69.5 };
    case "createCourse":
      return courseBody();
    case "updateCycle":
      return { version: 1, date: "2026-03-03" };
    case "recordDose":
      return { agent: "oxaliplatin", dose: 85, unit: "mg/m2", route: "IV", givenAt: "2026-03-02T09:30:00+01:00" };
    case "doseInError":
      return { reason: "Recorded on the wrong cycle." };
    case "recordAssessment":
      return examBody(ids.cycleId, ids.cycleDate);
    case "amendAssessment":
      return { version: 1, reason: "Right foot re-tested.", monofilament: examBody(null, "").monofilament };
    case "assessmentInError":
      return { reason: "Recorded for the wrong patient." };
    case "draftPlan":
      return {
        cumulativeLimit: 800,
        warnFraction: 0.75,
        rules: [
          { minGrade: 2, action: "reduce", toDose: 65 },
          { minGrade: 3, action: "stop" },
        ],
        notes: "Agreed at the tumour board.",
      };
    case "signPlan":
      return { meaning: "agreed", password: TEST_PASSWORD };
    case "addNote":
      return { cycleId: ids.cycleId, text: "Checked: 85 mg/m2 x 1.72 m2 = 146 mg." };
    case "recordIntervention":
      return { kind: "duloxetine", startedOn: ids.cycleDate, dose: 30 };
    case "updateIntervention":
      return { version: 1, response: "better" };
    case "inviteSelfReport":
      return {};
    case "submitSelfReport":
      return { answers: calmAnswers({ comment: "The tingling is worse in the cold." }) };
    case "createSite": {
      const code = unique("E");
      return { code, name: `East infusion centre ${code}` };
    }
    case "breakGlass":
      return { reason: "Covering the north centre's clinic today." };
    case "acknowledgeAlert":
      return { decision: "proceed", reason: "Plan to be agreed before cycle 2." };
    case "acknowledgeAlerts":
      return { alertIds: [ids.alertId], decision: "proceed", reason: "Plan to be agreed before cycle 2." };
    case "decideOnAgent":
      return { decision: "hold", reason: "Reviewed: hold until the numbness settles." };
    default:
      return undefined;
  }
}

export const WRITE_METHODS = ["POST", "PUT", "PATCH"] as const;
export const isWrite = (def: EndpointDef) => (WRITE_METHODS as readonly string[]).includes(def.method);

/**
 * One statement that sums up every table of the schema (db/protection.ts lists them; PostgreSQL's
 * are the same, tests/foundation/pg-schema-parity.test.ts), in SQL both databases run: one round
 * trip a fingerprint, as the fuzz takes one for each of its requests.
 */
let fingerprintStatement: string | undefined;
// Typed, as PostgreSQL gives the columns of a UNION the type of their first non-null branch.
const NO_NUMBER = "CAST(NULL AS bigint)";
const NO_TEXT = "CAST(NULL AS text)";
function everyTableSummed(): string {
  return (fingerprintStatement ??= [...schemaTables()]
    .map(([table, columns]) => {
      const has = (column: string) => Object.values(getTableColumns(columns)).some((c) => c.name === column);
      const parts = [
        `'${table}' AS name`,
        "count(*) AS n",
        `${has("version") ? "sum(version)" : NO_NUMBER} AS versions`,
        `${has("status") ? "string_agg(status, ',' ORDER BY id)" : NO_TEXT} AS statuses`,
        `${has("revoked_at") ? "count(revoked_at)" : NO_NUMBER} AS revoked`,
      ];
      return `SELECT ${parts.join(", ")} FROM "${table}"`;
    })
    .join(" UNION ALL "));
}

/**
 * What every table holds, cheaply: its row count, and for tables with a `version` or `status`
 * its sum of versions and its statuses, since clinical writes update rows in place. Every
 * write also appends to audit_log, so an unchanged fingerprint means nothing was written.
 */
export async function databaseFingerprint(ignore: readonly string[] = []): Promise<Record<string, string>> {
  const fingerprint: Record<string, string> = {};
  const rows = await testSql(everyTableSummed()).all<{ name: string; [part: string]: unknown }>();
  for (const { name, ...parts } of rows) if (!ignore.includes(name)) fingerprint[name] = JSON.stringify(parts);
  return fingerprint;
}
