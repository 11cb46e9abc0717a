import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { AGENT_CODES, getAgent, type AgentCode } from "@/lib/domain/agents";
import { cumulativeBeforeExam, cumulativeByAgent } from "@/lib/domain/dose";
import { suggestGrade } from "@/lib/domain/grading";
import { baselineExam } from "@/lib/domain/worsening";
import { roundDose } from "@/lib/domain/plans";
import type { CsvCell } from "@/lib/csv";
import type { ExportExam, PatientExport } from "../export-data";
import { audit } from "./audit";
import { write, type Tx } from "../client";
import { examFacts, loadPatientRecord } from "../reads/patient-record";
import { now } from "../ids";
import { interventionsOf } from "../reads/interventions";
import { requirePatient } from "../reads/patient-row";
import { selfReportRowsOf } from "../reads/self-reports";
import { withSignatures } from "../reads/plans";
import { alerts, assessments, courses, cycles, doses, planVersions } from "../tables";
import type { Assessment } from "../schema";

// Exports are reads of patient data, and audited as such: each read and its audit row share
// one transaction, so no export leaves the database without a trace.

async function examRows(tx: Tx, patientId: string): Promise<Assessment[]> {
  return await tx
    .select()
    .from(assessments)
    .where(eq(assessments.patientId, patientId))
    .orderBy(asc(assessments.assessedOn), asc(assessments.recordedAt));
}

function exportExam(a: Assessment): ExportExam {
  return { ...examFacts(a), status: a.status, statusReason: a.statusReason, notes: a.notes, updatedAt: a.updatedAt };
}

/** Everything the FHIR Bundle is built from. */
export async function readPatientExport(userId: string, patientId: string): Promise<PatientExport> {
  return write(async (tx) => {
    const patient = await requirePatient(tx, patientId);
    const exams = (await examRows(tx, patientId)).map(exportExam);
    const doseRows = await tx
      .select()
      .from(doses)
      .where(eq(doses.patientId, patientId))
      .orderBy(asc(doses.givenOn), asc(doses.recordedAt));
    const planRows = await tx
      .select()
      .from(planVersions)
      .where(eq(planVersions.patientId, patientId))
      .orderBy(asc(planVersions.agent), asc(planVersions.version));
    const plans = (await withSignatures(tx, planRows)).map((p) => ({
      ...p,
      authorName: p.author?.displayName ?? null,
      signatures: p.signatures.map((s) => ({
        signerName: s.signer.displayName,
        role: s.role,
        meaning: s.meaning,
        signedAt: s.signedAt,
      })),
    }));
    const openAlerts = await tx
      .select()
      .from(alerts)
      .where(and(eq(alerts.patientId, patientId), eq(alerts.status, "open")))
      .orderBy(asc(alerts.raisedAt));
    const interventions = await interventionsOf(tx, patientId);
    const reports = await selfReportRowsOf(tx, patientId);
    const counts = {
      exams: exams.length,
      doses: doseRows.length,
      plans: plans.length,
      openAlerts: openAlerts.length,
      interventions: interventions.length,
      selfReports: reports.length,
    };
    await audit(tx, {
      userId,
      action: "patient.export.fhir",
      entity: "patient",
      entityId: patientId,
      patientId,
      after: counts,
    });
    return {
      patient,
      exams,
      doses: doseRows,
      plans,
      openAlerts,
      interventions,
      selfReports: reports,
      exportedAt: now(),
    };
  });
}

const EXAM_COLUMNS = [
  "mrn",
  "assessment_id",
  "assessed_on",
  "status",
  "status_reason",
  "version",
  "recorded_at",
  "course",
  "cycle_number",
  "cycle_date",
  "monofilament_left_felt",
  "monofilament_left_tested",
  "monofilament_right_felt",
  "monofilament_right_tested",
  "vibration_left_s",
  "vibration_right_s",
  "ankle_reflex_left",
  "ankle_reflex_right",
  "numbness_0_4",
  "tingling_0_4",
  "neuropathic_pain_0_10",
  "cold_dysesthesia",
  "balance_problems",
  "falls",
  "fine_motor_trouble",
  "adl_impact",
  "sensory_grade",
  "motor_grade",
  "suggested_grade",
  "notes",
] as const;

export interface Flowsheet {
  mrn: string;
  header: string[];
  rows: CsvCell[][];
}

/**
 * One row per exam, oldest first, entered-in-error ones included with their status: every
 * finding, the cycle, and per agent the amount given that day and the cumulative dose before the exam
 * (dose x administrations, less doses entered-in-error, as the rules count it).
 */
export async function readFlowsheet(userId: string, patientId: string): Promise<Flowsheet> {
  return write(async (tx) => {
    const patient = await requirePatient(tx, patientId);
    const record = await loadPatientRecord(tx, patientId);
    const cycleRows = await tx
      .select({ id: cycles.id, number: cycles.number, date: cycles.date, course: courses.name })
      .from(cycles)
      .innerJoin(courses, eq(courses.id, cycles.courseId))
      .where(eq(cycles.patientId, patientId));
    const inRecord = new Set<AgentCode>([
      ...record.courses.flatMap((c) => c.agents.map((a) => a.agent)),
      ...record.doses.map((d) => d.agent),
    ]);
    const agents = AGENT_CODES.filter((code) => inRecord.has(code));
    const header = [
      ...EXAM_COLUMNS,
      ...agents.flatMap((code) => {
        const unit = getAgent(code).unit;
        // "Before the exam" in the name: the screen's flowsheet, by cycle, counts the day's dose in,
        // and a column read beside it was taken for a dose short (docs/fhir.md).
        return [`${code}_given_that_day_${unit}`, `${code}_cumulative_before_exam_${unit}`];
      }),
    ];
    const baseline = baselineExam(record.exams);
    const rows = (await examRows(tx, patientId)).map((row) => {
      const exam = exportExam(row);
      const cycle = cycleRows.find((c) => c.id === exam.cycleId);
      const { monofilament: mono, vibration, ankleReflex, symptoms } = exam;
      const givenThatDay = cumulativeByAgent(record.doses.filter((d) => d.givenOn === exam.assessedOn));
      const cumulative = cumulativeBeforeExam(record.doses, exam);
      const examCells: Record<(typeof EXAM_COLUMNS)[number], CsvCell> = {
        mrn: patient.mrn,
        assessment_id: exam.id,
        assessed_on: exam.assessedOn,
        status: exam.status,
        status_reason: exam.statusReason,
        version: row.version,
        recorded_at: exam.recordedAt,
        course: cycle?.course ?? null,
        cycle_number: cycle?.number ?? null,
        cycle_date: cycle?.date ?? null,
        monofilament_left_felt: mono.left?.felt ?? null,
        monofilament_left_tested: mono.left?.tested ?? null,
        monofilament_right_felt: mono.right?.felt ?? null,
        monofilament_right_tested: mono.right?.tested ?? null,
        vibration_left_s: vibration.left,
        vibration_right_s: vibration.right,
        ankle_reflex_left: ankleReflex.left,
        ankle_reflex_right: ankleReflex.right,
        numbness_0_4: symptoms.numbness,
        tingling_0_4: symptoms.tingling,
        neuropathic_pain_0_10: symptoms.pain,
        cold_dysesthesia: symptoms.coldDysesthesia,
        balance_problems: symptoms.balance,
        falls: symptoms.falls,
        fine_motor_trouble: symptoms.fineMotor,
        adl_impact: exam.adlImpact,
        sensory_grade: exam.sensoryGrade,
        motor_grade: exam.motorGrade,
        suggested_grade: suggestGrade(exam, baseline),
        notes: exam.notes,
      };
      const amount = (value: number | undefined) => (value === undefined ? null : roundDose(value));
      return [
        ...EXAM_COLUMNS.map((column) => examCells[column]),
        ...agents.flatMap((code) => [amount(givenThatDay[code]), roundDose(cumulative[code] ?? 0)]),
      ];
    });
    await audit(tx, {
      userId,
      action: "patient.export.flowsheet",
      entity: "patient",
      entityId: patientId,
      patientId,
      after: { rows: rows.length },
    });
    return { mrn: patient.mrn, header, rows };
  });
}
