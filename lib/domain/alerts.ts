// The alert rules of docs/clinical-rules.md ("Alerts"): what the patient's record
// now shows, as conditions with a key that says how often each may be raised.
import { formatDay } from "../dates";
import type { AgentCode } from "./agents";
import { contraindicationsFor, getAgent } from "./agents";
import type { AlertKind, Severity } from "./codes";
import { ALERT_SEVERITY } from "./codes";
import { formatDateTime } from "@/lib/dates";
import { overrideOf, type Override } from "./decisions";
import { byTimeGiven, checkDoseCap, countingDoses, doseAmount, nextPlannedCycle } from "./dose";
import { neuropathyGrade } from "./grading";
import { describeAction, governingRule, roundDose, rulesSource, termsFor, warnLevel } from "./plans";
import type { CourseFacts, CycleFacts, ExamFacts, PatientRecord } from "./records";
import { reached, exceeds } from "./tolerance";
import { byExamOrder, worseningAt } from "./worsening";

export interface AlertCondition {
  /** Two conditions with one key are one alert: the key encodes "once per ..." of each kind. */
  key: string;
  kind: AlertKind;
  severity: Severity;
  agent: AgentCode;
  message: string;
  cycleId: string | null;
  courseId: string | null;
  doseId: string | null;
  assessmentId: string | null;
  planVersionId: string | null;
}

type Source = Partial<Pick<AlertCondition, "cycleId" | "courseId" | "doseId" | "assessmentId" | "planVersionId">>;

export function condition(
  kind: AlertKind,
  agent: AgentCode,
  scope: string,
  message: string,
  source: Source,
): AlertCondition {
  return {
    key: `${kind}|${agent}|${scope}`,
    kind,
    severity: ALERT_SEVERITY[kind],
    agent,
    message,
    cycleId: source.cycleId ?? null,
    courseId: source.courseId ?? null,
    doseId: source.doseId ?? null,
    assessmentId: source.assessmentId ?? null,
    planVersionId: source.planVersionId ?? null,
  };
}

interface CycleInCourse {
  cycle: CycleFacts;
  course: CourseFacts;
}

function formatAmount(value: number, unit: string): string {
  return `${roundDose(value)} ${unit}`;
}

class RecordView {
  readonly cycles = new Map<string, CycleInCourse>();
  readonly agents: AgentCode[];
  readonly exams: ExamFacts[];

  constructor(readonly record: PatientRecord) {
    for (const course of record.courses) {
      for (const cycle of course.cycles) this.cycles.set(cycle.id, { cycle, course });
    }
    const agents = new Set<AgentCode>();
    for (const course of record.courses) for (const a of course.agents) agents.add(a.agent);
    for (const dose of record.doses) agents.add(dose.agent);
    this.agents = [...agents];
    this.exams = record.exams.filter((e) => !e.enteredInError).sort(byExamOrder);
  }

  /** An exam in a cycle speaks for that course's agents; a follow-up exam for all of the patient's. */
  agentsOfExam(exam: ExamFacts): AgentCode[] {
    if (exam.cycleId === null) return this.agents;
    return this.cycles.get(exam.cycleId)?.course.agents.map((a) => a.agent) ?? [];
  }

  /** Whether any course still plans the agent on or after a day: treatment goes on. */
  stillPlanned(agent: AgentCode, day: string): boolean {
    return this.record.courses.some(
      (c) => c.agents.some((a) => a.agent === agent) && c.cycles.some((y) => y.status === "planned" && y.date >= day),
    );
  }

  /** The course's current dose of the agent that an exam or dose concerns, for stating a reduced dose. */
  plannedDose(agent: AgentCode, cycleId: string | null): { dose: number; course: CourseFacts } | null {
    const course = cycleId === null ? undefined : this.cycles.get(cycleId)?.course;
    const candidates = course ? [course] : [...this.record.courses].reverse();
    for (const c of candidates) {
      const planned = c.agents.find((a) => a.agent === agent);
      if (planned) return { dose: planned.currentDose, course: c };
    }
    return null;
  }

  where(cycleId: string | null, day: string): string {
    const cycle = cycleId === null ? undefined : this.cycles.get(cycleId)?.cycle;
    return cycle ? `cycle ${cycle.number} (${formatDay(day)})` : `follow-up exam of ${formatDay(day)}`;
  }
}

/**
 * grade-reduce / grade-hold / grade-stop: each cycle exam's recorded grade (never the suggestion)
 * against the ladder of each agent of its course; once per cycle, agent and kind. A follow-up
 * exam raises none, since no dose follows it. A plan version judges the present: an exam
 * recorded before it came into force counts only if it is the agent's latest exam (the earlier
 * ones already had their decisions).
 */
function gradeConditions(view: RecordView): AlertCondition[] {
  const found: AlertCondition[] = [];
  const cycleExams = view.exams.filter((e) => e.cycleId !== null);
  const latestFor = (agent: AgentCode) => cycleExams.findLast((e) => view.agentsOfExam(e).includes(agent));
  for (const exam of cycleExams) {
    const grade = neuropathyGrade(exam);
    for (const agentCode of view.agentsOfExam(exam)) {
      const terms = termsFor(agentCode, view.record.plansInForce);
      if (terms.inForceAt !== null && exam.recordedAt < terms.inForceAt && latestFor(agentCode) !== exam) continue;
      const rule = governingRule(terms.rules, grade, exam.symptoms.pain);
      if (!rule) continue;
      const agent = getAgent(agentCode);
      const planned = view.plannedDose(agentCode, exam.cycleId);
      const action = describeAction(rule, agent, planned?.dose, planned?.course.setting ?? null);
      const withPain = rule.withPain ? " with pain" : "";
      const message = `Grade ${grade} neuropathy${withPain} at ${view.where(exam.cycleId, exam.assessedOn)} meets ${rulesSource(terms).rule} for grade ${rule.minGrade}${withPain}: ${action}.`;
      found.push(
        condition(`grade-${rule.action}`, agentCode, exam.cycleId ?? `exam:${exam.id}`, message, {
          cycleId: exam.cycleId,
          courseId: planned?.course.id,
          assessmentId: exam.id,
          planVersionId: terms.versionId,
        }),
      );
    }
  }
  return found;
}

/** worsening: each exam against the previous one and against the baseline. */
function worseningConditions(view: RecordView): AlertCondition[] {
  const found: AlertCondition[] = [];
  const [baseline] = view.exams;
  view.exams.forEach((exam, i) => {
    const changes = worseningAt(exam, view.exams[i - 1] ?? null, baseline ?? null, view.exams.slice(1, i));
    if (changes.length === 0) return;
    const what = changes.map((c) => c.description).join("; ");
    for (const agent of view.agentsOfExam(exam)) {
      const name = getAgent(agent).name.toLowerCase();
      const next =
        exam.cycleId !== null || view.stillPlanned(agent, exam.assessedOn)
          ? `Review before the next ${name} dose.`
          : `No ${name} is planned: review symptom care and rehabilitation.`;
      const message = `Neuropathy progressing at ${view.where(exam.cycleId, exam.assessedOn)}: ${what}. ${next}`;
      found.push(
        condition("worsening", agent, exam.cycleId ?? `exam:${exam.id}`, message, {
          cycleId: exam.cycleId,
          assessmentId: exam.id,
        }),
      );
    }
  });
  return found;
}

/** dose-approaching, dose-limit and dose-projected for one agent's cumulative dose. */
function cumulativeConditions(view: RecordView, agentCode: AgentCode): AlertCondition[] {
  const terms = termsFor(agentCode, view.record.plansInForce);
  const limit = terms.cumulativeLimit;
  if (limit === null) return [];
  const agent = getAgent(agentCode);
  const doses = countingDoses(view.record.doses)
    .filter((d) => d.agent === agentCode)
    .sort(byTimeGiven);
  const version = terms.versionId ?? "default";
  const limitText = `the ${formatAmount(limit, agent.unit)} limit${terms.versionId ? " of the plan in force" : " (agent default, no plan agreed)"}`;
  const found: AlertCondition[] = [];
  const warnAt = warnLevel(terms)!;
  // A version that came into force after doses were given judges them once, as the cumulative
  // dose of that moment; the doses given since are judged one by one.
  const inForceAt = terms.inForceAt;
  const before = inForceAt === null ? [] : doses.filter((d) => d.recordedAt < inForceAt);
  const judged = before.length > 0 ? [before.at(-1)!, ...doses.filter((d) => !before.includes(d))] : doses;
  let running = before.slice(0, -1).reduce((sum, d) => sum + doseAmount(d), 0);
  let warned = false;
  for (const dose of judged) {
    running += doseAmount(dose);
    const source = { cycleId: dose.cycleId, doseId: dose.id, planVersionId: terms.versionId };
    if (!warned && reached(running, warnAt)) {
      warned = true;
      const message = `Cumulative ${agent.name.toLowerCase()} ${formatAmount(running, agent.unit)} has reached the warning level, ${Math.round(terms.warnFraction * 100)}% of ${limitText}.`;
      found.push(condition("dose-approaching", agentCode, version, message, source));
    }
    if (reached(running, limit)) {
      // "Passed" when over: "reached" read as just at it for 510 of a 500 mg/m2 limit.
      const verb = exceeds(running, limit) ? "passed" : "reached";
      const message = `Cumulative ${agent.name.toLowerCase()} ${formatAmount(running, agent.unit)} has ${verb} ${limitText}.`;
      found.push(condition("dose-limit", agentCode, version, message, source));
      return found;
    }
  }
  const latest = doses.at(-1);
  const latestCycle = latest && view.cycles.get(latest.cycleId)?.cycle;
  if (!latest || !latestCycle) return found;
  // Under a version that came into force since the latest dose: the earliest planned cycle, whatever its date.
  const fromDay = inForceAt !== null && latest.recordedAt < inForceAt ? "" : latestCycle.date;
  const next = nextPlannedCycle(view.record.courses, agentCode, fromDay);
  if (next && exceeds(running + next.amount, limit)) {
    // A cycle of several administrations says so: "5.2 mg/m2" alone read as one dose of bortezomib.
    const planned = next.course.agents.find((a) => a.agent === agentCode)!;
    const perCycle =
      planned.administrationsPerCycle > 1
        ? `${planned.administrationsPerCycle} × ${formatAmount(planned.currentDose, agent.unit)} = ${formatAmount(next.amount, agent.unit)}`
        : formatAmount(next.amount, agent.unit);
    const message = `The next planned ${agent.name.toLowerCase()} (cycle ${next.cycle.number} of ${next.course.name} on ${formatDay(next.cycle.date)}, ${perCycle}) would take the cumulative dose from ${formatAmount(running, agent.unit)} to ${formatAmount(running + next.amount, agent.unit)}, past ${limitText}.`;
    // Once per cycle and planned amount: a decision that reduces the dose but not enough to stay
    // within the limit is asked about again at the new amount, rather than the decided alert
    // standing for a projection that no longer holds (docs/clinical-rules.md, "Alerts").
    found.push(
      condition("dose-projected", agentCode, `${latest.cycleId}|${roundDose(next.amount)}`, message, {
        cycleId: latest.cycleId,
        doseId: latest.id,
        planVersionId: terms.versionId,
      }),
    );
  }
  return found;
}

/**
 * single-dose-cap: each dose against the cap and the body it was recorded with, so that it is
 * judged once (a later weight or plan never re-judges it); for cisplatin's per-cycle cap, with
 * the cycle's doses recorded up to it.
 */
function capConditions(view: RecordView): AlertCondition[] {
  const found: AlertCondition[] = [];
  const doses = countingDoses(view.record.doses);
  for (const dose of doses) {
    const cycleSoFar = doses.filter(
      (d) => d.cycleId === dose.cycleId && d.agent === dose.agent && d.recordedAt <= dose.recordedAt,
    );
    const check = checkDoseCap(dose, cycleSoFar);
    if (!check?.exceeded) continue;
    const agent = getAgent(dose.agent);
    const scope = check.unit === "mg/m2" ? "in this cycle" : "in one administration";
    const whose = dose.capSource === "plan" ? "set by the plan" : `(agent default, ${agent.cap?.basis ?? "no basis"})`;
    const message = `${agent.name} ${formatAmount(check.amount, check.unit)} ${scope} is above the cap of ${formatAmount(check.cap, check.unit)} ${whose}. Check the dose before it is given again.`;
    found.push(condition("single-dose-cap", dose.agent, dose.id, message, { cycleId: dose.cycleId, doseId: dose.id }));
  }
  return found;
}

const OVERRIDDEN: Record<Override["what"], string> = {
  held: "while it is on hold",
  stopped: "after it was stopped",
  "above-reduced": "above the reduced dose",
};

/**
 * decision-override: a dose given against an oncologist's decision in force when it was
 * recorded (hold, stop, or above the reduced dose). Once per dose: it is how a team learns that
 * a decision did not reach the chair.
 */
function overrideConditions(view: RecordView): AlertCondition[] {
  const found: AlertCondition[] = [];
  for (const dose of countingDoses(view.record.doses)) {
    const course = view.cycles.get(dose.cycleId)?.course;
    if (!course) continue;
    const override = overrideOf(dose, course.id, view.record.decisions);
    if (!override) continue;
    const agent = getAgent(dose.agent);
    const { against } = override;
    const decided =
      against.decision === "reduce"
        ? `reduce to ${formatAmount(against.to.currentDose, agent.unit)}`
        : against.decision;
    const message = `${agent.name} ${formatAmount(dose.dose, agent.unit)} was given ${OVERRIDDEN[override.what]}: ${against.decidedBy} decided "${decided}" on ${formatDateTime(against.at)} (${against.reason}). ${dose.overrideReason ? `Given because: ${dose.overrideReason}` : "No reason was given at the chair."}`;
    found.push(
      condition("decision-override", dose.agent, dose.id, message, { cycleId: dose.cycleId, doseId: dose.id }),
    );
  }
  return found;
}

/** no-plan and contraindication: what a course raises as soon as it is created. */
function courseConditions(view: RecordView): AlertCondition[] {
  const found: AlertCondition[] = [];
  const { patient, plansInForce } = view.record;
  for (const course of view.record.courses) {
    for (const { agent: agentCode } of course.agents) {
      const agent = getAgent(agentCode);
      if (!plansInForce[agentCode]) {
        const message = `No dose-reduction plan is agreed for ${agent.name.toLowerCase()}: the agent's defaults apply until the team signs one.`;
        found.push(condition("no-plan", agentCode, "patient", message, { courseId: course.id }));
      }
      for (const contra of contraindicationsFor(agent, patient.riskFactors)) {
        found.push(
          condition("contraindication", agentCode, course.id, `${course.name}: ${contra.message}`, {
            courseId: course.id,
          }),
        );
      }
    }
  }
  return found;
}

/** Every alert condition the record now meets, one per key. */
export function evaluatePatient(record: PatientRecord): AlertCondition[] {
  const view = new RecordView(record);
  const all = [
    ...courseConditions(view),
    ...capConditions(view),
    ...overrideConditions(view),
    ...view.agents.flatMap((agent) => cumulativeConditions(view, agent)),
    ...gradeConditions(view),
    ...worseningConditions(view),
  ];
  const byKey = new Map<string, AlertCondition>();
  for (const c of all) if (!byKey.has(c.key)) byKey.set(c.key, c);
  return [...byKey.values()];
}
