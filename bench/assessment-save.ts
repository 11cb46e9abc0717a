// The assessment save as the API runs it (db/commands/assessments recordAssessment: one IMMEDIATE
// transaction that writes the exam and its audit row and re-evaluates the patient's alerts),
// timed in-process on the synthetic ward of bench/worklist.ts, beside its SQL time.
import { recordAssessment } from "@/db/commands/assessments";
import { createCourse } from "@/db/commands/courses";
import { recordDose } from "@/db/commands/doses";
import { createPatient } from "@/db/commands/patients";
import { shiftDay } from "@/lib/dates";
import type { AssessmentInput } from "@/lib/schemas/assessment";
import { latencySummary } from "./lib/report";

/** A pre-infusion exam with mild symptoms: it raises a grade or worsening alert for some patients. */
export function exam(cycleId: string, day: string, i: number): AssessmentInput {
  return {
    cycleId,
    assessedOn: day,
    monofilament: { left: { felt: 4, tested: 5 }, right: { felt: 5, tested: 5 } },
    vibration: { left: 9 + (i % 5), right: 12 },
    ankleReflex: { left: "normal", right: "reduced" },
    symptoms: {
      numbness: 1,
      tingling: i % 3,
      pain: 0,
      coldDysesthesia: false,
      balance: false,
      falls: 0,
      fineMotor: false,
    },
    adlImpact: i % 7 === 0 ? "instrumental" : "none",
    sensoryGrade: i % 7 === 0 ? 2 : 1,
    motorGrade: 0,
  };
}

export interface SaveTiming {
  saves: number;
  total: ReturnType<typeof latencySummary>;
  sql: ReturnType<typeof latencySummary>;
}

/** Saves one exam for each of `targets` (cycles due on `day`), one after another. */
export async function measureAssessmentSave(
  userId: string,
  targets: readonly { patientId: string; cycleId: string }[],
  day: string,
  meter: { reset: () => void; elapsedMs: () => number },
): Promise<SaveTiming> {
  const totals: number[] = [];
  const sql: number[] = [];
  for (const [i, t] of targets.entries()) {
    meter.reset();
    const t0 = performance.now();
    await recordAssessment(userId, t.patientId, exam(t.cycleId, day, i));
    totals.push(performance.now() - t0);
    sql.push(meter.elapsedMs());
  }
  return { saves: targets.length, total: latencySummary(totals), sql: latencySummary(sql) };
}

/** Weekly cycles given and examined before the timed save (issue 21, item 5: "40 cycles of history"). */
export const HISTORY_CYCLES = 40;

/**
 * `patients` patients each with a weekly paclitaxel course whose first HISTORY_CYCLES cycles are
 * given and examined (through db/, as the API records them: rules, alerts and audit rows); gives,
 * for each, the next cycle, dated `day`, on which an exam is yet to be saved.
 */
export async function seedHistoryPatients(
  userId: string,
  patients: number,
  day: string,
): Promise<{ patientId: string; cycleId: string }[]> {
  const next: { patientId: string; cycleId: string }[] = [];
  for (let p = 0; p < patients; p++) {
    const patient = await createPatient(userId, {
      mrn: `BENCH-HISTORY-${p}`,
      familyName: `History${p}`,
      givenName: "Long",
      birthDate: "1958-03-14",
      sex: "female",
      heightCm: 164,
      weightKg: 64,
    });
    const { course } = await createCourse(userId, patient.id, {
      name: "Weekly paclitaxel",
      startDate: shiftDay(day, -7 * HISTORY_CYCLES),
      cycleLengthDays: 7,
      cycles: HISTORY_CYCLES + 2,
      agents: [{ agent: "paclitaxel", dose: 80, unit: "mg/m2" }],
    });
    for (const [i, cycle] of course.cycles.slice(0, HISTORY_CYCLES).entries()) {
      await recordAssessment(userId, patient.id, exam(cycle.id, cycle.date, i));
      await recordDose(userId, cycle.id, { agent: "paclitaxel", dose: 80, unit: "mg/m2" });
    }
    next.push({ patientId: patient.id, cycleId: course.cycles[HISTORY_CYCLES]!.id });
  }
  return next;
}

/** One exam saved for each of `patients` patients of seedHistoryPatients, on its next cycle, timed. */
export async function measureHeavySave(
  userId: string,
  patients: number,
  day: string,
  meter: { reset: () => void; elapsedMs: () => number },
): Promise<SaveTiming> {
  return measureAssessmentSave(userId, await seedHistoryPatients(userId, patients, day), day, meter);
}
