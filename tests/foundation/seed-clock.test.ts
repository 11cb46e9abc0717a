// The demo ward's history is written at the instants it happened (db/ids.ts `withSeedClock`):
// inside the seeding, a write and its audit row take the seeding's clock; the app's own writes,
// even one served while a seeding runs, keep the real time.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { now, withSeedClock } from "@/db/ids";
import { createPatient } from "@/db/commands/patients";
import { PatientInput } from "@/lib/schemas/patient";
import { signedIn, useTempDatabase, type ApiClient } from "@/lib/testing/api";
import { testSql } from "@/lib/testing/sql";
import { patientBody } from "./seed";

const SEEDED_AT = new Date("2026-03-02T09:15:00.000Z");

const createdAt = (id: string) => testSql("SELECT created_at FROM patients WHERE id = ?").value<string>(id);
const auditedAt = (id: string) => testSql("SELECT at FROM audit_log WHERE entity_id = ?").value<string>(id);

let cleanup: () => void;
let nurse: ApiClient;
let nurseId: string;
beforeAll(async () => {
  cleanup = useTempDatabase();
  nurse = await signedIn("nurse");
  nurseId = (await nurse.get("/api/session")).body.user.id;
});
afterAll(() => cleanup());

describe("the seeding's clock", () => {
  it("dates a write and its audit row inside it, and nothing outside it", async () => {
    const before = new Date().toISOString();
    const seeded = await withSeedClock(
      () => SEEDED_AT,
      () => createPatient(nurseId, PatientInput.parse(patientBody())),
    );
    expect(await createdAt(seeded.id)).toBe(SEEDED_AT.toISOString());
    expect(await auditedAt(seeded.id)).toBe(SEEDED_AT.toISOString());
    expect(now() >= before).toBe(true);
  });

  it("leaves a request served while a seeding runs on the real time", async () => {
    const before = new Date().toISOString();
    let release = () => {};
    const paused = new Promise<void>((resolve) => (release = resolve));
    const seeding = withSeedClock(
      () => SEEDED_AT,
      async () => {
        await paused;
        return createPatient(nurseId, PatientInput.parse(patientBody()));
      },
    );
    const served = await nurse.post("/api/patients", patientBody());
    expect(served.status).toBe(201);
    release();
    const seeded = await seeding;
    expect((await createdAt(served.body.patient.id))! >= before).toBe(true);
    expect((await auditedAt(served.body.patient.id))! >= before).toBe(true);
    expect(await createdAt(seeded.id)).toBe(SEEDED_AT.toISOString());
  });
});
