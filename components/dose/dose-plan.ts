// What the nurse is about to give, worked out with the same pure rules the server runs: the dose
// to prefill (the course's current dose, the reduced one a grade rule asks for, nothing for an
// agent held or stopped), the cumulative dose after it, the alerts saving it would raise and why
// it needs a confirmation. No rule is written here, only applied.
import type { AgentCode, GradeRule } from "@/lib/domain/agents";
import { getAgent } from "@/lib/domain/agents";
import type { AlertCondition } from "@/lib/domain/alerts";
import type { AgentStatus, Setting } from "@/lib/domain/codes";
import type { AgentChangeFacts } from "@/lib/domain/decisions";
import { absoluteMg, bodySurfaceArea, cumulativeDose, doseAmount, judgeDose } from "@/lib/domain/dose";
import { neuropathyGrade } from "@/lib/domain/grading";
import { aboveTypicalMessage, plausibility } from "@/lib/domain/plausibility";
import { describeAction, governingRule, reducedDose, roundDose, termsFor, warnLevel } from "@/lib/domain/plans";
import { alertsIfSaved, type StoredAlert } from "@/lib/domain/reconcile";
import type { PatientFacts, PatientRecord } from "@/lib/domain/records";
import { byExamOrder } from "@/lib/domain/worsening";
import { formatDateTime } from "@/lib/dates";

export interface CourseAgentRow {
  agent: string;
  dose: number;
  unit: string;
  route: string | null;
  administrationsPerCycle: number;
  /** The dose for the cycles to come, and whether the agent is given at all (docs/api.md, "Version 1.1"). */
  currentDose: number;
  status: AgentStatus;
}

export interface DoseSuggestion {
  agent: AgentCode;
  /** The course's current dose per administration. */
  planned: number;
  /** The dose to prefill; null (an empty field) for an agent held or stopped. */
  dose: number | null;
  administrations: number;
  status: AgentStatus;
  /** The oncologist's decision that set the agent's state, if any. */
  change: AgentChangeFacts | null;
  /** An open grade alert still awaiting the oncologist: what the plan says, in words. */
  awaiting: string | null;
  /** Why the field holds what it holds, in words. */
  why: string;
  /** The grade rule the latest exam meets. */
  rule: GradeRule | null;
}

/**
 * The prefill for one agent: the course's current dose (reduced by a decision), the reduced dose
 * a reduce rule asks for while the oncologist has not decided yet, and nothing for an agent held
 * or stopped. A daily oral drug's record covers the cycle's days; an infusion is recorded as
 * given, one administration at a time (docs/api.md, `administrations`).
 */
export function suggestDose(
  record: PatientRecord,
  item: CourseAgentRow,
  setting: Setting | null,
  context: { courseId?: string; stored?: readonly StoredAlert[]; zone?: string } = {},
): DoseSuggestion {
  const agentCode = item.agent as AgentCode;
  const agent = getAgent(agentCode);
  const latest = record.exams
    .filter((e) => !e.enteredInError)
    .sort(byExamOrder)
    .at(-1);
  const administrations = item.route === "PO" ? item.administrationsPerCycle : 1;
  const exam = latest ? { grade: neuropathyGrade(latest), pain: latest.symptoms.pain } : null;
  const rule = exam ? governingRule(termsFor(agentCode, record.plansInForce).rules, exam.grade, exam.pain) : null;
  const change =
    record.decisions
      .filter((c) => c.agent === agentCode && (context.courseId === undefined || c.courseId === context.courseId))
      .at(-1) ?? null;
  const pending = (context.stored ?? []).some(
    (a) => a.status === "open" && a.agent === agentCode && a.kind.startsWith("grade-"),
  );
  const awaiting = pending && rule ? `plan says ${describeAction(rule, agent, item.currentDose, setting)}` : null;
  const reduced = awaiting && rule?.action === "reduce" ? reducedDose(rule, agent, item.currentDose, setting) : null;
  const unit = agent.unit;
  const off = item.status !== "active";
  const why = off
    ? `${item.status === "held" ? "held" : "stopped"}: no dose is planned`
    : reduced !== null
      ? `the plan says reduce to ${reduced} ${unit}, awaiting the oncologist`
      : change?.decision === "reduce"
        ? `reduced from ${change.from.currentDose} to ${change.to.currentDose} ${unit} on ${formatDateTime(change.at, context.zone)}, ${change.reason}`
        : `the course's dose`;
  return {
    agent: agentCode,
    planned: item.currentDose,
    dose: off ? null : (reduced ?? item.currentDose),
    administrations,
    status: item.status,
    change,
    awaiting,
    why,
    rule,
  };
}

/** "Record oxaliplatin 75 mg/m2 = 127.5 mg at BSA 1.70 m2?": the dose with its unit and what it is in mg. */
export function confirmTitle(agentCode: AgentCode, dose: number, patient: PatientFacts): string {
  const agent = getAgent(agentCode);
  const name = agent.name.toLowerCase();
  const bsaM2 = bodySurfaceArea(patient.heightCm, patient.weightKg);
  const mg = roundDose(absoluteMg(dose, agent.unit, { bsaM2, weightKg: patient.weightKg }));
  switch (agent.unit) {
    case "mg/m2":
      return `Record ${name} ${dose} mg/m2 = ${mg} mg at BSA ${bsaM2.toFixed(2)} m2?`;
    case "mg/kg":
      return `Record ${name} ${dose} mg/kg = ${mg} mg at ${patient.weightKg} kg?`;
    case "mg":
      return `Record ${name} ${dose} mg?`;
  }
}

export interface DosePreview {
  cumulative: number;
  limit: number | null;
  warnAt: number | null;
  raise: AlertCondition[];
  /** Why the nurse must confirm before saving (a limit or cap crossed, a grade rule not followed). */
  confirm: string[];
}

/** The record as it would be with this dose, and what the rules would raise on it. */
export function previewDose(
  record: PatientRecord,
  stored: readonly StoredAlert[],
  cycle: { id: string; date: string },
  suggestion: DoseSuggestion,
  dose: number,
  administrations: number,
  /** The clinic's today: a dose with no exam recorded that day asks first. */
  today?: string,
  /** Why it is given against a decision, as the nurse typed it: the override alert names it. */
  overrideReason?: string,
): DosePreview {
  const draft = {
    cycleId: cycle.id,
    agent: suggestion.agent,
    dose,
    administrations,
    givenOn: cycle.date,
    overrideReason: overrideReason?.trim() || null,
    // Judged as the server will: the patient now, the plan in force, the course's dose level in force.
    ...judgeDose(
      record.patient,
      suggestion.agent,
      termsFor(suggestion.agent, record.plansInForce),
      record.courses
        .find((c) => c.cycles.some((y) => y.id === cycle.id))
        ?.agents.find((a) => a.agent === suggestion.agent)?.currentDose ?? suggestion.planned,
    ),
  };
  const raise = alertsIfSaved(record, stored, { dose: draft });
  const terms = termsFor(suggestion.agent, record.plansInForce);
  const confirm = raise
    .filter((a) => a.kind === "dose-limit" || a.kind === "single-dose-cap" || a.kind === "decision-override")
    .map((a) => a.message);
  const agent = getAgent(suggestion.agent);
  if (suggestion.awaiting) confirm.push(`Awaiting the oncologist: ${suggestion.awaiting}.`);
  if (plausibility(agent, dose) === "above-typical") confirm.push(aboveTypicalMessage(agent, dose));
  if (today !== undefined && !record.exams.some((e) => !e.enteredInError && e.assessedOn === today)) {
    confirm.push("No exam recorded today: record the dose anyway?");
  }
  return {
    cumulative: cumulativeDose(record.doses, suggestion.agent) + doseAmount(draft),
    limit: terms.cumulativeLimit,
    warnAt: warnLevel(terms),
    raise,
    confirm,
  };
}
