// Dose arithmetic: body surface area, cumulative dose, caps and the next planned cycle.
import type { AgentCode } from "./agents";
import { getAgent } from "./agents";
import type { AgentStatus, DoseUnit } from "./codes";
import type {
  CourseAgentFacts,
  CourseFacts,
  CycleFacts,
  DoseFacts,
  DoseJudgement,
  PatientFacts,
  PlanTerms,
} from "./records";
import { bodySurfaceArea } from "./body-surface-area";
import { exceeds, reached } from "./tolerance";

export { bodySurfaceArea };

/** Doses that count: everything given, less those marked entered-in-error. */
export function countingDoses<T extends Pick<DoseFacts, "enteredInError">>(doses: readonly T[]): T[] {
  return doses.filter((d) => !d.enteredInError);
}

/** Chronological order: the day given, then when it was recorded. */
export function byTimeGiven(a: DoseFacts, b: DoseFacts): number {
  return a.givenOn.localeCompare(b.givenOn) || a.recordedAt.localeCompare(b.recordedAt);
}

export function doseAmount(dose: Pick<DoseFacts, "dose" | "administrations">): number {
  return dose.dose * dose.administrations;
}

/** A patient's cumulative dose of an agent across every course, as of a day (inclusive) or in all. */
export function cumulativeDose(doses: readonly DoseFacts[], agent: AgentCode, asOf?: string): number {
  return countingDoses(doses)
    .filter((d) => d.agent === agent && (asOf === undefined || d.givenOn <= asOf))
    .reduce((sum, d) => sum + doseAmount(d), 0);
}

/** Cumulative dose per agent, for every agent the patient has been given. */
export function cumulativeByAgent(doses: readonly DoseFacts[], asOf?: string): Partial<Record<AgentCode, number>> {
  const totals: Partial<Record<AgentCode, number>> = {};
  for (const d of countingDoses(doses)) {
    if (asOf !== undefined && d.givenOn > asOf) continue;
    totals[d.agent] = (totals[d.agent] ?? 0) + doseAmount(d);
  }
  return totals;
}

/**
 * The cumulative dose per agent shown beside an exam: what was given before it. A cycle's exam
 * comes before that day's infusion, so it counts the doses of earlier days only; a follow-up
 * exam (no cycle) counts every dose up to and including its day.
 */
export function cumulativeBeforeExam(
  doses: readonly DoseFacts[],
  exam: { assessedOn: string; cycleId: string | null },
): Partial<Record<AgentCode, number>> {
  return exam.cycleId === null
    ? cumulativeByAgent(doses, exam.assessedOn)
    : cumulativeByAgent(doses.filter((d) => d.givenOn < exam.assessedOn));
}

/** One administration's absolute amount in mg: by BSA for mg/m2, by weight for mg/kg. */
export function absoluteMg(dose: number, unit: DoseUnit, body: Pick<DoseJudgement, "bsaM2" | "weightKg">): number {
  switch (unit) {
    case "mg/m2":
      return dose * body.bsaM2;
    case "mg/kg":
      return dose * body.weightKg;
    case "mg":
      return dose;
  }
}

/**
 * The cap in force for a dose of an agent: the plan version's own `doseCap` (null: the team set
 * no cap), or the agent's default. Brentuximab's default is the dose at 100 kg of the course's
 * dose level in force (label: 180 mg at 1.8 mg/kg, 120 mg at 1.2), so `doseLevel` is that level
 * per kg, not the dose given.
 */
export function capInForce(
  agent: AgentCode,
  terms: Pick<PlanTerms, "versionId" | "doseCap" | "doseCapSource">,
  doseLevel: number,
): Pick<DoseJudgement, "cap" | "capSource" | "capPlanVersionId"> {
  if (terms.doseCapSource === "plan") {
    return { cap: terms.doseCap, capSource: "plan", capPlanVersionId: terms.versionId };
  }
  const byDefault = getAgent(agent).cap;
  const cap =
    byDefault === null ? null : byDefault.atWeightKg !== undefined ? doseLevel * byDefault.atWeightKg : byDefault.value;
  return { cap, capSource: "agent-default", capPlanVersionId: terms.versionId };
}

/** The figures a dose is judged with once, when it is recorded: the body and the cap in force then. */
export function judgeDose(
  patient: Pick<PatientFacts, "heightCm" | "weightKg">,
  agent: AgentCode,
  terms: Pick<PlanTerms, "versionId" | "doseCap" | "doseCapSource">,
  doseLevel: number,
): DoseJudgement {
  return {
    heightCm: patient.heightCm,
    weightKg: patient.weightKg,
    bsaM2: bodySurfaceArea(patient.heightCm, patient.weightKg),
    ...capInForce(agent, terms, doseLevel),
  };
}

export interface CapCheck {
  cap: number;
  amount: number;
  /** The unit both figures are in. */
  unit: "mg" | "mg/m2";
  exceeded: boolean;
}

/**
 * Checks one dose against the cap it was recorded under, with the body it was recorded with.
 * Most caps compare one administration in mg; cisplatin's compares mg/m2 summed over the
 * cycle (label: per-cycle and daily doses are a known, fatal mix-up), so it needs the cycle's
 * other doses of the agent recorded up to and including this one (what was known then).
 */
export function checkDoseCap(dose: DoseFacts, cycleDosesSoFar: readonly DoseFacts[]): CapCheck | null {
  const agent = getAgent(dose.agent);
  const cap = dose.cap;
  if (cap === null) return null;
  if (agent.cap?.scope === "cycle-mg/m2") {
    const amount = countingDoses(cycleDosesSoFar)
      .filter((d) => d.agent === dose.agent)
      .reduce((sum, d) => sum + doseAmount(d), 0);
    return { cap, amount, unit: "mg/m2", exceeded: exceeds(amount, cap) };
  }
  const amount = absoluteMg(dose.dose, agent.unit, dose);
  return { cap, amount, unit: "mg", exceeded: exceeds(amount, cap) };
}

export interface NextCycleDose {
  cycle: CycleFacts;
  course: CourseFacts;
  /** The course's current dose x administrationsPerCycle, in the agent's unit. */
  amount: number;
}

/**
 * The next planned cycle for an agent: the earliest cycle still `planned`, in any course that
 * includes the agent while it is active (not held or stopped), dated after the given day, at
 * the course's current dose (docs/clinical-rules.md, "Alerts"; docs/api.md, "Version 1.1").
 */
export function nextPlannedCycle(
  courses: readonly CourseFacts[],
  agent: AgentCode,
  after: string,
): NextCycleDose | null {
  let best: NextCycleDose | null = null;
  for (const course of courses) {
    const plannedAgent = course.agents.find((a) => a.agent === agent);
    if (!plannedAgent || plannedAgent.status !== "active") continue;
    for (const cycle of course.cycles) {
      if (cycle.status !== "planned" || cycle.date <= after) continue;
      if (best === null || cycle.date < best.cycle.date) {
        best = { cycle, course, amount: plannedAgent.currentDose * plannedAgent.administrationsPerCycle };
      }
    }
  }
  return best;
}

export interface PlannedDose {
  status: AgentStatus;
  /** Per administration for the cycles to come; null while the agent is held or stopped. */
  dose: number | null;
  /** The prescribed dose, when a decision changed it; else null. */
  changedFrom: number | null;
  unit: DoseUnit;
  administrations: number;
  /** One administration in mg with the body given; null when no dose is planned. */
  mg: number | null;
}

/**
 * What a course's agent is planned at for its next cycle: its current dose (the prescribed one
 * until an oncologist reduces it) while active, nothing while held or stopped (docs/api.md,
 * "Version 1.1"), and that dose in mg for the body given. Every page that names a planned dose
 * reads it here.
 */
export function plannedDose(
  courseAgent: Pick<CourseAgentFacts, "dose" | "currentDose" | "status" | "unit" | "administrationsPerCycle">,
  body: Pick<DoseJudgement, "bsaM2" | "weightKg">,
): PlannedDose {
  const active = courseAgent.status === "active";
  const dose = active ? courseAgent.currentDose : null;
  return {
    status: courseAgent.status,
    dose,
    changedFrom: active && courseAgent.currentDose !== courseAgent.dose ? courseAgent.dose : null,
    unit: courseAgent.unit,
    administrations: courseAgent.administrationsPerCycle,
    mg: dose === null ? null : absoluteMg(dose, courseAgent.unit, body),
  };
}

/**
 * The cumulative dose with the next cycle at `dose` per administration, and whether that passes
 * the limit: what a decision leads to, said beside its choice before it is made (a held agent's
 * next cycle counts in no projection until the hold is lifted; docs/clinical-rules.md).
 */
export function cumulativeWithNextCycle(input: {
  cumulative: number;
  dose: number;
  administrations: number;
  limit: number | null;
}): { total: number; pastLimit: boolean } {
  const total = input.cumulative + input.dose * input.administrations;
  return { total, pastLimit: input.limit !== null && exceeds(total, input.limit) };
}

/** What one cycle's doses of an agent add up to: administrations counted, doses entered in error not. */
export function cycleDose(doses: readonly DoseFacts[], cycleId: string, agent: AgentCode): number {
  return countingDoses(doses)
    .filter((d) => d.cycleId === cycleId && d.agent === agent)
    .reduce((sum, d) => sum + doseAmount(d), 0);
}

export interface PlannedCycleCheck {
  /** The dose times its administrations, in the agent's unit. */
  perCycle: number;
  /** The cap in force against what it compares (one administration in mg, or cisplatin's cycle in mg/m2); null: no cap. */
  cap: CapCheck | null;
  /** The cumulative dose once the cycle is given as planned, and whether that reaches or passes the limit. */
  cumulativeAfter: number;
  reachesLimit: boolean;
  pastLimit: boolean;
}

/**
 * The cycles planned for an agent before `cycle`, in any course giving it while active, and what
 * they add at their course's current dose: a later cycle's cumulative dose counts them too (the
 * pharmacist's check of cycle 9 counted the doses given and cycle 9, not cycles 7 and 8 between).
 */
export function plannedBefore(
  courses: readonly CourseFacts[],
  agent: AgentCode,
  cycle: Pick<CycleFacts, "id" | "date">,
): { cycles: CycleFacts[]; amount: number } {
  const cycles: CycleFacts[] = [];
  let amount = 0;
  for (const course of courses) {
    const planned = course.agents.find((a) => a.agent === agent);
    if (!planned || planned.status !== "active") continue;
    for (const c of course.cycles) {
      if (c.status !== "planned" || c.id === cycle.id || c.date > cycle.date) continue;
      cycles.push(c);
      amount += planned.currentDose * planned.administrationsPerCycle;
    }
  }
  return { cycles, amount };
}

/**
 * A planned cycle's dose checked before it is given, as the pharmacist checks it: against the cap
 * in force, the way the dose will be judged once recorded (`judgeDose`, `checkDoseCap`), and the
 * cumulative dose it leads to against the limit (`cumulativeWithNextCycle`).
 */
export function checkPlannedCycle(input: {
  agent: AgentCode;
  dose: number;
  administrations: number;
  /** The course's dose level in force (brentuximab's cap is the dose at 100 kg of it). */
  doseLevel: number;
  body: Pick<DoseJudgement, "bsaM2" | "weightKg">;
  terms: Pick<PlanTerms, "versionId" | "doseCap" | "doseCapSource" | "cumulativeLimit">;
  /** The cumulative dose before this cycle: the doses given and the cycles planned before it (`plannedBefore`). */
  cumulativeBefore: number;
}): PlannedCycleCheck {
  const { agent, dose, administrations, body, terms } = input;
  const perCycle = dose * administrations;
  const { cap } = capInForce(agent, terms, input.doseLevel);
  const perCycleCap = getAgent(agent).cap?.scope === "cycle-mg/m2";
  const amount = perCycleCap ? perCycle : absoluteMg(dose, getAgent(agent).unit, body);
  const { total, pastLimit } = cumulativeWithNextCycle({
    cumulative: input.cumulativeBefore,
    dose,
    administrations,
    limit: terms.cumulativeLimit,
  });
  return {
    perCycle,
    cap: cap === null ? null : { cap, amount, unit: perCycleCap ? "mg/m2" : "mg", exceeded: exceeds(amount, cap) },
    cumulativeAfter: total,
    reachesLimit: terms.cumulativeLimit !== null && reached(total, terms.cumulativeLimit),
    pastLimit,
  };
}
