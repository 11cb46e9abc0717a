// The facts of one patient's record as the rules see them: plain data, no storage concerns.
import type { AgentChangeFacts } from "./decisions";
import type {
  AdlImpact,
  AgentStatus,
  AnkleReflex,
  CycleStatus,
  DoseUnit,
  RiskFactor,
  RuleAction,
  Setting,
} from "./codes";
import type { AgentCode, GradeRule } from "./agents";

export interface PatientFacts {
  heightCm: number;
  weightKg: number;
  riskFactors: readonly RiskFactor[];
}

export interface CourseAgentFacts {
  agent: AgentCode;
  /** The prescribed dose per administration. */
  dose: number;
  /** The dose for the cycles to come: `dose` until an oncologist's decision to reduce. */
  currentDose: number;
  status: AgentStatus;
  unit: DoseUnit;
  administrationsPerCycle: number;
}

export interface CycleFacts {
  id: string;
  number: number;
  date: string;
  status: CycleStatus;
}

export interface CourseFacts {
  id: string;
  name: string;
  setting: Setting | null;
  agents: readonly CourseAgentFacts[];
  cycles: readonly CycleFacts[];
}

/** Whose cap applies: the plan version's own `doseCap`, or the agent's default (which may be none). */
export type CapSource = "plan" | "agent-default";

/**
 * The figures a dose is judged with, kept on the dose as they were when it was recorded: a later
 * weight, a corrected height or a new plan version never re-judges it (docs/clinical-rules.md,
 * "Dose caps").
 */
export interface DoseJudgement {
  heightCm: number;
  weightKg: number;
  /** Mosteller body surface area, m2. */
  bsaM2: number;
  /** The cap in force, in the terms of the agent's cap (mg per administration; cisplatin mg/m2 per cycle); null: none. */
  cap: number | null;
  capSource: CapSource;
  /** The plan version in force when recorded, if any. */
  capPlanVersionId: string | null;
}

export interface DoseFacts extends DoseJudgement {
  id: string;
  cycleId: string;
  agent: AgentCode;
  /** One administration, in the agent's unit. */
  dose: number;
  administrations: number;
  /** The day it counts as given (YYYY-MM-DD). */
  givenOn: string;
  recordedAt: string;
  enteredInError: boolean;
  /** Why it was given against an oncologist's decision, when the nurse said. */
  overrideReason?: string | null;
}

export interface FootMonofilament {
  felt: number;
  tested: number;
}

export interface Side<T> {
  left: T;
  right: T;
}

export interface Symptoms {
  numbness: number;
  tingling: number;
  pain: number;
  coldDysesthesia: boolean;
  balance: boolean;
  falls: number;
  fineMotor: boolean;
}

/** Any measurement may be null when it was not done. */
export interface ExamFindings {
  monofilament: Side<FootMonofilament | null>;
  vibration: Side<number | null>;
  ankleReflex: Side<AnkleReflex | null>;
  symptoms: { [K in keyof Symptoms]: Symptoms[K] | null };
  adlImpact: AdlImpact | null;
  sensoryGrade: number;
  motorGrade: number;
}

export interface ExamFacts extends ExamFindings {
  id: string;
  /** Null for a follow-up exam outside any cycle. */
  cycleId: string | null;
  assessedOn: string;
  recordedAt: string;
  enteredInError: boolean;
}

/** A plan version in force, or the agent's defaults when none is (`versionId` null). */
export interface PlanTerms {
  versionId: string | null;
  cumulativeLimit: number | null;
  warnFraction: number;
  /** The plan's own cap (null: no cap) when `doseCapSource` is "plan"; ignored for the agent's default. */
  doseCap: number | null;
  doseCapSource: CapSource;
  rules: readonly GradeRule[];
  /**
   * When the version came into force (null for the agent's defaults). It judges the present:
   * exams recorded before it count only as the latest for an agent, doses before it only as the
   * cumulative dose of that moment.
   */
  inForceAt: string | null;
}

export interface PatientRecord {
  patient: PatientFacts;
  courses: readonly CourseFacts[];
  doses: readonly DoseFacts[];
  exams: readonly ExamFacts[];
  /** Plans in force by agent; an agent missing here has none. */
  plansInForce: Partial<Record<AgentCode, PlanTerms>>;
  /** What oncologists' decisions changed on the course agents, oldest first. */
  decisions: readonly AgentChangeFacts[];
}

export type { RuleAction };
