// What the audit trail records and what the admin may read of it (issue 15, item 7): the cycle a
// dose marks given has its own row; the first read of a patient's record in a session leaves one
// `patient.read` row (who looked at whom), later reads in that session none; and the admin's
// view names records and the fields that changed, never the clinical values.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, signedIn, TEST_PASSWORD, useTempDatabase } from "@/lib/testing/api";
import { testSql } from "@/lib/testing/sql";
import { seedRecords, type RecordIds } from "./records";

let cleanup: () => void;
let nurse: ApiClient;
let oncologist: ApiClient;
let admin: ApiClient;
let ids: RecordIds;

beforeAll(async () => {
  cleanup = useTempDatabase();
  [nurse, oncologist, admin] = await Promise.all([signedIn("nurse"), signedIn("oncologist"), signedIn("admin")]);
  ids = await seedRecords({ nurse, oncologist, admin });
});
afterAll(() => cleanup());

const rows = (action: string, entityId: string) =>
  testSql("SELECT user_id, before, after FROM audit_log WHERE action = ? AND entity_id = ? ORDER BY id").all<{
    user_id: string;
    before: string | null;
    after: string | null;
  }>(action, entityId);

describe("a dose that marks its cycle given", () => {
  it("leaves a cycle.update row, planned to given, beside the dose's own", async () => {
    const [change] = await rows("cycle.update", ids.cycleId);
    expect(JSON.parse(change!.before!)).toEqual({ status: "planned", version: 1 });
    expect(JSON.parse(change!.after!)).toMatchObject({ status: "given", version: 2, byDose: ids.doseId });
    expect(await rows("dose.create", ids.doseId)).toHaveLength(1);
  });
});

describe("reading a patient's record", () => {
  it("is recorded once per session and patient, whichever part is read", async () => {
    const reader = await signedIn("pharmacist");
    const me = (await reader.get("/api/session")).body.user;
    const readsBy = async (userId: string) =>
      (await rows("patient.read", ids.patientId)).filter((r) => r.user_id === userId);
    expect(await readsBy(me.id)).toHaveLength(0);
    for (const path of ["", "/doses", "/assessments", "/plans", "", "/alerts"])
      expect((await reader.get(`/api/patients/${ids.patientId}${path}`)).status).toBe(200);
    expect(await readsBy(me.id)).toHaveLength(1);
    // A new session of the same user is a new look.
    const again = new ApiClient();
    await again.post("/api/session", { username: me.username, password: TEST_PASSWORD });
    await again.get(`/api/patients/${ids.patientId}`);
    expect(await readsBy(me.id)).toHaveLength(2);
    const tags = (await readsBy(me.id)).map((r) => JSON.parse(r.after!).session);
    expect(new Set(tags).size).toBe(2);
  });

  it("records nothing for a patient that does not exist, or a refused read", async () => {
    const reads = testSql("SELECT count(*) FROM audit_log WHERE action = 'patient.read'");
    const before = await reads.value();
    expect((await nurse.get("/api/patients/no-such-patient")).status).toBe(404);
    expect((await admin.get(`/api/patients/${ids.patientId}`)).status).toBe(403);
    expect(await reads.value()).toBe(before);
  });
});

describe("the admin's view of the trail", () => {
  it("names patients' records and the fields that changed, never their clinical values", async () => {
    const res = await admin.get(`/api/audit?patientId=${ids.patientId}&limit=1000`);
    expect(res.status).toBe(200);
    const text = JSON.stringify(res.body);
    // Values seedRecords wrote: the diagnosis, the exam's note, the plan's note.
    for (const value of ["adenocarcinoma", "Tingling in the fingertips", "diabetes", "1962-03-14"])
      expect(text).not.toContain(value);
    const create = res.body.entries.find((e: { action: string }) => e.action === "patient.create");
    expect(create.withheld).toEqual(expect.arrayContaining(["diagnosis", "birthDate", "familyName"]));
    expect(create.mrn).toMatch(/^SEC-/); // whom it concerns stays named
    const dose = res.body.entries.find((e: { action: string }) => e.action === "dose.create");
    expect(dose.after).toMatchObject({ agent: "oxaliplatin", status: "final" });
    expect(dose.after).not.toHaveProperty("dose");
  });

  it("keeps entries about accounts whole", async () => {
    const res = await admin.get(`/api/audit?limit=1000`);
    const created = res.body.entries.find(
      (e: { action: string; entityId: string }) => e.action === "user.create" && e.entityId === ids.userId,
    );
    expect(created.after).toMatchObject({ role: "nurse", displayName: "Target User" });
    expect(created.withheld).toEqual([]);
  });
});
