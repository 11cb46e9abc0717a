import "server-only";
import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import { getAgent, type AgentCode } from "@/lib/domain/agents";
import { WORKLIST_FILTERS, inWorklistView, urgencyOf, worklistOrder, type WorklistFilter } from "@/lib/domain/worklist";
import { cycleProgress } from "@/lib/domain/cycle-progress";
import { neuropathyGrade } from "@/lib/domain/grading";
import { termsFor, warnLevel } from "@/lib/domain/plans";
import type { PlanTerms } from "@/lib/domain/records";
import { readSnapshot, type Tx } from "../client";
import { bySqlDialect, rawRows } from "../dialect-sql";
import { cumulativeDosesOf } from "./cumulative-doses";
import { planTermsOf } from "./patient-record";
import { decisionsByCycle } from "./patient-summary";
import { patientMatches } from "./patients";
import {
  alerts,
  assessments,
  courseAgentChanges,
  courseAgents,
  courses,
  cycles,
  doses,
  patients,
  planVersions,
  users,
} from "../tables";

/** Rows grouped by a key in one pass: a large day's list stays linear in its rows. */
function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** A course agent's latest change as the worklist row shows it (who, when, from, to, why). */
function changeOf(row: { change: typeof courseAgentChanges.$inferSelect; decidedBy: string } | undefined) {
  if (!row) return null;
  const { change } = row;
  return {
    decision: change.decision,
    decidedBy: row.decidedBy,
    at: change.at,
    reason: change.reason,
    from: { currentDose: change.fromDose },
    to: { currentDose: change.toDose },
  };
}

const noCounts = (): Record<WorklistFilter, number> =>
  Object.fromEntries(WORKLIST_FILTERS.map((f) => [f, 0])) as Record<WorklistFilter, number>;

/**
 * Every cycle dated `date` that is not cancelled, in the worklist's order (lib/domain/worklist.ts:
 * urgency, then appointment time), narrowed to one view and to patients whose name or MRN
 * contains `q`; `counts` says how many rows each view holds under the same search. A handful
 * of set-based queries, whatever the ward's size.
 */
export async function worklist(date: string, view: WorklistView = {}) {
  return readSnapshot(async (tx) => worklistOf(tx, date, view));
}

export interface WorklistView {
  filter?: WorklistFilter;
  q?: string;
  /** Only the cycles given at this site (their course's; docs/sites.md); left out, every site. */
  siteId?: string;
}

export async function worklistOf(tx: Tx, date: string, { filter = "all", q, siteId }: WorklistView) {
  const due = await tx
    .select({ cycle: cycles, course: courses, patient: patients })
    .from(cycles)
    .innerJoin(courses, eq(courses.id, cycles.courseId))
    .innerJoin(patients, eq(patients.id, cycles.patientId))
    .where(
      and(
        eq(cycles.date, date),
        ne(cycles.status, "cancelled"),
        q ? patientMatches(q) : undefined,
        siteId ? eq(courses.siteId, siteId) : undefined,
      ),
    );
  const patientIds = [...new Set(due.map((d) => d.patient.id))];
  if (patientIds.length === 0) return { date, filter, q: q ?? "", counts: noCounts(), patients: [] };
  const courseIds = [...new Set(due.map((d) => d.course.id))];
  const agentRows = await tx.select().from(courseAgents).where(inArray(courseAgents.courseId, courseIds));
  // Kept by each dose write (db/commands/cumulative-doses.ts): one row per due patient and agent, never their history.
  const totals = await cumulativeDosesOf(tx, patientIds);
  // Each due patient's latest exam and the latest of the day before it (the grade and its trend),
  // newest first: two exams of one day (another screen's, then a second) are not a trend. For each
  // patient, read backwards along assessments_patient and stopped after two, so a long history
  // costs nothing more (one statement; the JSON list names the patients).
  const patientList = JSON.stringify(patientIds);
  const latestExams = await rawRows<{
    patientId: string;
    assessedOn: string;
    sensoryGrade: number;
    motorGrade: number;
  }>(
    tx,
    bySqlDialect({
      sqlite: sql`
        SELECT p.value AS patientId, a.assessed_on AS assessedOn, a.sensory_grade AS sensoryGrade, a.motor_grade AS motorGrade
        FROM json_each(${patientList}) AS p
        JOIN ${assessments} AS a ON a.rowid IN (
          SELECT b.rowid FROM ${assessments} AS b
          WHERE b.patient_id = p.value AND b.status <> 'entered-in-error'
            AND NOT EXISTS (
              SELECT 1 FROM ${assessments} AS c
              WHERE c.patient_id = b.patient_id AND c.assessed_on = b.assessed_on AND c.recorded_at > b.recorded_at
                AND c.status <> 'entered-in-error'
            )
          ORDER BY b.assessed_on DESC, b.recorded_at DESC
          LIMIT 2
        )
        ORDER BY p.key, a.assessed_on DESC, a.recorded_at DESC`,
      postgres: sql`
        SELECT p.value AS "patientId", a.assessed_on AS "assessedOn", a.sensory_grade AS "sensoryGrade", a.motor_grade AS "motorGrade"
        FROM json_array_elements_text(${patientList}::json) WITH ORDINALITY AS p(value, key)
        CROSS JOIN LATERAL (
          SELECT b.assessed_on, b.recorded_at, b.sensory_grade, b.motor_grade FROM ${assessments} AS b
          WHERE b.patient_id = p.value AND b.status <> 'entered-in-error'
            AND NOT EXISTS (
              SELECT 1 FROM ${assessments} AS c
              WHERE c.patient_id = b.patient_id AND c.assessed_on = b.assessed_on AND c.recorded_at > b.recorded_at
                AND c.status <> 'entered-in-error'
            )
          ORDER BY b.assessed_on DESC, b.recorded_at DESC
          LIMIT 2
        ) AS a
        ORDER BY p.key, a.assessed_on DESC, a.recorded_at DESC`,
    }),
  );
  const examsByPatient = groupBy(latestExams, (e) => e.patientId);
  // Whether each due cycle has its exam, by assessments_cycle.
  const assessedCycles = new Set(
    (
      await tx
        .select({ cycleId: assessments.cycleId })
        .from(assessments)
        .where(
          and(
            inArray(
              assessments.cycleId,
              due.map((d) => d.cycle.id),
            ),
            ne(assessments.status, "entered-in-error"),
          ),
        )
    ).map((e) => e.cycleId),
  );
  // The agents each due cycle has a dose of, by doses_cycle: a cycle reads "given" from its first
  // dose, and the row names the agents still to give (lib/domain/cycle-progress.ts).
  const cycleDoses = groupBy(
    (
      await tx
        .select({ cycleId: doses.cycleId, agent: doses.agent, status: doses.status })
        .from(doses)
        .where(
          inArray(
            doses.cycleId,
            due.map((d) => d.cycle.id),
          ),
        )
    ).map((d) => ({ cycleId: d.cycleId, agent: d.agent, enteredInError: d.status === "entered-in-error" })),
    (d) => d.cycleId,
  );
  const openAlerts = await tx
    .select({
      id: alerts.id,
      patientId: alerts.patientId,
      kind: alerts.kind,
      severity: alerts.severity,
      agent: alerts.agent,
    })
    .from(alerts)
    .where(and(inArray(alerts.patientId, patientIds), eq(alerts.status, "open")));
  const plans = await tx
    .select()
    .from(planVersions)
    .where(and(inArray(planVersions.patientId, patientIds), eq(planVersions.status, "in-force")));
  const decisions = await decisionsByCycle(
    tx,
    due.map((d) => d.cycle.id),
  );

  // The decision behind each course agent's state: its latest change, with who decided.
  const changeRows = await tx
    .select({ change: courseAgentChanges, decidedBy: users.displayName })
    .from(courseAgentChanges)
    .innerJoin(users, eq(users.id, courseAgentChanges.userId))
    .where(inArray(courseAgentChanges.courseId, courseIds))
    .orderBy(asc(courseAgentChanges.at));
  const latestChange = new Map(changeRows.map((r) => [r.change.courseAgentId, r]));
  const agentsByCourse = groupBy(agentRows, (a) => a.courseId);
  const alertsByPatient = groupBy(openAlerts, (a) => a.patientId);
  const plansByPatient = groupBy(plans, (p) => p.patientId);

  const rows = due.map(({ cycle, course, patient }) => {
    const plansInForce: Partial<Record<AgentCode, PlanTerms>> = {};
    for (const p of plansByPatient.get(patient.id) ?? []) plansInForce[p.agent] = planTermsOf(p);
    // Newest first: by assessedOn, then by when they were recorded.
    const [latest, previous] = examsByPatient.get(patient.id) ?? [];
    const patientAlerts = alertsByPatient.get(patient.id) ?? [];
    const courseAgentRows = agentsByCourse.get(course.id) ?? [];
    const { given } = cycleProgress(courseAgentRows, cycleDoses.get(cycle.id) ?? []);
    const agents = courseAgentRows.map((a) => {
      const code = a.agent;
      const terms = termsFor(code, plansInForce);
      const cumulative = totals.get(`${patient.id}|${code}`) ?? 0;
      return {
        agent: code,
        name: getAgent(code).name,
        cumulative,
        limit: terms.cumulativeLimit,
        warnAt: warnLevel(terms),
        unit: a.unit,
        currentDose: a.currentDose,
        status: a.status,
        givenInCycle: given.includes(code),
        change: changeOf(latestChange.get(a.id)),
      };
    });
    const assessed = assessedCycles.has(cycle.id);
    return {
      patientId: patient.id,
      mrn: patient.mrn,
      name: `${patient.familyName}, ${patient.givenName}`,
      course: course.name,
      siteId: course.siteId,
      cycleId: cycle.id,
      cycleNumber: cycle.number,
      cycleStatus: cycle.status,
      cycleVersion: cycle.version,
      chair: cycle.chair,
      appointmentTime: cycle.appointmentTime,
      assessed,
      latestGrade: latest ? neuropathyGrade(latest) : null,
      previousGrade: previous ? neuropathyGrade(previous) : null,
      agents,
      openAlerts: patientAlerts.map(({ id, kind, severity, agent }) => ({ id, kind, severity, agent })),
      decisions: decisions.get(cycle.id) ?? [],
      view: {
        openAlertSeverities: patientAlerts.map((a) => a.severity),
        assessed,
        // Held as a cycle, or an agent of its course held by an oncologist's decision.
        held: cycle.status === "held" || courseAgentRows.some((a) => a.status === "held"),
      },
    };
  });
  const placed = rows.map((row) => ({ ...row, urgency: urgencyOf(row.view), held: row.view.held }));
  placed.sort(worklistOrder);
  const counts = noCounts();
  for (const row of placed) for (const f of WORKLIST_FILTERS) if (inWorklistView(row.view, f)) counts[f] += 1;
  const shown = placed.filter((row) => inWorklistView(row.view, filter)).map(({ view: _v, held: _h, ...row }) => row);
  return { date, filter, q: q ?? "", counts, patients: shown };
}
