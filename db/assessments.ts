import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { cumulativeBeforeExam } from "@/lib/domain/dose";
import { gradeDeparture, suggestion } from "@/lib/domain/grading";
import type { ExamFindings } from "@/lib/domain/records";
import { baselineExam } from "@/lib/domain/worsening";
import { AssessmentInput, type AssessmentAmendment } from "@/lib/schemas/assessment";
import { fieldErrors } from "@/lib/schemas/field-errors";
import { toApiAlert } from "./alerts";
import { audit } from "./audit";
import { getDb, queueWrite, write, type Tx } from "./client";
import { ConflictError, InvalidError, NotFoundError } from "./errors";
import { evaluateAndStoreAlerts, examFacts, loadPatientRecord } from "./evaluation";
import { newId, now } from "./ids";
import { requirePatient } from "./patient-row";
import { selfReportOfPatient } from "./self-reports";
import { assessments, assessmentVersions, courses, cycles, type Assessment } from "./schema";

/**
 * A stored exam as the API answers it, with the suggested grade and what made it, judged
 * against the patient's baseline exam (docs/clinical-rules.md, "Grading").
 */
export function toApiAssessment(a: Assessment, baseline: ExamFindings | null) {
  const facts = examFacts(a);
  const { findings, ...rest } = a;
  const suggested = suggestion(facts, baseline);
  return {
    ...rest,
    ...findings,
    suggestedGrade: suggested.grade,
    suggestion: suggested,
    gradeDeparture: gradeDeparture(facts, baseline),
  };
}
export type ApiAssessment = ReturnType<typeof toApiAssessment>;

function findingsOf(input: AssessmentInput) {
  return {
    monofilament: input.monofilament,
    vibration: input.vibration,
    ankleReflex: input.ankleReflex,
    symptoms: input.symptoms,
    adlImpact: input.adlImpact,
  };
}

function checkSelfReport(tx: Tx, patientId: string, selfReportId: string | null | undefined): void {
  if (selfReportId && !selfReportOfPatient(tx, patientId, selfReportId))
    throw new InvalidError({ selfReportId: "No such self-report for this patient." });
}

function checkCycle(tx: Tx, patientId: string, cycleId: string | null | undefined): void {
  if (!cycleId) return;
  const cycle = tx.select({ patientId: cycles.patientId }).from(cycles).where(eq(cycles.id, cycleId)).get();
  if (!cycle || cycle.patientId !== patientId) throw new InvalidError({ cycleId: "No such cycle for this patient." });
}

export async function recordAssessment(userId: string, patientId: string, input: AssessmentInput) {
  return queueWrite((tx) => {
    requirePatient(tx, patientId);
    checkCycle(tx, patientId, input.cycleId);
    checkSelfReport(tx, patientId, input.selfReportId);
    const at = now();
    const row = tx
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
      .get();
    audit(tx, { userId, action: "assessment.create", entity: "assessment", entityId: row.id, patientId, after: row });
    const { raised, record } = evaluateAndStoreAlerts(tx, userId, patientId);
    return { assessment: toApiAssessment(row, baselineExam(record.exams)), alerts: raised.map((a) => toApiAlert(a)) };
  });
}

function requireAssessment(tx: Tx, id: string): Assessment {
  const row = tx.select().from(assessments).where(eq(assessments.id, id)).get();
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
  return write((tx) => {
    const current = requireAssessment(tx, id);
    if (current.status === "entered-in-error")
      throw new ConflictError("This assessment is marked entered-in-error and cannot be amended.");
    if (current.version !== amendment.version) {
      const baseline = baselineExam(loadPatientRecord(tx, current.patientId).exams);
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
    const at = now();
    tx.insert(assessmentVersions)
      .values({
        id: newId(),
        assessmentId: id,
        version: current.version,
        snapshot: current,
        replacedBy: userId,
        replacedAt: at,
        reason,
      })
      .run();
    const row = tx
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
      .get();
    audit(tx, {
      userId,
      action: "assessment.amend",
      entity: "assessment",
      entityId: id,
      patientId: current.patientId,
      before: current,
      after: row,
    });
    const { raised, record } = evaluateAndStoreAlerts(tx, userId, current.patientId, { amendedAssessmentId: id });
    return { assessment: toApiAssessment(row, baselineExam(record.exams)), alerts: raised.map((a) => toApiAlert(a)) };
  });
}

export async function markAssessmentInError(userId: string, id: string, reason: string) {
  return write((tx) => {
    const current = requireAssessment(tx, id);
    if (current.status === "entered-in-error")
      throw new ConflictError("This assessment is already marked entered-in-error.");
    const row = tx
      .update(assessments)
      .set({ status: "entered-in-error", statusReason: reason, version: current.version + 1, updatedAt: now() })
      .where(eq(assessments.id, id))
      .returning()
      .get();
    audit(tx, {
      userId,
      action: "assessment.entered-in-error",
      entity: "assessment",
      entityId: id,
      patientId: current.patientId,
      before: current,
      after: row,
    });
    const { record } = evaluateAndStoreAlerts(tx, userId, current.patientId);
    return toApiAssessment(row, baselineExam(record.exams));
  });
}

/** Oldest first, each with its cycle and the patient's cumulative dose per agent given before it. */
export async function listAssessments(patientId: string) {
  const db = getDb();
  return db.transaction((tx) => {
    const record = loadPatientRecord(tx, patientId);
    const rows = tx
      .select()
      .from(assessments)
      .where(eq(assessments.patientId, patientId))
      .orderBy(asc(assessments.assessedOn), asc(assessments.recordedAt))
      .all();
    const cycleIds = [...new Set(rows.map((r) => r.cycleId).filter((c): c is string => c !== null))];
    const cycleRows = cycleIds.length
      ? tx
          .select({
            id: cycles.id,
            number: cycles.number,
            date: cycles.date,
            status: cycles.status,
            courseId: cycles.courseId,
            courseName: courses.name,
          })
          .from(cycles)
          .innerJoin(courses, eq(courses.id, cycles.courseId))
          .where(inArray(cycles.id, cycleIds))
          .all()
      : [];
    const history = tx
      .select()
      .from(assessmentVersions)
      .where(
        inArray(
          assessmentVersions.assessmentId,
          rows.map((r) => r.id),
        ),
      )
      .all();
    const baseline = baselineExam(record.exams);
    return rows.map((r) => ({
      ...toApiAssessment(r, baseline),
      cycle: cycleRows.find((c) => c.id === r.cycleId) ?? null,
      cumulative: cumulativeBeforeExam(record.doses, r),
      history: history.filter((h) => h.assessmentId === r.id).sort((a, b) => a.version - b.version),
    }));
  });
}
