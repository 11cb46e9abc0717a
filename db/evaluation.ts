import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { AgentCode } from "@/lib/domain/agents";
import type { AlertCondition } from "@/lib/domain/alerts";
import type { DoseFacts, ExamFacts, PatientRecord, PlanTerms } from "@/lib/domain/records";
import { reconcileAlerts, type WriteContext } from "@/lib/domain/reconcile";
import { audit } from "./audit";
import type { Tx } from "./client";
import { newId, now } from "./ids";
import { agentChangeFacts, loadAgentChanges } from "./course-agents";
import { requirePatient } from "./patient-row";
import {
  alerts,
  assessments,
  courseAgents,
  courses,
  cycles,
  doses,
  planVersions,
  type Alert,
  type Assessment,
  type Dose,
  type PlanVersion,
} from "./schema";

export function examFacts(a: Assessment): ExamFacts {
  const f = a.findings;
  return {
    id: a.id,
    cycleId: a.cycleId,
    assessedOn: a.assessedOn,
    recordedAt: a.recordedAt,
    enteredInError: a.status === "entered-in-error",
    monofilament: f.monofilament,
    vibration: f.vibration,
    ankleReflex: { left: f.ankleReflex.left, right: f.ankleReflex.right },
    symptoms: f.symptoms,
    adlImpact: f.adlImpact,
    sensoryGrade: a.sensoryGrade,
    motorGrade: a.motorGrade,
  };
}

/** A stored plan version as the rules read its terms. */
export function planTermsOf(
  p: Pick<PlanVersion, "id" | "cumulativeLimit" | "warnFraction" | "doseCap" | "doseCapSource" | "rules" | "inForceAt">,
): PlanTerms {
  return {
    versionId: p.id,
    cumulativeLimit: p.cumulativeLimit,
    warnFraction: p.warnFraction,
    doseCap: p.doseCap,
    doseCapSource: p.doseCapSource,
    rules: p.rules,
    inForceAt: p.inForceAt,
  };
}

/** A stored dose as the rules see it. */
export function doseFactsOf(d: Dose): DoseFacts {
  return {
    id: d.id,
    cycleId: d.cycleId,
    agent: d.agent,
    dose: d.dose,
    administrations: d.administrations,
    givenOn: d.givenOn,
    recordedAt: d.recordedAt,
    enteredInError: d.status === "entered-in-error",
    overrideReason: d.overrideReason,
    heightCm: d.heightCm,
    weightKg: d.weightKg,
    bsaM2: d.bsaM2,
    cap: d.cap,
    capSource: d.capSource,
    capPlanVersionId: d.capPlanVersionId,
  };
}

/** Everything the rules need about one patient, read inside the write's transaction. */
export function loadPatientRecord(tx: Tx, patientId: string): PatientRecord {
  const patient = requirePatient(tx, patientId);
  const courseRows = tx.select().from(courses).where(eq(courses.patientId, patientId)).orderBy(courses.createdAt).all();
  const courseIds = courseRows.map((c) => c.id);
  const agentRows = courseIds.length
    ? tx.select().from(courseAgents).where(inArray(courseAgents.courseId, courseIds)).all()
    : [];
  const cycleRows = tx.select().from(cycles).where(eq(cycles.patientId, patientId)).all();
  const doseRows = tx.select().from(doses).where(eq(doses.patientId, patientId)).all();
  const examRows = tx.select().from(assessments).where(eq(assessments.patientId, patientId)).all();
  const planRows = tx
    .select()
    .from(planVersions)
    .where(and(eq(planVersions.patientId, patientId), eq(planVersions.status, "in-force")))
    .all();

  const plansInForce: Partial<Record<AgentCode, PlanTerms>> = {};
  for (const p of planRows) plansInForce[p.agent] = planTermsOf(p);
  return {
    patient: {
      heightCm: patient.heightCm,
      weightKg: patient.weightKg,
      riskFactors: patient.riskFactors,
    },
    courses: courseRows.map((c) => ({
      id: c.id,
      name: c.name,
      setting: c.setting,
      agents: agentRows
        .filter((a) => a.courseId === c.id)
        .map((a) => ({
          agent: a.agent,
          dose: a.dose,
          currentDose: a.currentDose,
          status: a.status,
          unit: a.unit,
          administrationsPerCycle: a.administrationsPerCycle,
        })),
      cycles: cycleRows
        .filter((y) => y.courseId === c.id)
        .map((y) => ({ id: y.id, number: y.number, date: y.date, status: y.status })),
    })),
    doses: doseRows.map(doseFactsOf),
    exams: examRows.map(examFacts),
    plansInForce,
    decisions: loadAgentChanges(tx, patientId).map(agentChangeFacts),
  };
}

/**
 * Evaluates the rules on the patient's record as it now stands and stores what changed: new
 * alerts raised, open alerts resolved, each with its audit row. Runs inside the triggering
 * write's transaction, so a record and its alerts land together or not at all.
 */
export function evaluateAndStoreAlerts(
  tx: Tx,
  userId: string,
  patientId: string,
  context: WriteContext = {},
): { raised: Alert[]; record: PatientRecord } {
  const record = loadPatientRecord(tx, patientId);
  const stored = tx.select().from(alerts).where(eq(alerts.patientId, patientId)).all();
  const changes = reconcileAlerts(record, stored, context);
  const at = now();
  for (const r of changes.resolve) {
    const before = stored.find((a) => a.id === r.alertId);
    tx.update(alerts)
      .set({ status: "resolved", resolvedAt: at, resolvedReason: r.reason })
      .where(eq(alerts.id, r.alertId))
      .run();
    audit(tx, {
      userId,
      action: "alert.resolve",
      entity: "alert",
      entityId: r.alertId,
      patientId,
      before,
      after: { status: "resolved", reason: r.reason },
    });
  }
  return { raised: changes.raise.map((c) => insertAlert(tx, userId, patientId, c, at)), record };
}

/** Stores a raised alert with its audit row; `userId` null when no one signed in wrote (a patient's report). */
export function insertAlert(tx: Tx, userId: string | null, patientId: string, c: AlertCondition, at: string): Alert {
  const row = tx
    .insert(alerts)
    .values({ id: newId(), patientId, ...c, status: "open", raisedAt: at })
    .returning()
    .get();
  audit(tx, { userId, action: "alert.raise", entity: "alert", entityId: row.id, patientId, after: row });
  return row;
}
