import "server-only";
import { and, asc, desc, eq, ne } from "drizzle-orm";
import { disagreements, type SelfReportFacts } from "@/lib/domain/self-report";
import { readSnapshot, type Tx } from "../client";
import { requirePatient } from "./patient-row";
import { assessments, selfReports } from "../tables";
import type { SelfReport } from "../schema";

export function toApiSelfReport(r: SelfReport) {
  return { id: r.id, patientId: r.patientId, reportedOn: r.reportedOn, submittedAt: r.submittedAt, ...r.answers };
}
export type ApiSelfReport = ReturnType<typeof toApiSelfReport>;

export function selfReportFacts(r: SelfReport): SelfReportFacts {
  return { id: r.id, reportedOn: r.reportedOn, submittedAt: r.submittedAt, answers: r.answers };
}

/** The patient's self-reports, newest first. */
export async function listSelfReports(patientId: string) {
  return readSnapshot(async (tx) => {
    await requirePatient(tx, patientId);
    return (await selfReportRowsOf(tx, patientId)).reverse().map(toApiSelfReport);
  });
}

/** The patient's self-reports as stored, oldest first (the comparison and the export read them so). */
export async function selfReportRowsOf(tx: Tx, patientId: string): Promise<SelfReport[]> {
  return await tx
    .select()
    .from(selfReports)
    .where(eq(selfReports.patientId, patientId))
    .orderBy(asc(selfReports.submittedAt));
}

/** The patient's latest self-report of a day, for the exam form of that day; null if none. */
export async function latestSelfReportOf(tx: Tx, patientId: string, day: string): Promise<ApiSelfReport | null> {
  const row = (
    await tx
      .select()
      .from(selfReports)
      .where(and(eq(selfReports.patientId, patientId), eq(selfReports.reportedOn, day)))
      .orderBy(desc(selfReports.submittedAt))
      .limit(1)
  )[0];
  return row ? toApiSelfReport(row) : null;
}

export async function latestSelfReportOn(patientId: string, day: string): Promise<ApiSelfReport | null> {
  return readSnapshot(async (tx) => latestSelfReportOf(tx, patientId, day));
}

/**
 * Each self-report, oldest first, beside the nurse's exam of it: the exam that recorded it saw
 * the report, else the exam of the same day (none: the patient's answers stand alone). The
 * patient's worst 0-4 score sits beside the nurse's sensory grade, and every symptom field the
 * two recorded differently is listed.
 */
export async function selfReportComparison(patientId: string) {
  return readSnapshot(async (tx) => selfReportsBesideExams(tx, patientId));
}

export async function selfReportsBesideExams(tx: Tx, patientId: string) {
  const reports = await selfReportRowsOf(tx, patientId);
  const exams = await tx
    .select()
    .from(assessments)
    .where(and(eq(assessments.patientId, patientId), ne(assessments.status, "entered-in-error")))
    .orderBy(asc(assessments.recordedAt));
  return reports.map((r) => {
    // The latest exam that saw the report or shares its day: a re-exam supersedes the first.
    const exam = exams.findLast((e) => e.selfReportId === r.id || e.assessedOn === r.reportedOn) ?? null;
    const a = r.answers;
    return {
      id: r.id,
      reportedOn: r.reportedOn,
      patientWorst: Math.max(a.numbness.feet, a.numbness.hands, a.tingling.feet, a.tingling.hands),
      pain: a.pain,
      falls: a.falls,
      comment: a.comment ?? null,
      nurseGrade: exam?.sensoryGrade ?? null,
      examSawIt: exam?.selfReportId === r.id,
      disagreements: exam ? disagreements(a, { ...exam.findings.symptoms, adlImpact: exam.findings.adlImpact }) : [],
    };
  });
}
export type SelfReportComparison = Awaited<ReturnType<typeof selfReportsBesideExams>>;

/** Refuses an exam that names a self-report of another patient. */
export async function selfReportOfPatient(tx: Tx, patientId: string, id: string): Promise<boolean> {
  const row = (
    await tx.select({ patientId: selfReports.patientId }).from(selfReports).where(eq(selfReports.id, id)).limit(1)
  )[0];
  return row?.patientId === patientId;
}
