// A patient due today with last cycle's exam on record, seeded through the API as a nurse and an
// oncologist would: shared by the infusion-day and exam-entry specs and the keystroke benchmark
// (bench/exam-keys.ts), each of which makes its own patient with a unique MRN.
import { apiAs, created, day, uniqueMrn } from "./fixtures";
import { normalExam } from "../lib/testing/exam-body";

export const BASELINE_EXAM = normalExam(5, { left: 14, right: 13 });

/**
 * A colon cancer patient on adjuvant FOLFOX whose cycle 2 is today, with a cycle-1 exam and dose
 * recorded, and 520 mg/m2 of oxaliplatin from an earlier CAPOX course: prior exposure counts, so
 * today's 85 mg/m2 takes her to 690, past the warning level of the 850 mg/m2 default limit.
 */
export async function seedPatientDueToday() {
  const oncologist = await apiAs("oncologist");
  const nurse = await apiAs("nurse");
  const mrn = uniqueMrn("INF");
  const familyName = `Keyes-${mrn.slice(-4)}`;
  const { patient } = await created(
    await nurse.post("/api/patients", {
      data: {
        mrn,
        familyName,
        givenName: "Ada",
        birthDate: "1958-04-12",
        sex: "female",
        heightCm: 165,
        weightKg: 68,
        diagnosis: "Colon adenocarcinoma, stage III",
      },
    }),
  );
  const oxaliplatin = (dose: number) => ({ agent: "oxaliplatin", dose, unit: "mg/m2", route: "IV" });
  const prior = await created(
    await oncologist.post(`/api/patients/${patient.id}/courses`, {
      data: {
        name: "CAPOX (earlier)",
        startDate: day(-200),
        cycleLengthDays: 21,
        cycles: 4,
        agents: [oxaliplatin(130)],
      },
    }),
  );
  for (const cycle of prior.course.cycles) {
    await created(
      await nurse.post(`/api/cycles/${cycle.id}/doses`, { data: { agent: "oxaliplatin", dose: 130, unit: "mg/m2" } }),
    );
  }
  const folfox = await created(
    await oncologist.post(`/api/patients/${patient.id}/courses`, {
      data: {
        name: "mFOLFOX6",
        startDate: day(-14),
        cycleLengthDays: 14,
        cycles: 12,
        setting: "adjuvant",
        agents: [oxaliplatin(85)],
      },
    }),
  );
  const [cycle1, cycle2] = folfox.course.cycles;
  await created(
    await nurse.post(`/api/patients/${patient.id}/assessments`, {
      data: { ...BASELINE_EXAM, cycleId: cycle1.id, assessedOn: cycle1.date },
    }),
  );
  await created(
    await nurse.post(`/api/cycles/${cycle1.id}/doses`, { data: { agent: "oxaliplatin", dose: 85, unit: "mg/m2" } }),
  );
  await oncologist.dispose();
  return {
    nurse,
    mrn,
    patientId: patient.id as string,
    cycleId: cycle2.id as string,
    /** Cycle 1, its exam and dose recorded. */
    lastCycleId: cycle1.id as string,
    name: `${familyName}, Ada`,
  };
}
