// Script, HTML, SQL and template payloads in every free-text field of the API are stored and
// read back byte for byte: nothing escaped, stripped or executed on the way in (escaping is the
// page's job on the way out, and e2e/hostile-text.spec.ts proves the pages keep them inert).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, signedIn, TEST_PASSWORD, useTempDatabase } from "@/lib/testing/api";
import { testSql } from "@/lib/testing/sql";
import { PAYLOADS } from "./payloads";
import { courseBody, examBody, patientBody, unique } from "./records";

let cleanup: () => void;
let nurse: ApiClient;
let oncologist: ApiClient;
let admin: ApiClient;

beforeAll(async () => {
  cleanup = useTempDatabase();
  [nurse, oncologist, admin] = await Promise.all([signedIn("nurse"), signedIn("oncologist"), signedIn("admin")]);
});
afterAll(() => cleanup());

async function created(res: Promise<{ status: number; body: any }>, status = 201) {
  const answer = await res;
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  return answer.body;
}

/** Every payload, and all of them in one string, in every free-text field. */
const CASES = [...PAYLOADS, PAYLOADS.join(" ").slice(0, 200)];

describe.each(CASES)("the payload %j", (text) => {
  it("is stored verbatim in every free-text field and read back equal", async () => {
    const { patient } = await created(
      nurse.post("/api/patients", patientBody({ familyName: text, givenName: text, diagnosis: text })),
    );
    const base = `/api/patients/${patient.id}`;
    const { course, alerts } = await created(oncologist.post(`${base}/courses`, courseBody({ name: text })));
    const [first, second] = course.cycles;

    const { assessment: amended } = await created(nurse.post(`${base}/assessments`, examBody(first.id, first.date)));
    await created(nurse.patch(`/api/assessments/${amended.id}`, { version: 1, reason: text, notes: text }), 200);
    const { assessment: voided } = await created(nurse.post(`${base}/assessments`, examBody(second.id, second.date)));
    await created(nurse.post(`/api/assessments/${voided.id}/entered-in-error`, { reason: text }), 200);
    const { dose } = await created(
      nurse.post(`/api/cycles/${first.id}/doses`, { agent: "oxaliplatin", dose: 85, unit: "mg/m2" }),
    );
    await created(nurse.post(`/api/doses/${dose.id}/entered-in-error`, { reason: text }), 200);
    const { plan } = await created(oncologist.put(`${base}/plans/oxaliplatin`, { notes: text }));
    await created(oncologist.post(`/api/alerts/${alerts[0].id}/acknowledge`, { decision: "proceed", reason: text }));
    const { user } = await created(
      admin.post("/api/users", {
        username: unique("hostile").toLowerCase(),
        displayName: text,
        role: "nurse",
        password: TEST_PASSWORD,
      }),
    );

    const read = async (url: string, client = nurse) => await created(client.get(url), 200);
    const stored = (await read(base)).patient;
    expect([stored.familyName, stored.givenName, stored.diagnosis]).toEqual([text, text, text]);
    expect((await read(`${base}/courses`)).courses[0].name).toBe(text);
    const exams = (await read(`${base}/assessments`)).assessments;
    const amendedNow = exams.find((a: any) => a.id === amended.id);
    expect([amendedNow.notes, amendedNow.statusReason, amendedNow.history[0].reason]).toEqual([text, text, text]);
    expect(exams.find((a: any) => a.id === voided.id).statusReason).toBe(text);
    expect((await read(`${base}/doses`)).doses.find((d: any) => d.id === dose.id).errorReason).toBe(text);
    const versions = (await read(`${base}/plans`)).plans.flatMap((p: any) => p.versions);
    expect(versions.find((v: any) => v.id === plan.id).notes).toBe(text);
    const decided = (await read(`${base}/alerts?status=all`)).alerts.find((a: any) => a.id === alerts[0].id);
    expect(decided.acknowledgement.reason).toBe(text);
    expect((await read("/api/users", admin)).users.find((u: any) => u.id === user.id).displayName).toBe(text);

    // The audit trail keeps the same text, as written (read from the database: the admin's view
    // of the trail withholds a patient's values, issue 15).
    const registration = await testSql(
      "SELECT after FROM audit_log WHERE action = 'patient.create' AND patient_id = ?",
    ).value<string>(patient.id);
    expect(JSON.parse(registration!).familyName).toBe(text);
  });
});

it("an SQL payload left every table in place", async () => {
  // The payloads above included DROP TABLE and DELETE: the tables and the trail are all still here.
  const { patients } = await created(nurse.get("/api/patients?limit=1000"), 200);
  expect(patients.length).toBe(CASES.length);
  const { entries } = await created(admin.get("/api/audit?limit=1000"), 200);
  expect(entries.length).toBeGreaterThan(CASES.length * 10);
});

it("a search for a payload finds it as text, not as SQL", async () => {
  const { patients } = await created(
    nurse.get(`/api/patients?q=${encodeURIComponent("'; DROP TABLE patients; --")}`),
    200,
  );
  expect(patients.map((p: any) => p.familyName)).toContain("'; DROP TABLE patients; --");
  const none = await created(nurse.get(`/api/patients?q=${encodeURIComponent("' OR '1'='1")}`), 200);
  expect(none.patients).toEqual([]);
});
