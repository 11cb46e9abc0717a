// The audit trail as an auditor reads it (issue 14, item 7): names instead of ids, actions in
// words with their cycle, changes as named fields, filters by patient name or MRN and by action,
// and a CSV of exactly the filtered view.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actionInWords, changesText, fieldChanges } from "@/components/admin/audit-words";
import { listAudit } from "@/db/reads/audit-log";
import { signedIn, useTempDatabase, type ApiClient } from "@/lib/testing/api";
import { normalExam } from "@/lib/testing/exam-body";
import { patientBody } from "./seed";

let cleanup: () => void;
let nurse: ApiClient;
let oncologist: ApiClient;
let admin: ApiClient;
let patient: { id: string; mrn: string; familyName: string; givenName: string };
beforeAll(async () => {
  cleanup = useTempDatabase();
  [nurse, oncologist, admin] = await Promise.all([signedIn("nurse"), signedIn("oncologist"), signedIn("admin")]);
  patient = (await nurse.post("/api/patients", patientBody())).body.patient;
  const { course } = (
    await oncologist.post(`/api/patients/${patient.id}/courses`, {
      name: "FOLFOX",
      startDate: "2026-01-05",
      cycleLengthDays: 14,
      cycles: 4,
      setting: "adjuvant",
      agents: [{ agent: "oxaliplatin", dose: 85, unit: "mg/m2" }],
    })
  ).body;
  const exam = await nurse.post(`/api/patients/${patient.id}/assessments`, {
    ...normalExam(5, { left: 14, right: 13 }),
    cycleId: course.cycles[2].id,
    assessedOn: course.cycles[2].date,
  });
  expect(exam.status).toBe(201);
  expect((await nurse.patch(`/api/patients/${patient.id}`, { version: 1, weightKg: 58 })).status).toBe(200);
});
afterAll(() => cleanup());

const base = { limit: 200, offset: 0 };

describe("reading the audit trail", () => {
  it("names who did it and the patient, and says the action in words with its cycle", async () => {
    const [exam] = await listAudit({ ...base, patient: patient.mrn, action: "assessment.create" });
    expect(exam).toMatchObject({ userName: "Test nurse", mrn: patient.mrn, cycleNumber: 3 });
    expect(exam!.patientName).toBe(`${patient.familyName}, ${patient.givenName}`);
    expect(actionInWords(exam!)).toBe("Recorded exam, cycle 3");
  });

  it("says a sign-in with the person's name", async () => {
    const signIns = await listAudit({ ...base, action: "session.create" });
    expect(signIns.map(actionInWords)).toContain("Signed in: Test admin");
  });

  it("finds a patient's entries by part of the family name, and by MRN only when it is the whole MRN", async () => {
    const byName = await listAudit({ ...base, patient: patient.familyName.slice(1, 5) });
    expect(byName.length).toBeGreaterThan(2);
    expect(byName.every((e) => e.mrn === patient.mrn)).toBe(true);
    expect(await listAudit({ ...base, patient: "no such person%" })).toEqual([]);
  });

  it("shows an edit as the named fields that changed, without the patient's values (the admin's view)", async () => {
    const [update] = await listAudit({ ...base, patient: patient.mrn, action: "patient.update" });
    expect(fieldChanges(update!)).toEqual(
      expect.arrayContaining([{ field: "weight kg", before: null, after: "recorded (value not shown)" }]),
    );
    expect(fieldChanges(update!).map((c) => c.field)).not.toContain("id");
    expect(changesText(update!)).toContain("weight kg: recorded (value not shown)");
    expect(update!.before).not.toHaveProperty("weightKg");
    expect(update!.after).not.toHaveProperty("weightKg");
  });

  it("gives the filtered view as CSV, times with their zone, to an admin only", async () => {
    const csv = await admin.get(`/api/audit.csv?patient=${patient.mrn}&action=patient`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const lines = (csv.body as string).trim().split("\r\n");
    expect(lines[0]).toBe("when,who,username,action,action_code,patient,mrn,changes");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(",Changed a patient's details,patient.update,");
    expect(lines[2]).toContain(",Registered a patient,patient.create,");
    // The time is quoted: "1 Dec 2026, 14:05 CET" holds a comma.
    expect(lines[1]).toMatch(/^"\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} [A-Za-z+\-0-9:]+",Test nurse,/);
    expect((await nurse.get("/api/audit.csv")).status).toBe(403);
  });
});
