// The audit trail is append-only, and every write appends who did what to which record, with
// the record before and after (docs/api.md: "Every write is recorded in the audit trail").
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedIn, useTempDatabase, type ApiClient } from "@/lib/testing/api";
import { testSql } from "@/lib/testing/sql";
import { patientBody } from "./seed";

interface AuditRow {
  id: number;
  at: string;
  user_id: string;
  action: string;
  entity: string;
  entity_id: string;
  patient_id: string | null;
  before: string | null;
  after: string | null;
}

const auditOf = (entityId: string) =>
  testSql("SELECT * FROM audit_log WHERE entity_id = ? ORDER BY id").all<AuditRow>(entityId);

let cleanup: () => void;
let nurse: ApiClient;
let nurseId: string;
beforeAll(async () => {
  cleanup = useTempDatabase();
  nurse = await signedIn("nurse");
  nurseId = (await nurse.get("/api/session")).body.user.id;
});
afterAll(() => cleanup());

describe("the audit trail", () => {
  it("records who created a patient, and the record as created", async () => {
    const body = patientBody();
    const created = await nurse.post("/api/patients", body);
    expect(created.status).toBe(201);
    const id = created.body.patient.id;

    const [row, ...more] = await auditOf(id);
    expect(more).toEqual([]);
    expect(row).toMatchObject({ user_id: nurseId, action: "patient.create", entity: "patient", patient_id: id });
    expect(Date.parse(row!.at)).not.toBeNaN();
    expect(row!.before).toBeNull();
    expect(JSON.parse(row!.after!)).toMatchObject({ id, mrn: body.mrn, heightCm: 165 });
  });

  it("records an edit with the record before and after it", async () => {
    const created = await nurse.post("/api/patients", patientBody());
    const { id, version } = created.body.patient;
    expect((await nurse.patch(`/api/patients/${id}`, { version, weightKg: 58 })).status).toBe(200);

    const rows = await auditOf(id);
    expect(rows.map((r) => r.action)).toEqual(["patient.create", "patient.update"]);
    const update = rows[1]!;
    expect(update.user_id).toBe(nurseId);
    expect(JSON.parse(update.before!)).toMatchObject({ weightKg: 62, version: 1 });
    expect(JSON.parse(update.after!)).toMatchObject({ weightKg: 58, version: 2 });
  });

  it("refuses to change or remove a row, whoever asks", async () => {
    await nurse.post("/api/patients", patientBody());
    const n = await testSql("SELECT count(*) AS n FROM audit_log").value<number>();
    expect(n).toBeGreaterThan(0);

    await expect(testSql("UPDATE audit_log SET action = 'tampered'").run()).rejects.toThrow(/append-only/);
    await expect(testSql("DELETE FROM audit_log").run()).rejects.toThrow(/append-only/);
    expect(await testSql("SELECT count(*) AS n FROM audit_log").get()).toEqual({ n });
    expect(await testSql("SELECT count(*) AS n FROM audit_log WHERE action = 'tampered'").get()).toEqual({ n: 0 });
  });
});
