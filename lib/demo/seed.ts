import "server-only";
import { createPatient, listPatients } from "@/db/patients";
import { recordIntervention, updateIntervention } from "@/db/interventions";
import { issueInvitation, submitSelfReport } from "@/db/self-reports";
import { countUsers } from "@/db/users";
import { shiftDay, today as todayOnServer } from "@/lib/dates";
import { InterventionInput, InterventionPatch } from "@/lib/schemas/intervention";
import { PatientInput } from "@/lib/schemas/patient";
import { seedCourse } from "./course-history";
import { examBaseline } from "./exams";
import { PATIENTS_AFTER_TREATMENT } from "./patients-after-treatment";
import { PATIENTS_BETWEEN_CYCLES } from "./patients-between-cycles";
import { PATIENTS_TODAY } from "./patients-today";
import { seededRng } from "./random";
import { DEMO_SELF_REPORTS, type DemoSelfReport } from "./self-reports";
import { createStaff, type Staff } from "./staff";
import type { DemoIntervention, DemoPatient } from "./types";

export const DEMO_PATIENTS: DemoPatient[] = [
  ...PATIENTS_TODAY,
  ...PATIENTS_BETWEEN_CYCLES,
  ...PATIENTS_AFTER_TREATMENT,
];

export type SeedOutcome = { seeded: true; patients: number } | { seeded: false; reason: string };

/**
 * Seeds the demo ward through the app's own write path (validated, audited, alerts evaluated),
 * dated around `today`. A database that already holds a user or a patient is left alone.
 */
export async function seedDemoWard(today: string = todayOnServer()): Promise<SeedOutcome> {
  if ((await countUsers()) > 0 || (await listPatients({ limit: 1, offset: 0 })).length > 0) {
    return { seeded: false, reason: "The database already holds users or patients." };
  }
  const staff = await createStaff();
  for (const spec of DEMO_PATIENTS) await seedPatient(staff, spec, today);
  return { seeded: true, patients: DEMO_PATIENTS.length };
}

async function seedPatient(staff: Staff, spec: DemoPatient, today: string): Promise<void> {
  const patient = await createPatient(staff.nurse.id, PatientInput.parse(spec.patient));
  // One generator per patient, seeded by the MRN: a patient's exams do not shift when others change.
  const context = { today, bsa: patient.bsa, baseline: examBaseline(spec, today), rng: seededRng(spec.patient.mrn) };
  for (const course of spec.courses) await seedCourse(staff, patient.id, course, context);
  for (const care of spec.supportiveCare ?? []) await seedSupportiveCare(staff, patient.id, care, today);
  for (const report of DEMO_SELF_REPORTS[spec.patient.mrn] ?? []) {
    await seedSelfReport(staff, patient.id, report, today);
  }
}

/** Sent on the waiting-room tablet at 08:30 UTC of its day, through a code the nurse issued just before. */
async function seedSelfReport(staff: Staff, patientId: string, report: DemoSelfReport, today: string) {
  const at = new Date(`${shiftDay(today, report.inDays)}T08:30:00Z`);
  const { invitation } = await issueInvitation(staff.nurse.id, patientId, new Date(at.getTime() - 5 * 60_000));
  await submitSelfReport(invitation.code, "demo", report.answers, at);
}

/** Recorded by the oncologist (duloxetine) or the nurse (the rest); its end and response come later. */
async function seedSupportiveCare(staff: Staff, patientId: string, care: DemoIntervention, today: string) {
  const by = care.kind === "duloxetine" ? staff.oncologist : staff.nurse;
  const { intervention } = await recordIntervention(
    by.id,
    patientId,
    InterventionInput.parse({
      kind: care.kind,
      startedOn: shiftDay(today, care.startedInDays),
      dose: care.dose,
      notes: care.notes,
    }),
  );
  if (care.endedInDays === undefined && care.response === undefined) return;
  await updateIntervention(
    by.id,
    intervention.id,
    InterventionPatch.parse({
      version: intervention.version,
      endedOn: care.endedInDays === undefined ? undefined : shiftDay(today, care.endedInDays),
      response: care.response,
    }),
  );
}
