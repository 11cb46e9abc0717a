import "server-only";
import { and, eq, inArray, ne } from "drizzle-orm";
import { getAgent, type AgentCode } from "@/lib/domain/agents";
import { neuropathyGrade } from "@/lib/domain/grading";
import { termsFor } from "@/lib/domain/plans";
import type { PlanTerms } from "@/lib/domain/records";
import { getDb } from "./client";
import { alerts, assessments, courseAgents, courses, cycles, doses, patients, planVersions } from "./schema";

const URGENCY = { critical: 0, warning: 1, unassessed: 2, rest: 3 } as const;

/**
 * Every cycle dated `date` that is not cancelled, most urgent first: critical alerts, then
 * warnings, then not yet assessed. A handful of set-based queries, whatever the ward's size.
 */
export async function worklist(date: string) {
  const db = getDb();
  return db.transaction((tx) => {
    const due = tx
      .select({ cycle: cycles, course: courses, patient: patients })
      .from(cycles)
      .innerJoin(courses, eq(courses.id, cycles.courseId))
      .innerJoin(patients, eq(patients.id, cycles.patientId))
      .where(and(eq(cycles.date, date), ne(cycles.status, "cancelled")))
      .all();
    const patientIds = [...new Set(due.map((d) => d.patient.id))];
    if (patientIds.length === 0) return { date, patients: [] };
    const courseIds = [...new Set(due.map((d) => d.course.id))];
    const agentRows = tx.select().from(courseAgents).where(inArray(courseAgents.courseId, courseIds)).all();
    const doseRows = tx
      .select({
        patientId: doses.patientId,
        agent: doses.agent,
        dose: doses.dose,
        administrations: doses.administrations,
      })
      .from(doses)
      .where(and(inArray(doses.patientId, patientIds), eq(doses.status, "final")))
      .all();
    const examRows = tx
      .select({
        patientId: assessments.patientId,
        cycleId: assessments.cycleId,
        assessedOn: assessments.assessedOn,
        recordedAt: assessments.recordedAt,
        sensoryGrade: assessments.sensoryGrade,
        motorGrade: assessments.motorGrade,
      })
      .from(assessments)
      .where(and(inArray(assessments.patientId, patientIds), ne(assessments.status, "entered-in-error")))
      .all();
    const openAlerts = tx
      .select({
        id: alerts.id,
        patientId: alerts.patientId,
        kind: alerts.kind,
        severity: alerts.severity,
        agent: alerts.agent,
      })
      .from(alerts)
      .where(and(inArray(alerts.patientId, patientIds), eq(alerts.status, "open")))
      .all();
    const plans = tx
      .select()
      .from(planVersions)
      .where(and(inArray(planVersions.patientId, patientIds), eq(planVersions.status, "in-force")))
      .all();

    const rows = due.map(({ cycle, course, patient }) => {
      const plansInForce: Partial<Record<AgentCode, PlanTerms>> = {};
      for (const p of plans.filter((p) => p.patientId === patient.id)) {
        plansInForce[p.agent as AgentCode] = {
          versionId: p.id,
          cumulativeLimit: p.cumulativeLimit,
          warnFraction: p.warnFraction,
          doseCap: p.doseCap,
          rules: p.rules,
        };
      }
      const exams = examRows
        .filter((e) => e.patientId === patient.id)
        .sort((a, b) => a.assessedOn.localeCompare(b.assessedOn) || a.recordedAt.localeCompare(b.recordedAt));
      const latest = exams.at(-1);
      const previous = exams.at(-2);
      const patientAlerts = openAlerts.filter((a) => a.patientId === patient.id);
      const agents = agentRows
        .filter((a) => a.courseId === course.id)
        .map((a) => {
          const code = a.agent as AgentCode;
          const terms = termsFor(code, plansInForce);
          const cumulative = doseRows
            .filter((d) => d.patientId === patient.id && d.agent === code)
            .reduce((s, d) => s + d.dose * d.administrations, 0);
          return {
            agent: code,
            name: getAgent(code).name,
            cumulative,
            limit: terms.cumulativeLimit,
            warnAt: terms.cumulativeLimit === null ? null : terms.cumulativeLimit * terms.warnFraction,
            unit: a.unit,
          };
        });
      const assessed = exams.some((e) => e.cycleId === cycle.id);
      const urgency = patientAlerts.some((a) => a.severity === "critical")
        ? URGENCY.critical
        : patientAlerts.some((a) => a.severity === "warning")
          ? URGENCY.warning
          : assessed
            ? URGENCY.rest
            : URGENCY.unassessed;
      return {
        patientId: patient.id,
        mrn: patient.mrn,
        name: `${patient.familyName}, ${patient.givenName}`,
        course: course.name,
        cycleId: cycle.id,
        cycleNumber: cycle.number,
        cycleStatus: cycle.status,
        assessed,
        latestGrade: latest ? neuropathyGrade(latest) : null,
        previousGrade: previous ? neuropathyGrade(previous) : null,
        agents,
        openAlerts: patientAlerts.map(({ id, kind, severity, agent }) => ({ id, kind, severity, agent })),
        urgency,
      };
    });
    rows.sort((a, b) => a.urgency - b.urgency || a.name.localeCompare(b.name));
    return { date, patients: rows.map(({ urgency: _u, ...r }) => r) };
  });
}
