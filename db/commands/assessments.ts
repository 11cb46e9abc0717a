import "server-only";
import { and, asc, desc, eq, lt, ne } from "drizzle-orm";
import { formatDateTime } from "@/lib/dates";
import { examDateRefusal } from "@/lib/domain/exam-date";
import { baselineExam } from "@/lib/domain/worsening";
import { AssessmentInput, type AssessmentAmendment } from "@/lib/schemas/assessment";
import { fieldErrors } from "@/lib/schemas/field-errors";
import { toApiAlert } from "../reads/alerts";
import { audit } from "./audit";
import { queueWrite, write, type Tx } from "../client";
import { ConflictError, InvalidError, NotFoundError } from "../errors";
import { evaluateAndStoreAlerts } from "./evaluation";
import { refuseUnlessSeen } from "./seen-count";
import { loadPatientRecord } from "../reads/patient-record";
import { newId, now } from "../ids";
import { requirePatient } from "../reads/patient-row";
import { selfReportOfPatient } from "../reads/self-reports";
import { assessments, assessmentVersions, cycles, doses, users } from "../tables";
import type { Assessment } from "../schema";
import { toApiAssessment } from "../reads/assessments";

function findingsOf(input: AssessmentInput) {
  return {
    monofilament: input.monofilament,
    vibration: input.vibration,
    ankleReflex: input.ankleReflex,
    symptoms: input.symptoms,
    adlImpact: input.adlImpact,
  };
}

async function checkSelfReport(tx: Tx, patientId: string, selfReportId: string | null | undefined): Promise<void> {
  if (selfReportId && !(await selfReportOfPatient(tx, patientId, selfReportId)))
    throw new InvalidError({ selfReportId: "No such self-report for this patient." });
}

/**
 * Refuses an exam of another patient's cycle, and one dated on or before the last cycle given
 * before its own: that is a slip of the date field, not the exam before this cycle's infusion
 * (lib/domain/exam-date.ts).
 */
async function checkCycle(
  tx: Tx,
  patientId: string,
  cycleId: string | null | undefined,
  assessedOn: string,
): Promise<void> {
  if (!cycleId) return;
  const cycle = (
    await tx
      .select({ patientId: cycles.patientId, number: cycles.number, date: cycles.date })
      .from(cycles)
      .where(eq(cycles.id, cycleId))
      .limit(1)
  )[0];
  if (!cycle || cycle.patientId !== patientId) throw new InvalidError({ cycleId: "No such cycle for this patient." });
  const lastGiven = (
    await tx
      .select({ number: cycles.number, date: cycles.date })
      .from(cycles)
      .innerJoin(doses, eq(doses.cycleId, cycles.id))
      .where(and(eq(cycles.patientId, patientId), lt(cycles.date, cycle.date), ne(doses.status, "entered-in-error")))
      .orderBy(desc(cycles.date))
      .limit(1)
  )[0];
  const refusal = examDateRefusal(assessedOn, cycle, lastGiven ?? null);
  if (refusal) throw new InvalidError({ assessedOn: refusal });
}

/**
 * Refuses a new exam of a cycle from a screen that did not show every exam the cycle now holds:
 * two tabs each saving the cycle's first exam left two "version 1" exams side by side. The answer
 * names the exam saved meanwhile.
 */
async function refuseUnseenExams(tx: Tx, cycleId: string, seen: number): Promise<void> {
  const saved = await tx
    .select({ id: assessments.id, recordedAt: assessments.recordedAt, by: users.displayName })
    .from(assessments)
    .innerJoin(users, eq(users.id, assessments.recordedBy))
    .where(and(eq(assessments.cycleId, cycleId), ne(assessments.status, "entered-in-error")))
    .orderBy(asc(assessments.recordedAt));
  refuseUnlessSeen(
    saved,
    seen,
    {
      added: (latest) =>
        `Since this screen was opened, an exam of this cycle was saved by ${latest.by} at ${formatDateTime(latest.recordedAt)}. Nothing was saved: read that exam, then amend it or record another.`,
      changed: "This cycle's exams changed since this screen was opened. Nothing was saved: read them again first.",
    },
    { assessments: saved },
  );
}

export async function recordAssessment(userId: string, patientId: string, input: AssessmentInput) {
  return queueWrite(async (tx) => {
    await requirePatient(tx, patientId);
    await checkCycle(tx, patientId, input.cycleId, input.assessedOn);
    if (input.cycleId && input.examsSeen !== undefined) await refuseUnseenExams(tx, input.cycleId, input.examsSeen);
    await checkSelfReport(tx, patientId, input.selfReportId);
    const at = now();
    const row = (
      await tx
        .insert(assessments)
        .values({
          id: newId(),
          patientId,
          cycleId: input.cycleId ?? null,
          assessedOn: input.assessedOn,
          findings: findingsOf(input),
          sensoryGrade: input.sensoryGrade,
          motorGrade: input.motorGrade,
          notes: input.notes ?? null,
          selfReportId: input.selfReportId ?? null,
          status: "final",
          recordedBy: userId,
          recordedAt: at,
          updatedAt: at,
        })
        .returning()
    )[0]!;
    await audit(tx, {
      userId,
      action: "assessment.create",
      entity: "assessment",
      entityId: row.id,
      patientId,
      after: row,
    });
    const { raised, record } = await evaluateAndStoreAlerts(tx, userId, patientId);
    return { assessment: toApiAssessment(row, baselineExam(record.exams)), alerts: raised.map((a) => toApiAlert(a)) };
  });
}

async function requireAssessment(tx: Tx, id: string): Promise<Assessment> {
  const row = (await tx.select().from(assessments).where(eq(assessments.id, id)).limit(1))[0];
  if (!row) throw new NotFoundError("The assessment");
  return row;
}

/** The form's view of a stored exam, so an amendment can be laid over it and validated whole. */
function asInput(a: Assessment): AssessmentInput {
  return {
    cycleId: a.cycleId,
    assessedOn: a.assessedOn,
    ...(a.findings as Omit<AssessmentInput, "cycleId" | "assessedOn" | "sensoryGrade" | "motorGrade" | "notes">),
    sensoryGrade: a.sensoryGrade,
    motorGrade: a.motorGrade,
    notes: a.notes,
  };
}

export async function amendAssessment(userId: string, id: string, amendment: AssessmentAmendment) {
  return write(async (tx) => {
    const current = await requireAssessment(tx, id);
    if (current.status === "entered-in-error")
      throw new ConflictError("This assessment is marked entered-in-error and cannot be amended.");
    if (current.version !== amendment.version) {
      const baseline = baselineExam((await loadPatientRecord(tx, current.patientId)).exams);
      throw new ConflictError(
        "Someone amended this assessment since you opened it.",
        toApiAssessment(current, baseline),
      );
    }
    const { version: _read, reason, ...fields } = amendment;
    const merged = AssessmentInput.safeParse({ ...asInput(current), ...fields });
    if (!merged.success) {
      throw new InvalidError(fieldErrors(merged.error));
    }
    if (merged.data.assessedOn !== current.assessedOn)
      await checkCycle(tx, current.patientId, current.cycleId, merged.data.assessedOn);
    const at = now();
    await tx.insert(assessmentVersions).values({
      id: newId(),
      assessmentId: id,
      version: current.version,
      snapshot: current,
      replacedBy: userId,
      replacedAt: at,
      reason,
    });
    const row = (
      await tx
        .update(assessments)
        .set({
          assessedOn: merged.data.assessedOn,
          findings: findingsOf(merged.data),
          sensoryGrade: merged.data.sensoryGrade,
          motorGrade: merged.data.motorGrade,
          notes: merged.data.notes ?? null,
          status: "amended",
          statusReason: reason,
          version: current.version + 1,
          updatedAt: at,
        })
        .where(eq(assessments.id, id))
        .returning()
    )[0]!;
    await audit(tx, {
      userId,
      action: "assessment.amend",
      entity: "assessment",
      entityId: id,
      patientId: current.patientId,
      before: current,
      after: row,
    });
    const { raised, record } = await evaluateAndStoreAlerts(tx, userId, current.patientId, { amendedAssessmentId: id });
    return { assessment: toApiAssessment(row, baselineExam(record.exams)), alerts: raised.map((a) => toApiAlert(a)) };
  });
}

export async function markAssessmentInError(userId: string, id: string, reason: string) {
  return write(async (tx) => {
    const current = await requireAssessment(tx, id);
    if (current.status === "entered-in-error")
      throw new ConflictError("This assessment is already marked entered-in-error.");
    const row = (
      await tx
        .update(assessments)
        .set({ status: "entered-in-error", statusReason: reason, version: current.version + 1, updatedAt: now() })
        .where(eq(assessments.id, id))
        .returning()
    )[0]!;
    await audit(tx, {
      userId,
      action: "assessment.entered-in-error",
      entity: "assessment",
      entityId: id,
      patientId: current.patientId,
      before: current,
      after: row,
    });
    const { record } = await evaluateAndStoreAlerts(tx, userId, current.patientId);
    return toApiAssessment(row, baselineExam(record.exams));
  });
}
