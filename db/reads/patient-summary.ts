import "server-only";
// Read models for the pre-cycle review: one patient's whole record with the terms in force per
// agent, the alerts across patients with who they concern, and how often each kind is overridden.
// Read-only; it composes the other db/ reads so there is one query per record type.
import { doseFactsOf, planTermsOf } from "./patient-record";
import { differenceInYears, parseISO } from "date-fns";
import { asc, count, eq, inArray, sql } from "drizzle-orm";
import { getAgent, isAgentCode, type AgentCode, type GradeRule } from "@/lib/domain/agents";
import type { AlertKind, Setting } from "@/lib/domain/codes";
import { cumulativeDose } from "@/lib/domain/dose";
import { neuropathyGrade } from "@/lib/domain/grading";
import { coursesDecidedFor } from "@/lib/domain/decisions";
import {
  decidedReduction,
  defaultTerms,
  describeRule,
  governingRule,
  rulesSource,
  warnLevel,
} from "@/lib/domain/plans";
import type { PlanTerms } from "@/lib/domain/records";
import { today } from "@/lib/dates";
import { alertsMatching, type AlertFilter, type ApiAlert } from "./alerts";
import { assessmentsOf } from "./assessments";
import { readSnapshot, type Tx } from "../client";
import { coursesOf } from "./courses";
import { dosesOf } from "./doses";
import { notesOf } from "./notes";
import { NotFoundError } from "../errors";
import { patientOf } from "./patients";
import { plansOf } from "./plans";
import { acknowledgements, alerts, patients, users } from "../tables";

type Plans = Awaited<ReturnType<typeof plansOf>>;
export type ReviewAssessment = Awaited<ReturnType<typeof assessmentsOf>>[number];
export type ReviewDose = Awaited<ReturnType<typeof dosesOf>>[number];
export type ReviewCourse = Awaited<ReturnType<typeof coursesOf>>[number];

/** One neurotoxic agent of the patient: what has been given and the terms that govern it now. */
export interface ReviewAgent {
  code: AgentCode;
  name: string;
  unit: string;
  cumulative: number;
  /** The plan version in force, or the agent's defaults (`plan` null: "no plan agreed"). */
  terms: PlanTerms;
  plan: Plans[number]["inForce"];
  /** The newest draft, when one awaits signatures. */
  draft: Plans[number]["versions"][number] | null;
  warnAt: number | null;
  /** The current dose of the latest course that includes the agent, and that course's setting. */
  courseDose: { dose: number; administrationsPerCycle: number; setting: Setting | null } | null;
}

function reviewAgents(courses: ReviewCourse[], doses: ReviewDose[], plans: Plans): ReviewAgent[] {
  const codes = new Set<AgentCode>();
  for (const course of courses) for (const a of course.agents) if (isAgentCode(a.agent)) codes.add(a.agent);
  for (const dose of doses) if (isAgentCode(dose.agent)) codes.add(dose.agent);
  return [...codes].map((code) => {
    const agent = getAgent(code);
    const ofAgent = plans.find((p) => p.agent === code);
    const plan = ofAgent?.inForce ?? null;
    const terms: PlanTerms = plan ? planTermsOf(plan) : defaultTerms(agent);
    const latestCourse = [...courses].reverse().find((c) => c.agents.some((a) => a.agent === code));
    const planned = latestCourse?.agents.find((a) => a.agent === code);
    return {
      code,
      name: agent.name,
      unit: agent.unit,
      cumulative: cumulativeDose(doses.map(doseFactsOf), code),
      terms,
      plan,
      draft: ofAgent?.versions.find((v) => v.status === "draft") ?? null,
      warnAt: warnLevel(terms),
      courseDose: planned
        ? {
            dose: planned.currentDose,
            administrationsPerCycle: planned.administrationsPerCycle,
            setting: latestCourse!.setting,
          }
        : null,
    };
  });
}

/**
 * Everything the patient page and the printable summary show, as of `day`, in one snapshot (its
 * seven reads see the same moment). Throws NotFoundError for an unknown or malformed id.
 */
export async function getPatientReview(patientId: string, day: string = today()) {
  return readSnapshot(async (tx) => reviewOf(tx, patientId, day));
}

/** The review (see getPatientReview), read inside the caller's transaction. */
export async function reviewOf(tx: Tx, patientId: string, day: string = today()) {
  const patient = await patientOf(tx, patientId);
  const courses = await coursesOf(tx, patientId);
  const doses = await dosesOf(tx, patientId);
  return {
    patient,
    age: differenceInYears(parseISO(day), parseISO(patient.birthDate)),
    day,
    courses,
    assessments: await assessmentsOf(tx, patientId),
    doses,
    agents: reviewAgents(courses, doses, await plansOf(tx, patientId)),
    alerts: await alertsMatching(tx, { patientId, status: "all" }),
    notes: await notesOf(tx, patientId),
  };
}
export type PatientReview = Awaited<ReturnType<typeof reviewOf>>;

/**
 * A hold, a stop or a reduction in force on an agent, with the decision that made it (null if none
 * is on record): "reduced" is an active agent below its prescribed dose by a decision to reduce.
 */
export interface StandingDecision {
  status: "held" | "stopped" | "reduced";
  currentDose: number;
  unit: string;
  change: ReviewCourse["agents"][number]["history"][number] | null;
}

/**
 * The hold, stop or reduction in force on the agent in a course that a decision on it would act
 * on (coursesDecidedFor), or null when it is active at its prescribed dose there: what an
 * oncologist must know before deciding, as a proceed lifts a hold and keeps a reduced dose.
 */
export function standingDecision(review: PatientReview, agent: AgentCode): StandingDecision | null {
  for (const course of coursesDecidedFor(review.courses, agent)) {
    const { status, dose, currentDose, unit, history } = course.agents.find((a) => a.agent === agent)!;
    if (status === "held" || status === "stopped") {
      return { status, currentDose, unit, change: history.findLast((h) => h.to.status === status) ?? null };
    }
    const reducedBy = history.findLast((h) => h.decision === "reduce");
    if (reducedBy && currentDose < dose) return { status: "reduced", currentDose, unit, change: reducedBy };
  }
  return null;
}

export interface ReduceTarget {
  /** The next dose per administration, or null when neither the plan nor the agent names one. */
  dose: number | null;
  from: number;
  unit: string;
  /** Where the figure comes from, in words. */
  basis: string;
  /** "Plan says", or the defaults' words until a plan is agreed (rulesSource). */
  says: string;
}

/**
 * The dose a "reduce" decision would lead to, shown before deciding: the plan's reduce rule that
 * the alert's exam meets (the latest exam of the alert's cycle, else the latest exam), applied to
 * the current dose of that cycle's course (else the latest course with the agent), as the
 * grade-reduce message states it; with no such rule, the agent's next dose level.
 */
export function reduceTarget(review: PatientReview, alert: Pick<ApiAlert, "agent" | "cycleId">): ReduceTarget | null {
  const info = review.agents.find((a) => a.code === alert.agent);
  if (!info) return null;
  const agent = getAgent(info.code);
  const course = review.courses.find((c) => c.cycles.some((y) => y.id === alert.cycleId));
  const planned = course?.agents.find((a) => a.agent === info.code);
  const from = planned?.currentDose ?? info.courseDose?.dose;
  if (from === undefined) return null;
  const setting = planned ? course!.setting : (info.courseDose?.setting ?? null);
  const exam = examOfAlert(review, alert);
  const { dose, rule } = decidedReduction(
    info.terms.rules,
    agent,
    from,
    setting,
    exam ? { grade: neuropathyGrade(exam), pain: exam.symptoms.pain } : null,
  );
  const source = rulesSource(info.terms);
  const basis = rule ? `${source.name}: ${describeRule(rule, agent, from, setting)}` : "the agent's next dose level";
  return { dose, from, unit: agent.unit, basis, says: source.Says };
}

/** The exam an alert is judged by: the latest of the alert's cycle, else the latest of all. */
function examOfAlert(review: PatientReview, alert: Pick<ApiAlert, "cycleId">) {
  const exams = review.assessments.filter((a) => a.status !== "entered-in-error");
  return exams.filter((a) => alert.cycleId !== null && a.cycleId === alert.cycleId).at(-1) ?? exams.at(-1);
}

/**
 * The grade rule of the terms in force that the alert's exam meets, whatever its action (stop
 * over hold over reduce, as governingRule ranks them), or null: what the plan says to do.
 */
export function ruleMet(review: PatientReview, alert: Pick<ApiAlert, "agent" | "cycleId">): GradeRule | null {
  const info = review.agents.find((a) => a.code === alert.agent);
  const exam = examOfAlert(review, alert);
  if (!info || !exam) return null;
  return governingRule(info.terms.rules, neuropathyGrade(exam), exam.symptoms.pain);
}

export type AlertWithPatient = ApiAlert & { patient: { name: string; mrn: string } };

/** Alerts across patients (the filter as in listAlerts), each with the patient's name and MRN. */
export async function listAlertsWithPatients(filter: AlertFilter): Promise<AlertWithPatient[]> {
  return readSnapshot(async (tx) => alertsWithPatientsOf(tx, filter));
}

export async function alertsWithPatientsOf(tx: Tx, filter: AlertFilter): Promise<AlertWithPatient[]> {
  const found = await alertsMatching(tx, filter);
  const ids = [...new Set(found.map((a) => a.patientId))];
  const people = ids.length
    ? await tx
        .select({ id: patients.id, familyName: patients.familyName, givenName: patients.givenName, mrn: patients.mrn })
        .from(patients)
        .where(inArray(patients.id, ids))
    : [];
  const byId = new Map(people.map((p) => [p.id, { name: `${p.familyName}, ${p.givenName}`, mrn: p.mrn }]));
  return found.map((a) => ({ ...a, patient: byId.get(a.patientId) ?? { name: "Unknown patient", mrn: "" } }));
}

export interface OverrideCount {
  kind: AlertKind;
  decided: number;
  proceeded: number;
}

/**
 * Per alert kind, how many alerts were decided and how many of those with "proceed": a kind
 * that is always overridden is a rule to revisit (docs/clinical-rules.md, "Alert design").
 */
export async function overrideCounts(): Promise<OverrideCount[]> {
  return readSnapshot(overrideCountsOf);
}

export async function overrideCountsOf(tx: Tx): Promise<OverrideCount[]> {
  return (
    await tx
      .select({
        kind: alerts.kind,
        decided: count(),
        proceeded: sql<number>`sum(case when ${acknowledgements.decision} = 'proceed' then 1 else 0 end)`,
      })
      .from(acknowledgements)
      .innerJoin(alerts, eq(alerts.id, acknowledgements.alertId))
      .groupBy(alerts.kind)
  ).map((r) => ({ kind: r.kind, decided: r.decided, proceeded: Number(r.proceeded) }));
}

/** The decisions made on alerts of these cycles, by cycle: what the worklist shows as decided. */
export async function decisionsByCycle(db: Tx, cycleIds: readonly string[]) {
  const rows = cycleIds.length
    ? await db
        .select({
          cycleId: alerts.cycleId,
          alertId: alerts.id,
          kind: alerts.kind,
          agent: alerts.agent,
          decision: acknowledgements.decision,
          decidedAt: acknowledgements.decidedAt,
          decidedBy: users.displayName,
        })
        .from(acknowledgements)
        .innerJoin(alerts, eq(alerts.id, acknowledgements.alertId))
        .innerJoin(users, eq(users.id, acknowledgements.userId))
        .where(inArray(alerts.cycleId, [...cycleIds]))
        .orderBy(asc(acknowledgements.decidedAt))
    : [];
  const byCycle = new Map<string, Omit<(typeof rows)[number], "cycleId">[]>();
  for (const { cycleId, ...decision } of rows) {
    if (cycleId === null) continue;
    byCycle.set(cycleId, [...(byCycle.get(cycleId) ?? []), decision]);
  }
  return byCycle;
}

/** What `read` gives, or null when what it reads does not exist (NotFoundError). */
export async function unlessNotFound<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}
