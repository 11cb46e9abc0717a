import "server-only";
// A course's agents carry their state for the cycles to come (current dose, active, held or
// stopped); an oncologist's decision, on an agent's alerts or on the agent alone, changes it
// here, with its history.
import { and, eq } from "drizzle-orm";
import { getAgent, type AgentCode } from "@/lib/domain/agents";
import type { Decision } from "@/lib/domain/codes";
import { applyDecision, coursesDecidedFor, decisionsOpenTo, reductionTarget, sameState } from "@/lib/domain/decisions";
import { neuropathyGrade } from "@/lib/domain/grading";
import { termsFor } from "@/lib/domain/plans";
import type { PatientRecord } from "@/lib/domain/records";
import { byExamOrder } from "@/lib/domain/worsening";
import { audit } from "./audit";
import type { AcknowledgeInput } from "@/lib/schemas/plan";
import { write, type Tx } from "../client";
import { ConflictError, InvalidError, NotFoundError } from "../errors";
import { newId, now } from "../ids";
import { withAcknowledgements } from "../reads/alerts";
import { coursesOf } from "../reads/courses";
import { loadPatientRecord } from "../reads/patient-record";
import { requirePatient } from "../reads/patient-row";
import { evaluateAndStoreAlerts } from "./evaluation";
import { courseAgentChanges, courseAgents } from "../tables";

export interface AgentDecisionInput {
  userId: string;
  patientId: string;
  agent: AgentCode;
  decision: Decision;
  reason: string;
  toDose?: number;
  /** The alerts decided; the exam behind them picks the plan's reduce rule. */
  alertIds: string[];
  assessmentId: string | null;
  at: string;
}

/**
 * Applies a decision to the agent in the courses it acts on, inside the deciding transaction:
 * reduce sets the current dose (toDose, or the plan rule's dose or percent), hold and stop set
 * the status. Each real change is stored in the history and audited; a reduction with no dose
 * to go to is refused (400 on `toDose`), and so is any decision but stop on an agent stopped for
 * good (400 on `decision`); then nothing is decided. Answers how many courses it changed.
 */
export async function applyAgentDecision(tx: Tx, record: PatientRecord, input: AgentDecisionInput): Promise<number> {
  let changed = 0;
  const agent = getAgent(input.agent);
  const exams = record.exams.filter((e) => !e.enteredInError).sort(byExamOrder);
  const exam = exams.find((e) => e.id === input.assessmentId) ?? exams.at(-1) ?? null;
  const rules = termsFor(input.agent, record.plansInForce).rules;
  const courses = coursesDecidedFor(record.courses, input.agent);
  const statuses = courses.map((course) => course.agents.find((a) => a.agent === input.agent)!.status);
  if (statuses.length > 0 && statuses.every((status) => !decisionsOpenTo(status).includes(input.decision))) {
    throw new InvalidError({
      decision: `${agent.name} is stopped, for good: the only decision left on it is stop, which keeps it stopped and records that the alert was seen.`,
    });
  }
  for (const course of courses) {
    const facts = course.agents.find((a) => a.agent === input.agent)!;
    const from = { currentDose: facts.currentDose, status: facts.status };
    if (from.status === "stopped") continue;
    let toDose: number | undefined;
    if (input.decision === "reduce") {
      const target = reductionTarget({
        toDose: input.toDose,
        current: from.currentDose,
        rules,
        agent,
        setting: course.setting,
        exam: exam && { grade: neuropathyGrade(exam), pain: exam.symptoms.pain },
      });
      if (!target.ok) throw new InvalidError({ toDose: target.message });
      toDose = target.dose;
    }
    const to = applyDecision(from, input.decision, toDose);
    if (sameState(from, to)) continue;
    const row = (
      await tx
        .update(courseAgents)
        .set({ currentDose: to.currentDose, status: to.status })
        .where(and(eq(courseAgents.courseId, course.id), eq(courseAgents.agent, input.agent)))
        .returning()
    )[0]!;
    const change = (
      await tx
        .insert(courseAgentChanges)
        .values({
          id: newId(),
          courseAgentId: row.id,
          courseId: course.id,
          patientId: input.patientId,
          agent: input.agent,
          decision: input.decision,
          fromDose: from.currentDose,
          toDose: to.currentDose,
          fromStatus: from.status,
          toStatus: to.status,
          reason: input.reason,
          alertIds: input.alertIds,
          userId: input.userId,
          at: input.at,
        })
        .returning()
    )[0]!;
    await audit(tx, {
      userId: input.userId,
      action: "course-agent.change",
      entity: "course_agent",
      entityId: row.id,
      patientId: input.patientId,
      before: { currentDose: from.currentDose, status: from.status },
      // In the terms of `before` as well, so the trail reads "status: held → active".
      after: { ...change, currentDose: to.currentDose, status: to.status },
    });
    changed += 1;
  }
  return changed;
}

/**
 * An oncologist's decision on an agent with no alert to decide: above all, lifting a hold at
 * review once the neuropathy has settled, which nothing else can do when the hold's alerts are
 * decided and no new one is open (a hold stands until a proceed or a reduce). Hold, reduce and
 * stop work the same way, ahead of an alert. A decision that would change nothing is refused
 * (409, naming the agent's state), and then nothing is written.
 */
export async function decideOnAgent(userId: string, patientId: string, agent: AgentCode, input: AcknowledgeInput) {
  return write(async (tx) => {
    await requirePatient(tx, patientId);
    const record = await loadPatientRecord(tx, patientId);
    const given = coursesDecidedFor(record.courses, agent);
    if (given.length === 0) throw new NotFoundError(`A course with ${getAgent(agent).name.toLowerCase()}`);
    const changed = await applyAgentDecision(tx, record, {
      userId,
      patientId,
      agent,
      decision: input.decision,
      reason: input.reason,
      toDose: input.toDose,
      alertIds: [],
      assessmentId: null,
      at: now(),
    });
    if (changed === 0) {
      const state = given[0]!.agents.find((a) => a.agent === agent)!;
      throw new ConflictError(
        `Nothing to change: ${getAgent(agent).name.toLowerCase()} is ${state.status} at ${state.currentDose} ${state.unit}.`,
      );
    }
    const { raised } = await evaluateAndStoreAlerts(tx, userId, patientId);
    return { courses: await coursesOf(tx, patientId), raised: await withAcknowledgements(tx, raised) };
  });
}
