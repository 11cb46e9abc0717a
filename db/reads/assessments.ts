import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { cumulativeBeforeExam } from "@/lib/domain/dose";
import { gradeDeparture, suggestion } from "@/lib/domain/grading";
import type { ExamFindings } from "@/lib/domain/records";
import { baselineExam } from "@/lib/domain/worsening";
import { readSnapshot, type Tx } from "../client";
import { examFacts, loadPatientRecord } from "./patient-record";
import { assessments, assessmentVersions, courses, cycles } from "../tables";
import type { Assessment } from "../schema";

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

/** Oldest first, each with its cycle and the patient's cumulative dose per agent given before it. */
export async function assessmentsOf(tx: Tx, patientId: string) {
  const record = await loadPatientRecord(tx, patientId);
  const rows = await tx
    .select()
    .from(assessments)
    .where(eq(assessments.patientId, patientId))
    .orderBy(asc(assessments.assessedOn), asc(assessments.recordedAt));
  const cycleIds = [...new Set(rows.map((r) => r.cycleId).filter((c): c is string => c !== null))];
  const cycleRows = cycleIds.length
    ? await tx
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
    : [];
  const history = await tx
    .select()
    .from(assessmentVersions)
    .where(
      inArray(
        assessmentVersions.assessmentId,
        rows.map((r) => r.id),
      ),
    );
  const baseline = baselineExam(record.exams);
  return rows.map((r) => ({
    ...toApiAssessment(r, baseline),
    cycle: cycleRows.find((c) => c.id === r.cycleId) ?? null,
    cumulative: cumulativeBeforeExam(record.doses, r),
    history: history.filter((h) => h.assessmentId === r.id).sort((a, b) => a.version - b.version),
  }));
}

export async function listAssessments(patientId: string) {
  return readSnapshot(async (tx) => assessmentsOf(tx, patientId));
}
