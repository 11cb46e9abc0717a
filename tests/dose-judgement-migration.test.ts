// The backfill of the figures each dose was judged with (db/migrations, dose_judgement_backfill):
// existing doses get the height and weight of the day they were recorded (from the audit trail),
// the plan version in force then and its cap, and stay protected afterwards.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, it } from "vitest";

const DIR = path.join(process.cwd(), "db/migrations");
const files = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith(".sql"))
  .sort();
const first = files.findIndex((f) => f.endsWith("_dose_judgement.sql"));
const run = (db: Database.Database, file: string) =>
  fs
    .readFileSync(path.join(DIR, file), "utf8")
    .split("--> statement-breakpoint")
    .forEach((s) => s.trim() && db.exec(s));

it("backfills each dose with the body and the cap of the day it was recorded", () => {
  const db = new Database(":memory:");
  db.pragma("foreign_keys = OFF"); // as db/client.ts migrates
  for (const f of files.slice(0, first)) run(db, f);
  db.exec(`
    INSERT INTO users (id, username, display_name, role, password_hash, created_at) VALUES ('u', 'u', 'U', 'nurse', 'x', 't');
    INSERT INTO patients (id, mrn, family_name, given_name, birth_date, sex, height_cm, weight_kg, risk_factors, created_at, updated_at)
      VALUES ('p', 'M1', 'F', 'G', '1960-01-01', 'female', 170, 90, '[]', 't', 't');
    INSERT INTO courses (id, patient_id, name, start_date, cycle_length_days, created_by, created_at) VALUES ('c', 'p', 'N', '2026-01-01', 21, 'u', 't');
    INSERT INTO course_agents (id, course_id, agent, dose, unit) VALUES ('a1', 'c', 'brentuximab-vedotin', 1.2, 'mg/kg'), ('a2', 'c', 'carboplatin', 700, 'mg');
    INSERT INTO cycles (id, course_id, patient_id, number, date, status) VALUES ('y', 'c', 'p', 1, '2026-01-01', 'given');
    INSERT INTO plan_versions (id, patient_id, agent, version, status, warn_fraction, rules, created_by, created_at, in_force_at, dose_cap)
      VALUES ('pv', 'p', 'carboplatin', 1, 'superseded', 0.8, '[]', 'u', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 1050);
    INSERT INTO doses (id, patient_id, cycle_id, agent, dose, unit, given_on, status, recorded_by, recorded_at) VALUES
      ('d1', 'p', 'y', 'brentuximab-vedotin', 1.2, 'mg/kg', '2026-01-01', 'final', 'u', '2026-01-02T00:00:00Z'),
      ('d2', 'p', 'y', 'carboplatin', 700, 'mg', '2026-01-01', 'final', 'u', '2026-01-02T00:00:00Z');
    INSERT INTO audit_log (at, user_id, action, entity, entity_id, patient_id, before, after)
      VALUES ('2026-01-03T00:00:00Z', 'u', 'patient.update', 'patient', 'p', 'p', '{"heightCm":170,"weightKg":70}', '{}');
  `);
  for (const f of files.slice(first)) run(db, f);
  const doses = db
    .prepare("SELECT id, weight_kg, bsa_m2, cap, cap_source, cap_plan_version_id FROM doses ORDER BY id")
    .all();
  expect(doses).toEqual([
    // Weighed 70 kg when recorded (the patient is 90 kg now); brentuximab's cap at the course's 1.2 mg/kg.
    {
      id: "d1",
      weight_kg: 70,
      bsa_m2: Math.sqrt((170 * 70) / 3600),
      cap: 120,
      cap_source: "agent-default",
      cap_plan_version_id: null,
    },
    {
      id: "d2",
      weight_kg: 70,
      bsa_m2: Math.sqrt((170 * 70) / 3600),
      cap: 1050,
      cap_source: "plan",
      cap_plan_version_id: "pv",
    },
  ]);
  expect(() => db.exec("UPDATE doses SET cap = 1 WHERE id = 'd1'")).toThrow(/doses: only status/);
  db.close();
});
