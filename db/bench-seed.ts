import "server-only";
// Benchmark support only: a large synthetic ward inserted in bulk with prepared statements in
// one transaction (the API would take minutes for 100,000 cycles), and a meter of the time
// spent in SQLite, so a benchmark can set a function's time beside its SQL time. The seed
// bypasses the audit trail and the rules on purpose: it is test data in a temp database.
import { shiftDay as shift } from "@/lib/dates";
import { getSqlite } from "./client";
import { newId } from "./ids";

/** A small deterministic generator (mulberry32): the same ward on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIMENS = [
  { share: 0.6, name: "mFOLFOX6", agent: "oxaliplatin", dose: 85, unit: "mg/m2", administrations: 1 },
  { share: 0.25, name: "Paclitaxel", agent: "paclitaxel", dose: 80, unit: "mg/m2", administrations: 1 },
  { share: 0.15, name: "VRd", agent: "bortezomib", dose: 1.3, unit: "mg/m2", administrations: 4 },
] as const;

export interface WardSize {
  patients: number;
  cyclesPerPatient: number;
  /** Every patient has this many exams in all: one per past cycle, the rest follow-ups before the course. */
  examsPerPatient: number;
  cycleLengthDays: number;
  /** The day the worklist is read for. */
  day: string;
  /**
   * Only the first this many patients may have a cycle on `day` (all of them when left out): the
   * others' cycles fall on other days, so a larger network keeps the same day's list.
   */
  duePatients?: number;
  recordedBy: string;
}

export interface WardCounts {
  patients: number;
  cycles: number;
  assessments: number;
  doses: number;
  alerts: number;
  dueOnDay: { patientId: string; cycleId: string }[];
}

function findings(rng: () => number, worse: number) {
  const felt = Math.max(0, 5 - Math.floor(worse * rng() * 3));
  const seconds = Math.max(0, Math.round(15 - worse * 8 * rng()));
  return {
    monofilament: { left: { felt, tested: 5 }, right: { felt: 5, tested: 5 } },
    vibration: { left: seconds, right: Math.min(60, seconds + 1) },
    ankleReflex: { left: worse > 0.7 ? "reduced" : "normal", right: "normal" },
    symptoms: {
      numbness: Math.min(4, Math.floor(worse * 3)),
      tingling: Math.min(4, Math.floor(worse * 2)),
      pain: 0,
      coldDysesthesia: false,
      balance: false,
      falls: 0,
      fineMotor: false,
    },
    adlImpact: "none",
  };
}

/**
 * Patients each with one course of `cyclesPerPatient` cycles, started on a random day so the
 * bench day falls somewhere in it: cycles before the day are given (a dose each) and examined,
 * later ones planned; about one in three of the day's cycles is already examined. Every patient
 * has a no-plan alert open, one in ten a warning and one in thirty a critical alert.
 */
export function seedWard(size: WardSize): WardCounts {
  const sqlite = getSqlite();
  const rng = random(20240611);
  const at = new Date().toISOString();
  const insert = {
    patient: sqlite.prepare(
      `INSERT INTO patients (id, mrn, family_name, given_name, birth_date, sex, height_cm, weight_kg, diagnosis, risk_factors, version, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, '[]', 1, ?, ?)`,
    ),
    course: sqlite.prepare(
      `INSERT INTO courses (id, patient_id, name, start_date, cycle_length_days, setting, created_by, created_at)
       VALUES (?, ?, ?, ?, ?, NULL, ?, ?)`,
    ),
    agent: sqlite.prepare(
      `INSERT INTO course_agents (id, course_id, agent, dose, unit, route, administrations_per_cycle) VALUES (?, ?, ?, ?, ?, 'IV', ?)`,
    ),
    cycle: sqlite.prepare(
      `INSERT INTO cycles (id, course_id, patient_id, number, date, status, version) VALUES (?, ?, ?, ?, ?, ?, 1)`,
    ),
    dose: sqlite.prepare(
      `INSERT INTO doses (id, patient_id, cycle_id, agent, dose, unit, route, administrations, given_at, given_on, status, error_reason, version, recorded_by, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, 'IV', ?, NULL, ?, 'final', NULL, 1, ?, ?)`,
    ),
    exam: sqlite.prepare(
      `INSERT INTO assessments (id, patient_id, cycle_id, assessed_on, findings, sensory_grade, motor_grade, notes, status, status_reason, version, recorded_by, recorded_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, 0, NULL, 'final', NULL, 1, ?, ?, ?)`,
    ),
    cumulative: sqlite.prepare(
      `INSERT INTO cumulative_doses (id, patient_id, agent, total, updated_at) VALUES (?, ?, ?, ?, ?)`,
    ),
    alert: sqlite.prepare(
      `INSERT INTO alerts (id, patient_id, key, kind, severity, agent, message, status, cycle_id, course_id, dose_id, assessment_id, plan_version_id, raised_at, resolved_at, resolved_reason)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'open', NULL, ?, NULL, NULL, NULL, ?, NULL, NULL)`,
    ),
  };
  const counts: WardCounts = { patients: 0, cycles: 0, assessments: 0, doses: 0, alerts: 0, dueOnDay: [] };
  const span = size.cyclesPerPatient * size.cycleLengthDays;

  // A temp database of test data: a large page cache keeps a million-row seed from spilling to the
  // WAL over and over (the default is 2 MB); restored afterwards.
  const cacheSize = sqlite.pragma("cache_size", { simple: true }) as number;
  sqlite.pragma("cache_size = -1048576");
  // The protection triggers (db/protection.ts) look up every unique key of every row inserted,
  // and each index takes its rows in random order: most of the seed's time. Both are set aside
  // for the bulk insert and re-created as they were, in the same transaction (an index built
  // from its rows sorted once), so the ward is protected and indexed like any other database.
  const setAside = sqlite
    .prepare(`SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'index') AND sql IS NOT NULL`)
    .all() as { type: "trigger" | "index"; name: string; sql: string }[];
  sqlite.transaction(() => {
    for (const t of setAside) sqlite.exec(`DROP ${t.type.toUpperCase()} "${t.name}"`);
    for (let p = 0; p < size.patients; p++) {
      const patientId = newId();
      const roll = rng();
      const regimen = roll < 0.6 ? REGIMENS[0] : roll < 0.85 ? REGIMENS[1] : REGIMENS[2];
      insert.patient.run(patientId, `BENCH-${p}`, `Family${p}`, `Given${p}`, "1960-01-01", "female", 165, 68, at, at);
      let offset = Math.floor(rng() * span);
      // Off the day's rhythm by one to cycleLength - 1 days: none of this patient's cycles is on the day.
      if (p >= (size.duePatients ?? size.patients) && offset % size.cycleLengthDays === 0)
        offset += 1 + (p % (size.cycleLengthDays - 1));
      const start = shift(size.day, -offset);
      const courseId = newId();
      insert.course.run(courseId, patientId, regimen.name, start, size.cycleLengthDays, size.recordedBy, at);
      insert.agent.run(newId(), courseId, regimen.agent, regimen.dose, regimen.unit, regimen.administrations);
      let exams = 0;
      let given = 0;
      for (let n = 1; n <= size.cyclesPerPatient; n++) {
        const date = shift(start, (n - 1) * size.cycleLengthDays);
        const cycleId = newId();
        const past = date < size.day;
        insert.cycle.run(cycleId, courseId, patientId, n, date, past ? "given" : "planned");
        counts.cycles++;
        if (date === size.day) counts.dueOnDay.push({ patientId, cycleId });
        if (past) {
          insert.dose.run(
            newId(),
            patientId,
            cycleId,
            regimen.agent,
            regimen.dose,
            regimen.unit,
            regimen.administrations,
            date,
            size.recordedBy,
            at,
          );
          counts.doses++;
          given += regimen.dose * regimen.administrations;
        }
        const examinedToday = date === size.day && rng() < 1 / 3;
        if ((past || examinedToday) && exams < size.examsPerPatient) {
          const worse = n / size.cyclesPerPatient;
          insert.exam.run(
            newId(),
            patientId,
            cycleId,
            date,
            JSON.stringify(findings(rng, worse)),
            worse > 0.6 ? 1 : 0,
            size.recordedBy,
            at,
            at,
          );
          exams++;
        }
      }
      // Follow-up exams from earlier treatment fill the patient's share of the 100,000.
      for (let k = 1; exams < size.examsPerPatient; k++, exams++) {
        const date = shift(start, -7 * k);
        insert.exam.run(newId(), patientId, null, date, JSON.stringify(findings(rng, 0)), 0, size.recordedBy, at, at);
      }
      counts.assessments += exams;
      // What db/commands/cumulative-doses.ts keeps at each dose write, written once here.
      if (given > 0) insert.cumulative.run(newId(), patientId, regimen.agent, given, at);
      const alert = (kind: string, severity: string) => {
        insert.alert.run(
          newId(),
          patientId,
          `${kind}|${regimen.agent}|bench`,
          kind,
          severity,
          regimen.agent,
          `Synthetic ${kind}`,
          courseId,
          at,
        );
        counts.alerts++;
      };
      alert("no-plan", "info");
      if (rng() < 0.1) alert("dose-approaching", "warning");
      if (rng() < 1 / 30) alert("grade-stop", "critical");
      counts.patients++;
    }
    for (const t of setAside) sqlite.exec(t.sql);
  })();
  sqlite.pragma(`cache_size = ${cacheSize}`);
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.pragma("optimize");
  return counts;
}

/**
 * Meters the time spent in SQLite from now on: compiling each statement and running it. Drizzle
 * prepares every query it runs, so wrapping `prepare` catches them all. COMMIT's own write to
 * disk is not counted (better-sqlite3 runs it on a statement of its own).
 */
export function meterSql(): { reset: () => void; elapsedMs: () => number } {
  const sqlite = getSqlite();
  const prepare = sqlite.prepare.bind(sqlite);
  let total = 0;
  const timed =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      const t0 = performance.now();
      try {
        return fn(...args);
      } finally {
        total += performance.now() - t0;
      }
    };
  sqlite.prepare = ((source: string) => {
    const stmt = timed(prepare)(source);
    stmt.all = timed(stmt.all.bind(stmt));
    stmt.get = timed(stmt.get.bind(stmt));
    stmt.run = timed(stmt.run.bind(stmt));
    return stmt;
  }) as typeof sqlite.prepare;
  return { reset: () => (total = 0), elapsedMs: () => total };
}
