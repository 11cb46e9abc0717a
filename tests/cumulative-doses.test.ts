// The cumulative dose the worklist shows is kept by each dose write (db/commands/cumulative-doses.ts;
// issue 21, item 1), not summed from the patient's history at read time: after doses are recorded
// and one is marked entered-in-error through the API, the kept total equals the sum of the
// patient's final doses, and the worklist shows it. The backfill migration fills the table from
// the doses already there.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { today } from "@/lib/dates";
import { ApiClient, signedIn, useTempDatabase } from "@/lib/testing/api";
import { testSql } from "@/lib/testing/sql";

let cleanup: () => void;
let nurse: ApiClient;
let oncologist: ApiClient;
const day = today();

beforeAll(async () => {
  cleanup = useTempDatabase();
  [nurse, oncologist] = await Promise.all([signedIn("nurse"), signedIn("oncologist")]);
});
afterAll(() => cleanup());

const kept = (patientId: string) =>
  testSql("SELECT agent, total FROM cumulative_doses WHERE patient_id = ? ORDER BY agent").all<{
    agent: string;
    total: number;
  }>(patientId);

const summed = (patientId: string) =>
  testSql(
    "SELECT agent, sum(dose * administrations) AS total FROM doses WHERE patient_id = ? AND status = 'final' GROUP BY agent ORDER BY agent",
  ).all<{ agent: string; total: number }>(patientId);

describe("the cumulative dose kept by each dose write", () => {
  it("follows every dose recorded and every dose marked entered-in-error, and the worklist shows it", async () => {
    const patient = await nurse.post("/api/patients", {
      mrn: "CUM-1",
      familyName: "Kept",
      givenName: "Total",
      birthDate: "1960-05-01",
      sex: "female",
      heightCm: 165,
      weightKg: 62,
    });
    expect(patient.status, JSON.stringify(patient.body)).toBe(201);
    const patientId = patient.body.patient.id as string;
    const course = await oncologist.post(`/api/patients/${patientId}/courses`, {
      name: "VRd",
      startDate: day,
      cycleLengthDays: 21,
      cycles: 4,
      agents: [{ agent: "bortezomib", dose: 1.3, unit: "mg/m2" }],
    });
    expect(course.status, JSON.stringify(course.body)).toBe(201);
    const cycle = course.body.course.cycles[0];
    expect(await kept(patientId)).toEqual([]);

    const ids: string[] = [];
    for (const administrations of [4, 4, 2]) {
      const res = await nurse.post(`/api/cycles/${cycle.id}/doses`, {
        agent: "bortezomib",
        dose: 1.3,
        unit: "mg/m2",
        administrations,
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      ids.push(res.body.dose.id);
      expect(await kept(patientId)).toEqual(await summed(patientId));
    }
    expect(await kept(patientId)).toEqual([{ agent: "bortezomib", total: (await summed(patientId))[0]!.total }]);

    const marked = await nurse.post(`/api/doses/${ids[1]}/entered-in-error`, { reason: "Recorded twice." });
    expect(marked.status, JSON.stringify(marked.body)).toBe(200);
    expect(await kept(patientId)).toEqual(await summed(patientId));
    expect((await kept(patientId))[0]!.total).toBeCloseTo(1.3 * 6, 10);

    const row = (await nurse.get(`/api/worklist?date=${day}&q=CUM-1`)).body.patients[0];
    expect(row.agents[0]).toMatchObject({ agent: "bortezomib", cumulative: (await kept(patientId))[0]!.total });
  });

  it("a refused dose leaves the kept total as it was", async () => {
    const everyTotal = testSql("SELECT * FROM cumulative_doses ORDER BY patient_id, agent");
    const before = await everyTotal.all();
    const res = await nurse.post(`/api/cycles/no-such-cycle/doses`, { agent: "bortezomib", dose: 1.3, unit: "mg/m2" });
    expect(res.status).toBe(404);
    expect(await everyTotal.all()).toEqual(before);
  });
});

it("the backfill migration sums each patient's final doses per agent", () => {
  const dir = path.join(process.cwd(), "db/migrations");
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".sql"))
    .sort();
  const backfill = files.findIndex((f) => f.endsWith("_cumulative-doses-backfill.sql"));
  const db = new Database(":memory:");
  db.pragma("foreign_keys = OFF"); // as db/client.ts migrates
  const run = (file: string) =>
    fs
      .readFileSync(path.join(dir, file), "utf8")
      .split("--> statement-breakpoint")
      .forEach((s) => s.trim() && db.exec(s));
  for (const f of files.slice(0, backfill)) run(f);
  db.exec(`
    INSERT INTO users (id, username, display_name, role, password_hash, created_at) VALUES ('u', 'u', 'U', 'nurse', 'x', 't');
    INSERT INTO patients (id, mrn, family_name, given_name, birth_date, sex, height_cm, weight_kg, risk_factors, created_at, updated_at)
      VALUES ('p', 'M1', 'F', 'G', '1960-01-01', 'female', 170, 70, '[]', 't', 't');
    INSERT INTO courses (id, patient_id, name, start_date, cycle_length_days, created_by, created_at) VALUES ('c', 'p', 'N', '2026-01-01', 21, 'u', 't');
    INSERT INTO cycles (id, course_id, patient_id, number, date, status) VALUES ('y', 'c', 'p', 1, '2026-01-01', 'given');
    INSERT INTO doses (id, patient_id, cycle_id, agent, dose, unit, administrations, given_on, status, recorded_by, recorded_at) VALUES
      ('d1', 'p', 'y', 'bortezomib', 1.3, 'mg/m2', 4, '2026-01-01', 'final', 'u', 't'),
      ('d2', 'p', 'y', 'bortezomib', 1.3, 'mg/m2', 4, '2026-01-01', 'entered-in-error', 'u', 't'),
      ('d3', 'p', 'y', 'oxaliplatin', 85, 'mg/m2', 1, '2026-01-01', 'final', 'u', 't'),
      ('d4', 'p', 'y', 'oxaliplatin', 85, 'mg/m2', 1, '2026-01-15', 'final', 'u', 't');
  `);
  for (const f of files.slice(backfill)) run(f);
  expect(db.prepare("SELECT patient_id, agent, total FROM cumulative_doses ORDER BY agent").all()).toEqual([
    { patient_id: "p", agent: "bortezomib", total: 1.3 * 4 },
    { patient_id: "p", agent: "oxaliplatin", total: 170 },
  ]);
  db.close();
});
