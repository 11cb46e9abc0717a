import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { StoredAlert } from "@/lib/domain/reconcile";
import { byExamOrder } from "@/lib/domain/worsening";
import { today } from "@/lib/dates";
import { assessmentsOf } from "./assessments";
import { toApiAlert } from "./alerts";
import { readSnapshot, type Tx } from "../client";
import { loadAgentChanges, toApiAgentChange } from "./course-agents";
import { toApiCycle } from "./courses";
import { dosesOf } from "./doses";
import { notesOf } from "./notes";
import { loadPatientRecord } from "./patient-record";
import { requirePatient } from "./patient-row";
import { toApiPatient } from "./patients";
import { latestSelfReportOf } from "./self-reports";
import { alerts, courseAgents, courses, cycles, users } from "../tables";

/**
 * Everything the cycle page needs in one snapshot: the cycle, its course and patient, the
 * patient's record as the rules see it (so the page can preview what a dose or an exam will
 * raise with the same pure rules the server runs), the alerts that are not resolved, the exam
 * before this cycle whose values the form shows beside each field, the patient's exams, doses
 * and notes, and the self-report of the day the exam is taken (`examDay`: the infusion day, or
 * `day` for a cycle opened ahead of its day). Null when no cycle has this id.
 */
export async function cycleDetail(cycleId: string, day: string = today()) {
  return readSnapshot(async (tx) => cycleDetailOf(tx, cycleId, day));
}

async function cycleDetailOf(tx: Tx, cycleId: string, day: string) {
  const found = (
    await tx
      .select({ cycle: cycles, course: courses })
      .from(cycles)
      .innerJoin(courses, eq(courses.id, cycles.courseId))
      .where(eq(cycles.id, cycleId))
      .limit(1)
  )[0];
  if (!found) return null;
  const { cycle, course } = found;
  const record = await loadPatientRecord(tx, cycle.patientId);
  const patient = await requirePatient(tx, cycle.patientId);
  const agents = await tx.select().from(courseAgents).where(eq(courseAgents.courseId, course.id));
  const alertRows = await tx.select().from(alerts).where(eq(alerts.patientId, cycle.patientId));
  const storedAlerts: StoredAlert[] = alertRows.map((a) => ({
    id: a.id,
    key: a.key,
    kind: a.kind,
    agent: a.agent,
    status: a.status,
    doseId: a.doseId,
    assessmentId: a.assessmentId,
  }));
  // The exam to compare with: the latest one up to this cycle's day, last cycle's (or a follow-up)
  // for the cycle's first exam, and for another exam of the cycle the one it already holds: copying
  // last cycle's then brought back findings older than the exam just saved.
  const previousExam =
    record.exams
      .filter((e) => !e.enteredInError && e.assessedOn <= cycle.date)
      .sort(byExamOrder)
      .at(-1) ?? null;
  const previousCycle = previousExam?.cycleId
    ? (record.courses.flatMap((c) => c.cycles).find((c) => c.id === previousExam.cycleId) ?? null)
    : null;
  const exams = await assessmentsOf(tx, cycle.patientId);
  const patientDoses = await dosesOf(tx, cycle.patientId);
  const examDay = cycle.date <= day ? cycle.date : day;
  return {
    cycle: toApiCycle(cycle),
    course: {
      id: course.id,
      name: course.name,
      setting: course.setting,
      agents,
      history: (await loadAgentChanges(tx, cycle.patientId))
        .filter((c) => c.courseId === course.id)
        .map((c) => ({ ...toApiAgentChange(c), agent: c.agent })),
    },
    patient: toApiPatient(patient),
    record,
    storedAlerts,
    openAlerts: alertRows.filter((a) => a.status === "open").map((a) => toApiAlert(a)),
    previousExam: previousExam && { ...previousExam, cycleNumber: previousCycle?.number ?? null },
    exams,
    doses: patientDoses,
    people: await peopleOf(tx, exams, patientDoses),
    examDay,
    selfReport: await latestSelfReportOf(tx, cycle.patientId, examDay),
    notes: await notesOf(tx, cycle.patientId),
  };
}
export type CycleDetail = NonNullable<Awaited<ReturnType<typeof cycleDetail>>>;

/** Display names of whoever recorded, amended or corrected these records, for the history. */
async function peopleOf(
  tx: Tx,
  exams: Awaited<ReturnType<typeof assessmentsOf>>,
  patientDoses: Awaited<ReturnType<typeof dosesOf>>,
): Promise<Record<string, string>> {
  const ids = new Set<string>();
  for (const e of exams) {
    ids.add(e.recordedBy);
    for (const h of e.history) ids.add(h.replacedBy);
  }
  for (const d of patientDoses) ids.add(d.recordedBy);
  if (ids.size === 0) return {};
  const rows = await tx
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(inArray(users.id, [...ids]));
  return Object.fromEntries(rows.map((r) => [r.id, r.displayName]));
}
