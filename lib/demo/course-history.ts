import "server-only";
import { shiftDay } from "@/lib/dates";
import { acknowledgeAlerts } from "@/db/commands/alerts";
import { listAlerts } from "@/db/reads/alerts";
import { recordAssessment } from "@/db/commands/assessments";
import { createCourse, updateCycle } from "@/db/commands/courses";
import { listCourses } from "@/db/reads/courses";
import { recordDose } from "@/db/commands/doses";
import { draftPlan, signPlan } from "@/db/commands/plans";
import { listPlans } from "@/db/reads/plans";
import { getAgent, type AgentCode, type GradeRule } from "@/lib/domain/agents";
import type { Decision, Setting } from "@/lib/domain/codes";
import { neuropathyGrade } from "@/lib/domain/grading";
import { governingRule, reducedDose } from "@/lib/domain/plans";
import { AssessmentInput } from "@/lib/schemas/assessment";
import { CourseInput, CyclePatch, DoseInput } from "@/lib/schemas/course";
import { BulkAcknowledgeInput, PlanInput } from "@/lib/schemas/plan";
import { minutesToDecide, type StoryClock } from "./clock";
import { isReviewedKind, reviewReason } from "./decisions";
import { bedsideExam, type BedsideExam, type ExamBaseline } from "./exams";
import type { Rng } from "./random";
import { resolveRegimen, type Regimen } from "./regimens";
import type { Staff } from "./staff";
import type { DemoCourse, DemoPlan } from "./types";

export interface HistoryContext {
  today: string;
  /** Body surface area (m2), for doses the templates give per m2 but a course records in mg. */
  bsa: number;
  baseline: ExamBaseline;
  rng: Rng;
  /** Dates each write; `timing` draws its hours apart from `rng`, so the exams stay as they were. */
  clock: StoryClock;
  timing: Rng;
}

type CourseAgent = Regimen["agents"][number];

interface AgentDecision {
  agent: CourseAgent;
  decision: Decision;
  /** The dose given after the decision, or null when the agent was held or stopped. */
  dose: number | null;
}

function dayFrom(today: string, days: number): string {
  return shiftDay(today, days);
}

/** The day of the course's first cycle. */
export function courseStartDate(spec: DemoCourse, today: string): string {
  const { anchor } = spec;
  return dayFrom(today, anchor.inDays - (anchor.cycle - 1) * spec.regimen.template.cycleLengthDays);
}

/** Drafted by the oncologist, then agreed by the oncologist and, later that day, a nurse or pharmacist: in force. */
async function agreePlans(staff: Staff, patientId: string, plans: DemoPlan[], clock: StoryClock): Promise<void> {
  for (const plan of plans) {
    const input = plan.input ?? { notes: "Agreed before cycle 1: the agent's default limit and template ladder." };
    clock.later(10);
    const draft = await draftPlan(staff.oncologist.id, patientId, plan.agent, PlanInput.parse(input));
    clock.later(5);
    await signPlan(staff.oncologist, draft.id, "agreed");
    clock.later(90);
    await signPlan(staff[plan.cosigner], draft.id, "agreed");
  }
}

async function rulesInForce(patientId: string): Promise<(agent: AgentCode) => readonly GradeRule[]> {
  const plans = await listPlans(patientId);
  return (agent) => plans.find((p) => p.agent === agent)?.inForce?.rules ?? getAgent(agent).template.rules;
}

/** Re-read, because moving or holding a cycle changes its version. */
async function cycleOf(patientId: string, courseId: string, number: number) {
  const course = (await listCourses(patientId)).find((c) => c.id === courseId);
  const cycle = course?.cycles.find((c) => c.number === number);
  if (!cycle) throw new Error(`The demo course ${course?.name} has no cycle ${number}.`);
  return cycle;
}

/** What the plan's ladder asks at this grade; once reduced, a dose stays reduced. */
function decide(
  agent: CourseAgent,
  exam: BedsideExam,
  rules: readonly GradeRule[],
  current: number | null,
  setting: Setting | null,
): AgentDecision {
  if (current === null) return { agent, decision: "stop", dose: null };
  const rule = governingRule(rules, neuropathyGrade(exam), exam.symptoms.pain);
  if (!rule) return { agent, decision: "proceed", dose: current };
  switch (rule.action) {
    case "reduce": {
      const alreadyReduced = current < agent.dose;
      const dose = alreadyReduced
        ? current
        : (reducedDose(rule, getAgent(agent.agent), agent.dose, setting) ?? current);
      return { agent, decision: "reduce", dose };
    }
    case "hold":
      return { agent, decision: "hold", dose: null };
    case "stop":
      return { agent, decision: "stop", dose: null };
  }
}

/**
 * The oncologist decides every open alert of the cycle's agents before anything is given: one
 * decision per agent for all its alerts, as the alerts page does. A reduce names the dose it goes
 * to; a dose already reduced is kept, which is a decision to proceed.
 */
async function review(
  staff: Staff,
  patientId: string,
  decisions: AgentDecision[],
  current: ReadonlyMap<AgentCode, number | null>,
): Promise<void> {
  const open = (await listAlerts({ patientId, status: "open" })).filter((a) => isReviewedKind(a.kind));
  for (const decided of decisions) {
    const ofAgent = open.filter((a) => a.agent === decided.agent.agent);
    const [first] = ofAgent;
    if (!first || !isReviewedKind(first.kind)) continue;
    const before = current.get(decided.agent.agent) ?? null;
    const reduces = decided.decision === "reduce" && decided.dose !== null && before !== null && decided.dose < before;
    const decision = decided.decision === "reduce" && !reduces ? "proceed" : decided.decision;
    const given = decided.dose === null ? null : `${decided.dose} ${decided.agent.unit}`;
    const reason = reviewReason(first.kind, decision, getAgent(decided.agent.agent).name.toLowerCase(), given);
    await acknowledgeAlerts(
      staff.oncologist.id,
      patientId,
      BulkAcknowledgeInput.parse({
        alertIds: ofAgent.map((a) => a.id),
        decision,
        reason,
        ...(reduces ? { toDose: decided.dose } : {}),
      }),
    );
  }
}

/** The nurse moves the cycle a few days before the first of its old and new days. */
async function moveCycle(staff: Staff, patientId: string, courseId: string, spec: DemoCourse, ctx: HistoryContext) {
  if (!spec.moved) return;
  const cycle = await cycleOf(patientId, courseId, spec.moved.cycle);
  const date = dayFrom(ctx.today, spec.moved.toInDays);
  ctx.clock.at(dayFrom(date < cycle.date ? date : cycle.date, -3), 15 * 60 + ctx.timing.int(0, 60));
  await updateCycle(staff.nurse.id, cycle.id, CyclePatch.parse({ version: cycle.version, date }));
}

/**
 * A course as it went: created and its plans agreed a few days before cycle 1, then cycle by
 * cycle the morning exam, the decision hours later, the doses after the infusion.
 */
export async function seedCourse(staff: Staff, patientId: string, spec: DemoCourse, ctx: HistoryContext) {
  const { past, exams } = spec;
  const { clock, timing } = ctx;
  const regimen = resolveRegimen(spec.regimen, ctx.bsa);
  if (exams.length !== past && exams.length !== past + 1)
    throw new Error(`${regimen.name}: give one exam per past cycle, and at most one more for today.`);
  const startDate = courseStartDate(spec, ctx.today);
  clock.at(dayFrom(startDate, -3), 14 * 60 + timing.int(0, 90));
  const { course } = await createCourse(staff.oncologist.id, patientId, CourseInput.parse({ ...regimen, startDate }));
  const plans = spec.plans ?? regimen.agents.map((a) => ({ agent: a.agent, cosigner: "nurse" as const }));
  await agreePlans(staff, patientId, plans, clock);
  const rulesOf = await rulesInForce(patientId);
  const oxaliplatin = regimen.agents.some((a) => a.agent === "oxaliplatin");
  const current = new Map<AgentCode, number | null>(regimen.agents.map((a) => [a.agent, a.dose]));

  for (const [index, step] of exams.entries()) {
    if (spec.moved?.cycle === index + 1) await moveCycle(staff, patientId, course.id, spec, ctx);
    const cycle = await cycleOf(patientId, course.id, index + 1);
    const exam = bedsideExam(step, ctx.baseline, ctx.rng, oxaliplatin);
    clock.at(cycle.date, 8 * 60 + timing.int(0, 120));
    await recordAssessment(
      staff.nurse.id,
      patientId,
      AssessmentInput.parse({ cycleId: cycle.id, assessedOn: cycle.date, ...exam }),
    );
    if (cycle.number > past) break; // today's exam: the decision is still to come
    const decisions = regimen.agents.map((a) =>
      decide(a, exam, rulesOf(a.agent), current.get(a.agent) ?? null, regimen.setting ?? null),
    );
    clock.later(minutesToDecide(timing));
    if (!(cycle.number === past && spec.awaitingDecision)) await review(staff, patientId, decisions, current);
    clock.later(timing.int(45, 150));
    for (const d of decisions) {
      if (d.decision === "stop") current.set(d.agent.agent, null);
      if (d.dose === null) continue;
      current.set(d.agent.agent, d.dose);
      const { agent, unit, route, administrationsPerCycle } = d.agent;
      const dose = DoseInput.parse({ agent, dose: d.dose, unit, route, administrations: administrationsPerCycle });
      await recordDose(staff.nurse.id, cycle.id, dose);
    }
    if (decisions.every((d) => d.dose === null)) {
      await updateCycle(staff.nurse.id, cycle.id, CyclePatch.parse({ version: cycle.version, status: "held" }));
    }
  }

  if (spec.moved && spec.moved.cycle > exams.length) await moveCycle(staff, patientId, course.id, spec, ctx);

  for (const followUp of spec.followUps ?? []) {
    const exam = bedsideExam(followUp.exam, ctx.baseline, ctx.rng, oxaliplatin);
    const assessedOn = dayFrom(ctx.today, followUp.inDays);
    clock.at(assessedOn, 10 * 60 + timing.int(0, 90));
    await recordAssessment(staff.nurse.id, patientId, AssessmentInput.parse({ cycleId: null, assessedOn, ...exam }));
    // The last week's follow-ups still wait for the oncologist; older ones were seen that day.
    if (followUp.inDays > -FOLLOW_UP_REVIEW_AFTER_DAYS) continue;
    clock.later(minutesToDecide(timing));
    await reviewFollowUp(
      staff,
      patientId,
      regimen.agents.map((a) => a.agent),
    );
  }
}

/** How long a follow-up exam's alerts wait, at most, for the oncologist in the demo ward. */
const FOLLOW_UP_REVIEW_AFTER_DAYS = 7;

/**
 * Progression at a follow-up exam, seen with the patient: nothing more of the agent is given
 * (stop), and symptom care is looked at. The four decisions are the same as before a cycle.
 */
async function reviewFollowUp(staff: Staff, patientId: string, agents: AgentCode[]): Promise<void> {
  const open = await listAlerts({ patientId, status: "open", kind: "worsening" });
  for (const agent of agents) {
    const ofAgent = open.filter((a) => a.agent === agent);
    if (ofAgent.length === 0) continue;
    const name = getAgent(agent).name.toLowerCase();
    await acknowledgeAlerts(
      staff.oncologist.id,
      patientId,
      BulkAcknowledgeInput.parse({
        alertIds: ofAgent.map((a) => a.id),
        decision: "stop",
        reason: `Seen at the follow-up exam: the course is over and no more ${name} is planned; pain, balance and rehabilitation reviewed with the patient.`,
      }),
    );
  }
}
