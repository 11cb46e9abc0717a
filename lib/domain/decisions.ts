// What an oncologist's decision does to a course's agent for the cycles to come, and whether a
// dose given later went against it (docs/api.md, "Version 1.1"; the
// `decision-override` alert of docs/clinical-rules.md).
import type { Agent, AgentCode, GradeRule } from "./agents";
import { DECISIONS, type AgentStatus, type Decision, type Setting } from "./codes";
import { decidedReduction, roundDose } from "./plans";
import type { DoseFacts } from "./records";
import { notBelowCurrent } from "./reduction";
import { exceeds } from "./tolerance";

export interface AgentState {
  /** The dose per administration for the next planned cycle, in the agent's unit. */
  currentDose: number;
  status: AgentStatus;
}

/** One change a decision made to a course's agent, as the rules and the history read it. */
export interface AgentChangeFacts {
  courseId: string;
  agent: AgentCode;
  decision: Decision;
  from: AgentState;
  to: AgentState;
  reason: string;
  decidedBy: string;
  /** The instant it was decided (ISO 8601). */
  at: string;
}

/**
 * The state a decision leaves: reduce sets the dose and lifts a hold; hold holds until a later
 * proceed or reduce; stop is for good, so nothing after it changes the agent again. `toDose` is
 * the reduced dose, already resolved (see `reductionTarget`).
 */
export function applyDecision(state: AgentState, decision: Decision, toDose?: number): AgentState {
  if (state.status === "stopped") return state;
  switch (decision) {
    case "proceed":
      return { ...state, status: "active" };
    case "reduce":
      if (toDose === undefined) throw new Error("A reduction needs its dose.");
      return { currentDose: toDose, status: "active" };
    case "hold":
      return { ...state, status: "held" };
    case "stop":
      return { ...state, status: "stopped" };
  }
}

const STOP_ALONE: readonly Decision[] = ["stop"];

/**
 * The decisions still open on an agent in `status`: after a stop, stop alone. A stop is for good
 * (docs/api.md, "Version 1.1"), so a proceed, reduce or hold would change nothing and would read
 * as if the agent were given again; a stop keeps it stopped and records that the alert was seen.
 */
export function decisionsOpenTo(status: AgentStatus): readonly Decision[] {
  return status === "stopped" ? STOP_ALONE : DECISIONS;
}

/**
 * The courses a decision on an agent acts on: those that include it with a cycle still planned,
 * else the latest course that includes it (so a decision after the last cycle is still kept).
 * Courses come earliest first.
 */
export function coursesDecidedFor<
  C extends { agents: readonly { agent: string }[]; cycles: readonly { status: string }[] },
>(courses: readonly C[], agent: AgentCode): C[] {
  const including = courses.filter((c) => c.agents.some((a) => a.agent === agent));
  const ongoing = including.filter((c) => c.cycles.some((y) => y.status === "planned"));
  return ongoing.length > 0 ? ongoing : including.slice(-1);
}

export function sameState(a: AgentState, b: AgentState): boolean {
  return a.status === b.status && Math.abs(a.currentDose - b.currentDose) < 1e-9;
}

export type ReductionTarget = { ok: true; dose: number } | { ok: false; message: string };

/**
 * The dose a decision to reduce leads to: the oncologist's own `toDose`, else the plan's reduce
 * rule that the exam meets (its dose or percent, or the agent's next dose level). It must be
 * above zero and below the current dose; a rule that names no dose makes `toDose` required.
 */
export function reductionTarget(input: {
  toDose: number | undefined;
  current: number;
  rules: readonly GradeRule[];
  agent: Agent;
  setting: Setting | null;
  exam: { grade: number; pain: number | null } | null;
}): ReductionTarget {
  const { agent, current } = input;
  const unit = agent.unit;
  const dose = input.toDose ?? decidedReduction(input.rules, agent, current, input.setting, input.exam).dose;
  if (dose === null) {
    return {
      ok: false,
      message: `The plan names no reduced dose of ${agent.name.toLowerCase()} from ${roundDose(current)} ${unit}: give the dose to reduce to.`,
    };
  }
  const notBelow = notBelowCurrent(current, dose, unit);
  return notBelow ? { ok: false, message: notBelow } : { ok: true, dose };
}

/** The state of a course's agent at an instant: the last change decided before it, or none. */
export function lastChangeBefore(
  changes: readonly AgentChangeFacts[],
  courseId: string,
  agent: AgentCode,
  instant: string,
): AgentChangeFacts | null {
  let last: AgentChangeFacts | null = null;
  for (const c of changes) {
    if (c.courseId !== courseId || c.agent !== agent || c.at >= instant) continue;
    if (last === null || c.at >= last.at) last = c;
  }
  return last;
}

export interface Override {
  /** The decision the dose went against. */
  against: AgentChangeFacts;
  /** What the dose did: given while held or stopped, or above the reduced dose. */
  what: "held" | "stopped" | "above-reduced";
}

/**
 * Whether a dose went against a decision in force when it was recorded: any dose of an agent
 * held or stopped, or one above the dose a reduce set. Before any decision, a dose above the
 * course's dose raises nothing new (docs/api.md, "Version 1.1").
 */
export function overrideOf(dose: DoseFacts, courseId: string, changes: readonly AgentChangeFacts[]): Override | null {
  const last = lastChangeBefore(changes, courseId, dose.agent, dose.recordedAt);
  if (!last) return null;
  if (last.to.status === "held" || last.to.status === "stopped") return { against: last, what: last.to.status };
  const reducedBy = changes
    .filter(
      (c) => c.courseId === courseId && c.agent === dose.agent && c.at < dose.recordedAt && c.decision === "reduce",
    )
    .reduce<AgentChangeFacts | null>((latest, c) => (latest === null || c.at >= latest.at ? c : latest), null);
  if (reducedBy && exceeds(dose.dose, last.to.currentDose)) return { against: reducedBy, what: "above-reduced" };
  return null;
}
