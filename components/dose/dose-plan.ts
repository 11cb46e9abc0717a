// What the nurse is about to give, worked out with the same pure rules the server runs: the dose
// to prefill (the course's, or the reduced one a grade rule asks for), the cumulative dose after
// it, and the alerts saving it would raise. No rule is written here, only applied.
import type { AgentCode, GradeRule } from "@/lib/domain/agents";
import { getAgent } from "@/lib/domain/agents";
import type { AlertCondition } from "@/lib/domain/alerts";
import type { AgentDecision } from "@/db/cycle-detail";
import type { Decision, Setting } from "@/lib/domain/codes";
import { cumulativeDose, judgeDose } from "@/lib/domain/dose";
import { neuropathyGrade } from "@/lib/domain/grading";
import { decidedReduction, describeAction, governingRule, reducedDose, termsFor, warnLevel } from "@/lib/domain/plans";
import { reconcileAlerts, type StoredAlert } from "@/lib/domain/reconcile";
import type { DoseFacts, PatientRecord } from "@/lib/domain/records";
import { exceeds } from "@/lib/domain/tolerance";
import { byExamOrder } from "@/lib/domain/worsening";
import { formatDay } from "@/lib/dates";

export interface CourseAgentRow {
  agent: string;
  dose: number;
  unit: string;
  route: string | null;
  administrationsPerCycle: number;
}

export interface DoseSuggestion {
  agent: AgentCode;
  planned: number;
  /** The dose to prefill: the planned one, or the reduced one a grade rule asks for. */
  dose: number;
  administrations: number;
  /** The grade rule the latest exam meets, and what it asks for in words. */
  rule: GradeRule | null;
  ruleText: string | null;
  /** The oncologist's decision since the agent was last given, in words; a hold or stop must be confirmed. */
  decision: { decision: Decision; text: string } | null;
}

/** The latest decision on the agent made after its last recorded dose: the one this cycle follows. */
function standingDecision(record: PatientRecord, agent: AgentCode, decisions: readonly AgentDecision[]) {
  const lastGiven = record.doses
    .filter((d) => d.agent === agent && !d.enteredInError)
    .reduce((latest, d) => (d.recordedAt > latest ? d.recordedAt : latest), "");
  return decisions
    .filter((d) => d.agent === agent && d.decidedAt > lastGiven)
    .sort((a, b) => a.decidedAt.localeCompare(b.decidedAt))
    .at(-1);
}

/**
 * The prefill for one agent. A daily oral drug's record covers the cycle's days; an infusion is
 * recorded as given, one administration at a time (docs/api.md, `administrations`).
 */
export function suggestDose(
  record: PatientRecord,
  item: CourseAgentRow,
  setting: Setting | null,
  decisions: readonly AgentDecision[] = [],
): DoseSuggestion {
  const agentCode = item.agent as AgentCode;
  const agent = getAgent(agentCode);
  const latest = record.exams
    .filter((e) => !e.enteredInError)
    .sort(byExamOrder)
    .at(-1);
  const administrations = item.route === "PO" ? item.administrationsPerCycle : 1;
  const exam = latest ? { grade: neuropathyGrade(latest), pain: latest.symptoms.pain } : null;
  const terms = termsFor(agentCode, record.plansInForce);
  const rule = exam ? governingRule(terms.rules, exam.grade, exam.pain) : null;
  const standing = standingDecision(record, agentCode, decisions);
  // A reduce rule, or an oncologist's decision to reduce, prefills the reduced dose.
  const reduced =
    rule?.action === "reduce"
      ? reducedDose(rule, agent, item.dose, setting)
      : standing?.decision === "reduce"
        ? decidedReduction(terms.rules, agent, item.dose, setting, exam).dose
        : null;
  return {
    agent: agentCode,
    planned: item.dose,
    dose: reduced ?? item.dose,
    administrations,
    rule,
    ruleText:
      rule && latest
        ? `Grade ${exam!.grade} at the exam of ${formatDay(latest.assessedOn)}: the plan says ${describeAction(rule, agent, item.dose, setting)}.`
        : null,
    decision: standing
      ? {
          decision: standing.decision,
          text: `${standing.decidedBy} decided "${standing.decision}" for ${agent.name.toLowerCase()}: ${standing.reason}`,
        }
      : null,
  };
}

export interface DosePreview {
  cumulative: number;
  limit: number | null;
  warnAt: number | null;
  raise: AlertCondition[];
  /** Why the nurse must confirm before saving (a limit or cap crossed, a grade rule not followed). */
  confirm: string[];
}

const DRAFT_ID = "draft";

/** The record as it would be with this dose, and what the rules would raise on it. */
export function previewDose(
  record: PatientRecord,
  stored: readonly StoredAlert[],
  cycle: { id: string; date: string },
  suggestion: DoseSuggestion,
  dose: number,
  administrations: number,
): DosePreview {
  const draft: DoseFacts = {
    id: DRAFT_ID,
    cycleId: cycle.id,
    agent: suggestion.agent,
    dose,
    administrations,
    givenOn: cycle.date,
    recordedAt: "~", // after every stored record
    enteredInError: false,
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
  const next = { ...record, doses: [...record.doses, draft] };
  const raise = reconcileAlerts(next, stored).raise.filter((a) => a.doseId === DRAFT_ID);
  const terms = termsFor(suggestion.agent, record.plansInForce);
  const confirm = raise.filter((a) => a.kind === "dose-limit" || a.kind === "single-dose-cap").map((a) => a.message);
  const rule = suggestion.rule;
  if (rule && rule.action !== "reduce") confirm.push(suggestion.ruleText!);
  const decided = suggestion.decision;
  if (decided && (decided.decision === "hold" || decided.decision === "stop")) confirm.push(decided.text);
  if (rule?.action === "reduce" && exceeds(dose, suggestion.dose)) {
    confirm.push(`${suggestion.ruleText} This dose (${dose}) is above the reduced dose (${suggestion.dose}).`);
  }
  return {
    cumulative: cumulativeDose(next.doses, suggestion.agent),
    limit: terms.cumulativeLimit,
    warnAt: warnLevel(terms),
    raise,
    confirm,
  };
}
