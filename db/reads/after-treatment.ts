import "server-only";
import { and, asc, eq, inArray, min, ne, sql } from "drizzle-orm";
import { isAgentCode, type AgentCode } from "@/lib/domain/agents";
import { interventionWarnings } from "@/lib/domain/interventions";
import {
  COASTING_NOTE,
  finishedAgents,
  followUpsOf,
  lastDoseSpans,
  latestGrade,
  type AgentCourse,
  type GivenDose,
  type GradedExam,
} from "@/lib/domain/follow-ups";
import {
  DAYS_PER_MONTH,
  kaplanMeier,
  medianTime,
  numberAtRisk,
  recoveryPoints,
  timeToRecovery,
  type Observation,
} from "@/lib/domain/recovery";
import { readSnapshot, type Tx } from "../client";
import { bySqlDialect, rawRows } from "../dialect-sql";
import { agentsOfPatient, interventionsOf } from "./interventions";
import { assessments, courseAgents, courses, cycles, doses, patients } from "../tables";

// After the last cycle: which follow-up exams fall due, and how the neuropathy recovers.

interface Treated {
  patientId: string;
  agent: AgentCode;
  lastDoseOn: string;
}

/** Each patient's agents whose treatment is over, with the last dose (all patients, or one). */
async function treatedAgents(db: Tx, patientId?: string): Promise<Treated[]> {
  const courseRows = await db
    .select({
      patientId: courses.patientId,
      agent: courseAgents.agent,
      planned:
        sql`exists (select 1 from ${cycles} where ${cycles.courseId} = ${courses.id} and ${cycles.status} = 'planned')`.mapWith(
          Boolean,
        ),
    })
    .from(courseAgents)
    .innerJoin(courses, eq(courses.id, courseAgents.courseId))
    .where(patientId ? eq(courses.patientId, patientId) : undefined);
  const lastDoses = await db
    .select({ patientId: doses.patientId, agent: doses.agent, givenOn: sql<string>`max(${doses.givenOn})` })
    .from(doses)
    .where(and(eq(doses.status, "final"), patientId ? eq(doses.patientId, patientId) : undefined))
    .groupBy(doses.patientId, doses.agent);
  const byPatient = new Map<string, { courses: AgentCourse[]; doses: GivenDose[] }>();
  const entry = (id: string) => byPatient.get(id) ?? byPatient.set(id, { courses: [], doses: [] }).get(id)!;
  for (const c of courseRows) {
    if (isAgentCode(c.agent))
      entry(c.patientId).courses.push({ agents: [c.agent], cycles: c.planned ? [{ status: "planned" }] : [] });
  }
  for (const d of lastDoses) {
    if (isAgentCode(d.agent))
      entry(d.patientId).doses.push({ agent: d.agent, givenOn: d.givenOn, enteredInError: false });
  }
  return [...byPatient].flatMap(([id, record]) =>
    finishedAgents(record.courses, record.doses).map((f) => ({ patientId: id, ...f })),
  );
}

/**
 * The agents whose treatment is over with their last dose on one of `spans`' days (the days whose
 * follow-ups fall due in a period; lib/domain/follow-ups.ts lastDoseSpans): the same rule as
 * finishedAgents, read from the doses given on those days (doses_given_on) and checked for each
 * by its own patient's rows (a later final dose by doses_patient_agent, a planned cycle in a course
 * with the agent by courses_patient), so the cost follows the day's follow-ups, not the ward.
 */
async function treatedAgentsEndingIn(db: Tx, spans: readonly { from: string; to: string }[]): Promise<Treated[]> {
  if (spans.length === 0) return [];
  // The same conditions on both: the dose is final, no later final dose of the agent, no planned
  // cycle left in a course with it.
  const treatmentOver = sql`d.status = 'final'
      AND NOT EXISTS (
        SELECT 1 FROM ${doses} AS later
        WHERE later.patient_id = d.patient_id AND later.agent = d.agent
          AND later.status = 'final' AND later.given_on > d.given_on
      )
      AND NOT EXISTS (
        SELECT 1 FROM ${courses} AS c
        JOIN ${courseAgents} AS ca ON ca.course_id = c.id AND ca.agent = d.agent
        JOIN ${cycles} AS cy ON cy.course_id = c.id AND cy.status = 'planned'
        WHERE c.patient_id = d.patient_id
      )`;
  const rows = await rawRows<{ patientId: string; agent: string; lastDoseOn: string }>(
    db,
    bySqlDialect({
      // CROSS JOIN keeps the spans the outer loop: the planner would otherwise walk all doses in GROUP BY order.
      sqlite: sql`
        SELECT d.patient_id AS patientId, d.agent AS agent, d.given_on AS lastDoseOn
        FROM json_each(${JSON.stringify(spans)}) AS span
        CROSS JOIN ${doses} AS d
          ON d.given_on BETWEEN json_extract(span.value, '$.from') AND json_extract(span.value, '$.to')
        WHERE ${treatmentOver}
        GROUP BY d.patient_id, d.agent`,
      // Each span's days as values the planner sees (node-postgres' unnamed statements are planned
      // with them): from the table's statistics it expects the few doses of those days, reads them
      // by doses_given_on and checks each by doses_patient_agent. Read from a JSON list of spans,
      // it took the list for 100 rows and scanned every dose: on bench:reads' ward of 5,000
      // patients, 870 ms against 13 ms (EXPLAIN ANALYZE, 1 Dec 2026; docs/benchmarks.md).
      postgres: sql`
        SELECT DISTINCT d.patient_id AS "patientId", d.agent AS "agent", d.given_on AS "lastDoseOn"
        FROM ${doses} AS d
        WHERE (${sql.join(
          spans.map((span) => sql`d.given_on BETWEEN ${span.from} AND ${span.to}`),
          sql` OR `,
        )})
          AND ${treatmentOver}`,
    }),
  );
  return rows.flatMap((r) =>
    isAgentCode(r.agent) ? [{ patientId: r.patientId, agent: r.agent, lastDoseOn: r.lastDoseOn }] : [],
  );
}

/** Each patient's exams not entered in error, as grades. */
async function gradedExams(db: Tx, patientIds: readonly string[]): Promise<Map<string, GradedExam[]>> {
  const rows = patientIds.length
    ? await db
        .select({
          patientId: assessments.patientId,
          assessedOn: assessments.assessedOn,
          grade: sql<number>`case when ${assessments.sensoryGrade} >= ${assessments.motorGrade} then ${assessments.sensoryGrade} else ${assessments.motorGrade} end`,
        })
        .from(assessments)
        .where(and(inArray(assessments.patientId, [...patientIds]), ne(assessments.status, "entered-in-error")))
        .orderBy(asc(assessments.assessedOn), asc(assessments.recordedAt))
    : [];
  const byPatient = new Map<string, GradedExam[]>();
  for (const r of rows) {
    const list = byPatient.get(r.patientId) ?? byPatient.set(r.patientId, []).get(r.patientId)!;
    list.push({ assessedOn: r.assessedOn, grade: r.grade });
  }
  return byPatient;
}

export interface ApiFollowUp {
  patientId: string;
  mrn: string;
  name: string;
  agent: AgentCode;
  dueOn: string;
  reason: string;
  lastGrade: number | null;
  lastDoseOn: string;
  monthsAfter: number;
  /** The platinum coasting note, in the first three months; else null. */
  note: string | null;
}

/** Follow-up exams due from `from` to `to` (inclusive) and not yet met, earliest first. */
export async function followUpsDue(from: string, to: string): Promise<ApiFollowUp[]> {
  return readSnapshot(async (tx) => followUpsDueOf(tx, from, to));
}

export async function followUpsDueOf(db: Tx, from: string, to: string): Promise<ApiFollowUp[]> {
  const [{ earliest } = { earliest: null }] = await db.select({ earliest: min(doses.givenOn) }).from(doses);
  const treated = earliest === null ? [] : await treatedAgentsEndingIn(db, lastDoseSpans(from, to, earliest));
  const ids = [...new Set(treated.map((t) => t.patientId))];
  const exams = await gradedExams(db, ids);
  const who = new Map(
    (ids.length
      ? await db
          .select({
            id: patients.id,
            mrn: patients.mrn,
            familyName: patients.familyName,
            givenName: patients.givenName,
          })
          .from(patients)
          .where(inArray(patients.id, ids))
      : []
    ).map((p) => [p.id, p]),
  );
  return treated
    .flatMap((t) => {
      const patientExams = exams.get(t.patientId) ?? [];
      const p = who.get(t.patientId)!;
      return followUpsOf(t.agent, t.lastDoseOn, patientExams, to)
        .filter((f) => f.dueOn >= from && f.metOn === null)
        .map((f): ApiFollowUp => ({
          patientId: t.patientId,
          mrn: p.mrn,
          name: `${p.familyName}, ${p.givenName}`,
          agent: t.agent,
          dueOn: f.dueOn,
          reason: f.reason,
          lastGrade: latestGrade(patientExams),
          lastDoseOn: t.lastDoseOn,
          monthsAfter: f.monthsAfter,
          note: f.coasting ? COASTING_NOTE : null,
        }));
    })
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.name.localeCompare(b.name) || a.agent.localeCompare(b.agent));
}

/** One patient's recovery per finished agent: the grade over the months since the last dose. */
export async function patientRecovery(patientId: string) {
  return readSnapshot(async (tx) => recoveryOf(tx, patientId));
}

async function recoveryOf(db: Tx, patientId: string) {
  const exams = (await gradedExams(db, [patientId])).get(patientId) ?? [];
  return (await treatedAgents(db, patientId))
    .map((t) => ({ agent: t.agent, lastDoseOn: t.lastDoseOn, points: recoveryPoints(t.lastDoseOn, exams) }))
    .sort((a, b) => a.agent.localeCompare(b.agent));
}

/** The months at which the number still at risk is shown under the curve. */
export const AT_RISK_MONTHS = [0, 3, 6, 12, 18, 24] as const;

/**
 * For the clinic, per agent: time from the last dose to grade 1 or less (Kaplan-Meier, in
 * months), censored at the last exam, with the number at risk at fixed months.
 */
export async function clinicRecovery() {
  return readSnapshot(clinicRecoveryOf);
}

async function clinicRecoveryOf(db: Tx) {
  const treated = await treatedAgents(db);
  const exams = await gradedExams(db, [...new Set(treated.map((t) => t.patientId))]);
  const byAgent = new Map<AgentCode, Observation[]>();
  for (const t of treated) {
    const o = timeToRecovery(t.lastDoseOn, exams.get(t.patientId) ?? []);
    if (o) byAgent.set(t.agent, [...(byAgent.get(t.agent) ?? []), { ...o, time: o.time / DAYS_PER_MONTH }]);
  }
  return [...byAgent]
    .map(([agent, observations]) => {
      const steps = kaplanMeier(observations);
      return {
        agent,
        patients: observations.length,
        recovered: observations.filter((o) => o.event).length,
        medianMonths: medianTime(steps),
        steps,
        atRisk: AT_RISK_MONTHS.map((months) => ({ months, atRisk: numberAtRisk(observations, months) })),
      };
    })
    .sort((a, b) => b.patients - a.patients || a.agent.localeCompare(b.agent));
}

/**
 * The patient page's after-treatment view: each supportive care with the grade when it started
 * and what the team must know about it, the latest grade, and the recovery curve of each finished agent.
 */
export async function patientAfterTreatment(patientId: string) {
  return readSnapshot(async (tx) => afterTreatmentOf(tx, patientId));
}

export async function afterTreatmentOf(db: Tx, patientId: string) {
  const exams = (await gradedExams(db, [patientId])).get(patientId) ?? [];
  const agents = await agentsOfPatient(db, patientId);
  const care = (await interventionsOf(db, patientId)).map((i) => ({
    ...i,
    gradeAtStart: latestGrade(exams.filter((e) => e.assessedOn <= i.startedOn)),
    warnings: interventionWarnings(i.kind, agents),
  }));
  return { interventions: care, latestGrade: latestGrade(exams), recovery: await recoveryOf(db, patientId) };
}
export type PatientAfterTreatment = Awaited<ReturnType<typeof afterTreatmentOf>>;
