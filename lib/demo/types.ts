// The shape of the demo ward's data: each patient's story as a clinician would tell it, which
// the seeding turns into the same writes the app makes.
import type { AgentCode } from "@/lib/domain/agents";
import type { AnkleReflex } from "@/lib/domain/codes";
import type { InterventionKind, InterventionResponse } from "@/lib/domain/interventions";
import type { PatientInput } from "@/lib/schemas/patient";
import type { PlanInput } from "@/lib/schemas/plan";
import type { RegimenChoice } from "./regimens";

/**
 * How marked the neuropathy is at one exam: 0 none, 1 symptoms that limit nothing, 2 limiting
 * instrumental activities, 3 limiting self-care; fractions lie between. The exam's findings and
 * the grade the nurse records follow from it. `pain` overrides the neuropathic pain (0-10).
 */
export type ExamStep = number | { severity: number; pain?: number; notes?: string };

export interface DemoPlan {
  agent: AgentCode;
  /** Left out: the agent's default limit and template ladder. */
  input?: PlanInput;
  /** Who agrees it with the oncologist. */
  cosigner: "nurse" | "pharmacist";
}

export interface DemoCourse {
  regimen: RegimenChoice;
  /** Ties the calendar to today: cycle `cycle` falls `inDays` from today (negative: in the past). */
  anchor: { cycle: number; inDays: number };
  /** How many cycles, from the first, are behind the patient: each had its exam, then its doses or a hold. */
  past: number;
  /** One exam per past cycle, in order; one more is the exam already done today for the next cycle. */
  exams: ExamStep[];
  /** Plans agreed before cycle 1. Left out: each agent's template, agreed with the nurse; []: none. */
  plans?: DemoPlan[];
  /** A cycle the nurse moved to another day. */
  moved?: { cycle: number; toInDays: number };
  /** The oncologist has not yet decided on the alerts of the last past cycle. */
  awaitingDecision?: boolean;
  /** Exams after the course, outside any cycle. */
  followUps?: { inDays: number; exam: ExamStep }[];
}

/** Supportive care, days relative to today; an end or a response is recorded later, as an update. */
export interface DemoIntervention {
  kind: InterventionKind;
  startedInDays: number;
  endedInDays?: number;
  /** Duloxetine, mg a day. */
  dose?: number;
  response?: InterventionResponse;
  notes?: string;
}

export interface DemoPatient {
  patient: PatientInput;
  /** Great-toe vibration in seconds before treatment; left out, it follows the patient's age. */
  vibrationBaseline?: number;
  /** Ankle reflexes before treatment; left out, they follow age and diabetes. */
  reflexBaseline?: AnkleReflex;
  courses: DemoCourse[];
  supportiveCare?: DemoIntervention[];
}
