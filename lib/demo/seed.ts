import "server-only";
import { createPatient } from "@/db/commands/patients";
import { listPatients } from "@/db/reads/patients";
import { recordIntervention, updateIntervention } from "@/db/commands/interventions";
import { issueInvitation, submitSelfReport } from "@/db/commands/self-reports";
import { withSeedClock } from "@/db/ids";
import { countUsers } from "@/db/reads/users";
import { instantAt, shiftDay, today as todayOnServer } from "@/lib/dates";
import { InterventionInput, InterventionPatch } from "@/lib/schemas/intervention";
import { PatientInput } from "@/lib/schemas/patient";
import { StoryClock } from "./clock";
import { courseStartDate, seedCourse } from "./course-history";
import { examBaseline } from "./exams";
import { PATIENTS_AFTER_TREATMENT } from "./patients-after-treatment";
import { PATIENTS_BETWEEN_CYCLES } from "./patients-between-cycles";
import { PATIENTS_EARLIER_THIS_YEAR } from "./patients-earlier-this-year";
import { PATIENTS_TODAY } from "./patients-today";
import { seededRng } from "./random";
import { DEMO_SELF_REPORTS, type DemoSelfReport } from "./self-reports";
import { createStaff, type Staff } from "./staff";
import type { DemoIntervention, DemoPatient } from "./types";

export const DEMO_PATIENTS: DemoPatient[] = [
  ...PATIENTS_TODAY,
  ...PATIENTS_BETWEEN_CYCLES,
  ...PATIENTS_AFTER_TREATMENT,
  ...PATIENTS_EARLIER_THIS_YEAR,
];

export type SeedOutcome = { seeded: true; patients: number } | { seeded: false; reason: string };

/**
 * Seeds the demo ward through the app's own write path (validated, audited, alerts evaluated),
 * dated around `today`, each write at the instant it happened in the patient's story (./clock.ts).
 * A database that already holds a user or a patient is left alone.
 */
export async function seedDemoWard(today: string = todayOnServer()): Promise<SeedOutcome> {
  if ((await countUsers()) > 0 || (await listPatients({ limit: 1, offset: 0 })).length > 0) {
    return { seeded: false, reason: "The database already holds users or patients." };
  }
  const clock = new StoryClock();
  return withSeedClock(clock.read, async () => {
    // The staff's accounts are older than the oldest story.
    clock.at(shiftDay(DEMO_PATIENTS.map((p) => storyStart(p, today)).sort()[0] ?? today, -1), 8 * 60);
    const staff = await createStaff();
    for (const spec of DEMO_PATIENTS) await seedPatient(staff, spec, today, clock);
    return { seeded: true, patients: DEMO_PATIENTS.length };
  });
}

/** The patient is registered a week before their first course starts. */
function storyStart(spec: DemoPatient, today: string): string {
  return shiftDay(spec.courses.map((c) => courseStartDate(c, today)).sort()[0] ?? today, -7);
}

async function seedPatient(staff: Staff, spec: DemoPatient, today: string, clock: StoryClock): Promise<void> {
  // Generators seeded by the MRN: a patient's exams and hours do not shift when others change.
  const timing = seededRng(`${spec.patient.mrn} hours`);
  clock.at(storyStart(spec, today), 10 * 60 + timing.int(0, 120));
  const patient = await createPatient(staff.nurse.id, PatientInput.parse(spec.patient));
  const baseline = examBaseline(spec, today);
  const context = { today, bsa: patient.bsa, baseline, rng: seededRng(spec.patient.mrn), clock, timing };
  for (const course of spec.courses) await seedCourse(staff, patient.id, course, context);
  for (const care of spec.supportiveCare ?? []) await seedSupportiveCare(staff, patient.id, care, today, clock);
  for (const report of DEMO_SELF_REPORTS[spec.patient.mrn] ?? []) {
    await seedSelfReport(staff, patient.id, report, today, clock);
  }
}

/**
 * Sent on the waiting-room tablet at 08:30 UTC of its day, through a code the nurse issued just
 * before; today's, when the ward is seeded earlier than that, ten minutes before the seeding (or
 * at midnight, just after it): a report is never dated after it was received (one dated later
 * would pass for the newest of the day over a report the patient sends this morning).
 */
async function seedSelfReport(
  staff: Staff,
  patientId: string,
  report: DemoSelfReport,
  today: string,
  clock: StoryClock,
) {
  const day = shiftDay(today, report.inDays);
  const received = Math.max(Date.now() - 10 * 60_000, instantAt(day, "00:00").getTime());
  const at = new Date(Math.min(Date.parse(`${day}T08:30:00Z`), received));
  const issuedAt = new Date(at.getTime() - 5 * 60_000);
  clock.atInstant(issuedAt);
  const { invitation } = await issueInvitation(staff.nurse.id, patientId, issuedAt);
  clock.atInstant(at);
  await submitSelfReport(invitation.code, "demo", report.answers, at);
}

/** Recorded on its first day by the oncologist (duloxetine) or the nurse (the rest); its end and response come later. */
async function seedSupportiveCare(
  staff: Staff,
  patientId: string,
  care: DemoIntervention,
  today: string,
  clock: StoryClock,
) {
  const by = care.kind === "duloxetine" ? staff.oncologist : staff.nurse;
  clock.at(shiftDay(today, care.startedInDays), 11 * 60);
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
  // Its response is told at its end, or four weeks in.
  clock.at(shiftDay(today, Math.min(care.endedInDays ?? care.startedInDays + 28, 0)), 11 * 60 + 30);
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
