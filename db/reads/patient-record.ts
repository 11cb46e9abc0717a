import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { AgentCode } from "@/lib/domain/agents";
import type { DoseFacts, ExamFacts, PatientRecord, PlanTerms } from "@/lib/domain/records";
import type { Tx } from "../client";
import { agentChangeFacts, loadAgentChanges } from "./course-agents";
import { requirePatient } from "./patient-row";
import { assessments, courseAgents, courses, cycles, doses, planVersions } from "../tables";
import type { Assessment, Dose, PlanVersion } from "../schema";

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
export async function loadPatientRecord(tx: Tx, patientId: string): Promise<PatientRecord> {
  const patient = await requirePatient(tx, patientId);
  const courseRows = await tx.select().from(courses).where(eq(courses.patientId, patientId)).orderBy(courses.createdAt);
  const courseIds = courseRows.map((c) => c.id);
  const agentRows = courseIds.length
    ? await tx.select().from(courseAgents).where(inArray(courseAgents.courseId, courseIds))
    : [];
  const cycleRows = await tx.select().from(cycles).where(eq(cycles.patientId, patientId));
  const doseRows = await tx.select().from(doses).where(eq(doses.patientId, patientId));
  const examRows = await tx.select().from(assessments).where(eq(assessments.patientId, patientId));
  const planRows = await tx
    .select()
    .from(planVersions)
    .where(and(eq(planVersions.patientId, patientId), eq(planVersions.status, "in-force")));

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
    decisions: (await loadAgentChanges(tx, patientId)).map(agentChangeFacts),
  };
}
