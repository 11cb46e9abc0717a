// What the nurse is about to give, worked out with the same pure rules the server runs: the dose
// to prefill (the course's current dose, the reduced one a grade rule asks for, nothing for an
// agent held or stopped). The cycle page works it out on the server and gives it to the entry,
// so the rules and the agent library are not in the page's JavaScript (docs/benchmarks.md, "Route
// budgets"); what the dose would do once saved is dose-check.ts, loaded after the page. No rule
// is written here, only applied.
import type { AgentCode, GradeRule } from "@/lib/domain/agents";
import { contraindicationsFor, getAgent } from "@/lib/domain/agents";
import type { AgentStatus, DoseUnit, Setting } from "@/lib/domain/codes";
import type { AgentChangeFacts } from "@/lib/domain/decisions";
import { neuropathyGrade } from "@/lib/domain/grading";
import { countingDoses, cumulativeDose, cumulativeWithNextCycle } from "@/lib/domain/dose";
import { describeAction, governingRule, reducedDose, rulesSource, termsFor } from "@/lib/domain/plans";
import type { StoredAlert } from "@/lib/domain/reconcile";
import type { PatientRecord } from "@/lib/domain/records";
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
  /** The agent's name and unit, from the library. */
  name: string;
  unit: DoseUnit;
  /** The course's current dose per administration. */
  planned: number;
  /**
   * The dose to prefill; null (an empty field) for an agent held or stopped, while a plan rule to
   * hold, stop or reduce to a dose it does not name awaits the oncologist, and while a dose that
   * would pass the cumulative limit does.
   */
  dose: number | null;
  administrations: number;
  status: AgentStatus;
  /** The oncologist's decision that set the agent's state, if any. */
  change: AgentChangeFacts | null;
  /** An open grade alert still awaiting the oncologist: what the plan says, in words. */
  awaiting: string | null;
  /**
   * What a dose now would go against, when any dose needs the override box and a reason: the
   * agent held or stopped, or a rule that leaves the field empty awaiting the oncologist. A dose
   * above a reduced one is found only once typed (dose-check.ts).
   */
  against: DoseAgainst | null;
  /** What the field starts with and why, a sentence: "Filled with 75 mg/m2: ….", "Left empty: ….". */
  why: string;
  /** Beside the agent's name: "next dose 85 mg/m2 IV, 1 per cycle", or why none is planned. */
  next: string;
  /** The grade rule the latest exam meets. */
  rule: GradeRule | null;
  /** How many doses of the agent the cycle holds (not entered in error), sent with a dose (DoseInput). */
  dosesSeen?: number;
}

/** The override's words: its legend, what the dose is given although, and who learns of it. */
export interface DoseAgainst {
  legend: string;
  words: string;
  tells: string;
}

/**
 * Words ended with a full stop, unless they end with one already, inside a closing quote too: a
 * reason quoted last ("…given at 65 mg/m2.”) read with a stray stop after it.
 */
function sentence(words: string): string {
  return /[.!?][”"’]?$/.test(words) ? words : `${words}.`;
}

/** The override's words for a dose against an oncologist's decision: `words` says which. */
export function againstDecision(words: string): DoseAgainst {
  return { legend: "Give a dose against the decision", words, tells: "raises a critical alert for the team" };
}

/**
 * The prefill for one agent: the course's current dose (reduced by a decision), the reduced dose
 * a reduce rule asks for while the oncologist has not decided yet, and nothing for an agent held
 * or stopped, nor while a rule to hold or stop it (or to reduce it to a dose the rule does not
 * name) awaits the oncologist, nor while the dose would take the cumulative dose past the plan's
 * limit, or the label rules the agent out for the patient, and that alert awaits the oncologist: the field's dose is then not the dose to give, and a
 * field filled with it would be given with one key. A daily oral drug's record covers the cycle's days;
 * an infusion is recorded as given, one administration at a time (docs/api.md, `administrations`).
 */
export function suggestDose(
  record: PatientRecord,
  item: CourseAgentRow,
  setting: Setting | null,
  context: { courseId?: string; cycleId?: string; stored?: readonly StoredAlert[]; zone?: string } = {},
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
  const change =
    record.decisions
      .filter((c) => c.agent === agentCode && (context.courseId === undefined || c.courseId === context.courseId))
      .at(-1) ?? null;
  const undecided = (kind: (k: string) => boolean) =>
    (context.stored ?? []).some((a) => a.status === "open" && a.agent === agentCode && kind(a.kind));
  const gradeRule =
    undecided((k) => k.startsWith("grade-")) && rule
      ? `${rulesSource(terms).says} ${describeAction(rule, agent, item.currentDose, setting)}`
      : null;
  const reduced = gradeRule && rule?.action === "reduce" ? reducedDose(rule, agent, item.currentDose, setting) : null;
  const unit = agent.unit;
  // The cycle's doses of the agent recorded so far (not entered in error).
  const inCycle =
    context.cycleId === undefined
      ? undefined
      : countingDoses(record.doses).filter((d) => d.cycleId === context.cycleId && d.agent === agentCode);
  // The rest of the cycle would take the cumulative dose past the plan's limit, and its alert is
  // undecided. The whole cycle, as the dose-projected alert judges it (lib/domain/alerts.ts): of
  // bortezomib's four administrations, the first alone stayed within a limit the cycle passed.
  const next = reduced ?? item.currentDose;
  const limit = terms.cumulativeLimit;
  const givenInCycle = (inCycle ?? []).reduce((n, d) => n + d.administrations, 0);
  const pastLimit =
    undecided((k) => k === "dose-projected" || k === "dose-limit") &&
    cumulativeWithNextCycle({
      cumulative: cumulativeDose(record.doses, agentCode),
      dose: next,
      administrations: Math.max(administrations, item.administrationsPerCycle - givenInCycle),
      limit,
    }).pastLimit
      ? `plan's cumulative limit of ${limit} ${unit} would be passed`
      : null;
  // The label rules the agent out for a risk factor of the patient's, and no one has decided yet.
  const [ruledOut] = contraindicationsFor(agent, record.patient.riskFactors);
  const contraindicated =
    ruledOut && undecided((k) => k === "contraindication")
      ? `label's contraindication (${ruledOut.riskFactor.replace(/-/g, " ")})`
      : null;
  const awaiting = [contraindicated, gradeRule, pastLimit].filter((a) => a !== null).join("; ") || null;
  const off = item.status !== "active";
  const dose = off || contraindicated || pastLimit || (gradeRule && reduced === null) ? null : next;
  const because = off
    ? `${item.status === "held" ? "held" : "stopped"}, so no dose is planned`
    : awaiting
      ? `the ${awaiting}, awaiting the oncologist${dose === null ? ": ask before giving a dose" : ""}`
      : change?.decision === "reduce"
        ? `reduced from ${change.from.currentDose} to ${change.to.currentDose} ${unit} on ${formatDateTime(change.at, context.zone)}: “${change.reason}”`
        : `the course's dose`;
  const regimen = `${item.currentDose} ${unit}${item.route ? ` ${item.route}` : ""}, ${item.administrationsPerCycle} per cycle`;
  const nextWords =
    item.status === "held"
      ? `on hold: no dose planned (${regimen} once the hold is lifted)`
      : item.status === "stopped"
        ? "stopped: no more doses"
        : // Beside a field filled with the plan's reduced dose, the course's dose reads as what stands
          // until the oncologist decides, not as a second answer to what to give.
          awaiting
          ? `next dose ${regimen}, as the course stands until the oncologist decides`
          : `next dose ${regimen}`;
  const against: DoseAgainst | null = off
    ? againstDecision(item.status === "held" ? "on HOLD" : "STOPPED")
    : dose === null && awaiting
      ? {
          legend: "Give a dose before the oncologist decides",
          words: `awaiting the oncologist: the ${awaiting}`,
          tells: "shown to the oncologist with the open alert",
        }
      : null;
  return {
    agent: agentCode,
    name: agent.name,
    unit,
    planned: item.currentDose,
    dose,
    administrations,
    status: item.status,
    change,
    awaiting,
    against,
    next: nextWords,
    why: sentence(`${dose === null ? "Left empty" : `Filled with ${dose} ${unit}`}: ${because}`),
    rule,
    dosesSeen: inCycle?.length,
  };
}
