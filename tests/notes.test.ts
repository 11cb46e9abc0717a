// A pharmacist's note on a cycle or an alert (issue 14, item 6): any clinical role may write one,
// it is audited with the write, it belongs to the patient's own cycle or alert, it never changes
// afterwards, and it decides nothing (the alert stays open).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedIn, useTempDatabase, type ApiClient } from "@/lib/testing/api";
import { testSql } from "@/lib/testing/sql";
import { patientBody } from "./foundation/seed";

let cleanup: () => void;
let nurse: ApiClient;
let pharmacist: ApiClient;
let admin: ApiClient;
let patientId: string;
let cycleId: string;
let alertId: string;
let otherCycleId: string;

async function patientOnFolfox() {
  const { patient } = (await nurse.post("/api/patients", patientBody())).body;
  const created = await pharmacist.post(`/api/patients/${patient.id}/courses`, {
    name: "FOLFOX",
    startDate: "2026-01-05",
    cycleLengthDays: 14,
    cycles: 4,
    setting: "adjuvant",
    agents: [{ agent: "oxaliplatin", dose: 85, unit: "mg/m2" }],
  });
  expect(created.status).toBe(201);
  return { patientId: patient.id as string, course: created.body.course, alerts: created.body.alerts };
}

beforeAll(async () => {
  cleanup = useTempDatabase();
  [nurse, pharmacist, admin] = await Promise.all([signedIn("nurse"), signedIn("pharmacist"), signedIn("admin")]);
  const first = await patientOnFolfox();
  patientId = first.patientId;
  cycleId = first.course.cycles[0].id;
  alertId = first.alerts[0].id; // no-plan: no plan agreed for oxaliplatin yet
  otherCycleId = (await patientOnFolfox()).course.cycles[0].id;
});
afterAll(() => cleanup());

describe("notes on a cycle or an alert", () => {
  it("lets the pharmacist note the dose arithmetic on a cycle, with an audit row, and lists it with her name", async () => {
    const text = "Checked: 85 mg/m2 x 1.72 m2 = 146 mg.";
    const res = await pharmacist.post(`/api/patients/${patientId}/notes`, { cycleId, text });
    expect(res.status).toBe(201);
    expect(res.body.note).toMatchObject({ cycleId, alertId: null, text, authorRole: "pharmacist" });
    const audit = await testSql("SELECT action, patient_id FROM audit_log WHERE entity_id = ?").all(res.body.note.id);
    expect(audit).toEqual([{ action: "note.create", patient_id: patientId }]);
    const { notes } = (await nurse.get(`/api/patients/${patientId}/notes`)).body;
    expect(notes.map((n: { text: string; authorName: string }) => [n.text, n.authorName])).toEqual([
      [text, "Test pharmacist"],
    ]);
  });

  it("notes an alert without deciding it: the alert stays open", async () => {
    const res = await pharmacist.post(`/api/patients/${patientId}/notes`, { alertId, text: "Plan draft sent." });
    expect(res.status).toBe(201);
    const { alerts } = (await nurse.get(`/api/patients/${patientId}/alerts`)).body;
    expect(alerts.find((a: { id: string }) => a.id === alertId).status).toBe("open");
  });

  it("refuses a cycle of another patient, both targets at once, or an empty text (400), and admins (403)", async () => {
    const url = `/api/patients/${patientId}/notes`;
    const foreign = await pharmacist.post(url, { cycleId: otherCycleId, text: "Wrong chart." });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.fields).toHaveProperty("cycleId");
    expect((await pharmacist.post(url, { cycleId, alertId, text: "Both." })).status).toBe(400);
    expect((await pharmacist.post(url, { cycleId, text: "   " })).status).toBe(400);
    expect((await admin.post(url, { cycleId, text: "Admin note." })).status).toBe(403);
    expect((await admin.get(url)).status).toBe(403);
  });

  it("keeps every note as written: no update, no delete", async () => {
    await expect(testSql("UPDATE notes SET text = 'changed'").run()).rejects.toThrow(/never changed/);
    await expect(testSql("DELETE FROM notes").run()).rejects.toThrow(/never deleted/);
  });
});
