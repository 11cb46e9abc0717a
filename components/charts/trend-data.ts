import "server-only";
// The series the trend charts draw, per agent, built on the server from the patient's record:
// (a) each exam against the cumulative dose given before it, (b) the cumulative dose over time
// with the remaining planned cycles projected. Plain data, so the client charts stay thin.
import { formatDose } from "@/components/patient/format";
import { doseFactsOf } from "@/db/reads/patient-record";
import type { PatientReview, ReviewAssessment } from "@/db/reads/patient-summary";
import type { AgentCode } from "@/lib/domain/agents";
import type { AnkleReflex } from "@/lib/domain/codes";
import { byTimeGiven, countingDoses, cumulativeBeforeExam, doseAmount } from "@/lib/domain/dose";
import { neuropathyGrade } from "@/lib/domain/grading";
import { reached } from "@/lib/domain/tolerance";
import { formatDay } from "@/lib/dates";
import { REFLEX_LEVEL } from "./chart-style";

export interface ExamPoint {
  id: string;
  label: string;
  /** The point's name on the chart: "C3" for cycle 3, "FU" for a follow-up exam. */
  cycleLabel: string;
  amended: boolean;
  /** Cumulative dose given before the exam's day: the pre-infusion exam precedes that day's dose. */
  exposure: number;
  grade: number;
  sensory: number;
  motor: number;
  vibrationLeft: number | null;
  vibrationRight: number | null;
  monofilamentLeft: number | null;
  monofilamentRight: number | null;
  monofilamentTested: { left: number | null; right: number | null };
  reflexLeft: number | null;
  reflexRight: number | null;
  numbness: number | null;
  tingling: number | null;
  pain: number | null;
}

export interface DoseStep {
  /** Midnight UTC of the day, for a time axis. */
  t: number;
  date: string;
  label: string;
  /** Cumulative after a dose given (null on projected steps)... */
  given: number | null;
  /** ...or after a planned cycle (the last given step carries both, so the lines join). */
  projected: number | null;
}

export interface Reduction {
  exposure: number;
  date: string;
  from: number;
  to: number;
}

export interface AgentTrend {
  code: AgentCode;
  name: string;
  unit: string;
  limit: number | null;
  warnAt: number | null;
  exams: ExamPoint[];
  steps: DoseStep[];
  reductions: Reduction[];
  /** The first step, given or planned, at which the cumulative dose reaches the limit. */
  reachesLimit: DoseStep | null;
  /** The cumulative dose given so far. */
  cumulative: number;
  /** The cumulative dose once every planned cycle is given. */
  projectedTotal: number;
}

const dayToTime = (day: string) => Date.parse(`${day}T00:00:00Z`);

function examLabel(exam: ReviewAssessment): string {
  const day = formatDay(exam.assessedOn);
  return exam.cycle ? `Cycle ${exam.cycle.number}, ${day}` : `Follow-up, ${day}`;
}

function examPoint(exam: ReviewAssessment, exposure: number): ExamPoint {
  const { monofilament: mono, vibration, ankleReflex: reflex, symptoms } = exam;
  const level = (r: string | null) => (r === null ? null : (REFLEX_LEVEL[r as AnkleReflex] ?? null));
  return {
    id: exam.id,
    label: examLabel(exam),
    cycleLabel: exam.cycle ? `C${exam.cycle.number}` : "FU",
    amended: exam.status === "amended",
    exposure,
    grade: neuropathyGrade(exam),
    sensory: exam.sensoryGrade,
    motor: exam.motorGrade,
    vibrationLeft: vibration.left,
    vibrationRight: vibration.right,
    monofilamentLeft: mono.left?.felt ?? null,
    monofilamentRight: mono.right?.felt ?? null,
    monofilamentTested: { left: mono.left?.tested ?? null, right: mono.right?.tested ?? null },
    reflexLeft: level(reflex.left),
    reflexRight: level(reflex.right),
    numbness: symptoms.numbness,
    tingling: symptoms.tingling,
    pain: symptoms.pain,
  };
}

type TrendInput = Pick<PatientReview, "assessments" | "doses" | "courses" | "agents">;

function agentTrend(review: TrendInput, agent: PatientReview["agents"][number]): AgentTrend {
  const given = countingDoses(review.doses.map(doseFactsOf))
    .filter((d) => d.agent === agent.code)
    .sort(byTimeGiven);
  const exams = review.assessments
    .filter((a) => a.status !== "entered-in-error")
    .map((a) => examPoint(a, cumulativeBeforeExam(given, a)[agent.code] ?? 0));

  const cycleOf = new Map<string, { number: number; plannedDose: number | undefined }>();
  for (const course of review.courses) {
    const planned = course.agents.find((a) => a.agent === agent.code);
    for (const c of course.cycles) cycleOf.set(c.id, { number: c.number, plannedDose: planned?.dose });
  }
  const steps: DoseStep[] = [];
  const reductions: Reduction[] = [];
  let running = 0;
  given.forEach((dose, i) => {
    const cycle = cycleOf.get(dose.cycleId);
    const before = i === 0 ? cycle?.plannedDose : given[i - 1]!.dose;
    if (before !== undefined && dose.dose < before) {
      reductions.push({ exposure: running, date: dose.givenOn, from: before, to: dose.dose });
    }
    const t = dayToTime(dose.givenOn);
    if (i === 0) steps.push({ t, date: dose.givenOn, label: "Before the first dose", given: 0, projected: null });
    running += doseAmount(dose);
    const label = `Given: cycle ${cycle?.number ?? "?"}, ${formatDose(dose.dose, agent.unit)}`;
    steps.push({ t, date: dose.givenOn, label, given: running, projected: null });
  });

  // The remaining planned cycles after the last dose, as the `dose-projected` rule (docs/clinical-rules.md, "Alerts") counts them:
  // at the course's current dose, and none while the agent is held or stopped.
  const lastDay = given.at(-1)?.givenOn ?? "";
  const planned = review.courses
    .flatMap((course) => {
      const a = course.agents.find((x) => x.agent === agent.code);
      return a?.status === "active"
        ? course.cycles.map((c) => ({ c, course, amount: a.currentDose * a.administrationsPerCycle }))
        : [];
    })
    .filter(({ c }) => c.status === "planned" && c.date > lastDay)
    .sort((x, y) => x.c.date.localeCompare(y.c.date));
  let projected = running;
  if (planned.length > 0) {
    const last = steps.at(-1);
    if (last) last.projected = last.given;
    else {
      const first = planned[0]!.c.date;
      steps.push({ t: dayToTime(first), date: first, label: "Before the first dose", given: null, projected: 0 });
    }
  }
  for (const { c, course, amount } of planned) {
    projected += amount;
    const label = `Planned: cycle ${c.number} of ${course.name}, ${formatDose(amount, agent.unit)}`;
    steps.push({ t: dayToTime(c.date), date: c.date, label, given: null, projected });
  }

  const limit = agent.terms.cumulativeLimit;
  return {
    code: agent.code,
    name: agent.name,
    unit: agent.unit,
    limit,
    warnAt: agent.warnAt,
    exams,
    steps,
    reductions,
    reachesLimit: limit === null ? null : (steps.find((s) => reached(s.given ?? s.projected ?? 0, limit)) ?? null),
    cumulative: running,
    projectedTotal: projected,
  };
}

export function agentTrends(review: TrendInput): AgentTrend[] {
  return review.agents.map((agent) => agentTrend(review, agent));
}
