// The order and the views of a day's worklist: the most urgent first, then by appointment time,
// so a full unit reads top down in the order it needs the nurse.
import type { Severity } from "./codes";

/** Most urgent first: a critical alert, a warning, no exam yet for this cycle, then the rest. */
export const URGENCIES = ["critical", "warning", "unassessed", "rest"] as const;
export type Urgency = (typeof URGENCIES)[number];

export interface WorklistFacts {
  /** The severities of the patient's open alerts. */
  openAlertSeverities: readonly Severity[];
  /** This cycle's exam is recorded. */
  assessed: boolean;
  /** The cycle is held, or an agent of it is held by an oncologist's decision. */
  held: boolean;
}

/**
 * Whether an open alert asks something of the chair: critical and warning alerts do; an info
 * alert ("no plan agreed yet") sits on nearly every new patient and asks nothing today.
 */
const asksForAction = (severity: Severity) => severity !== "info";

/** How urgent a cycle on the worklist is, from its patient's open alerts and its own exam. */
export function urgencyOf(facts: Pick<WorklistFacts, "openAlertSeverities" | "assessed">): Urgency {
  if (facts.openAlertSeverities.includes("critical")) return "critical";
  if (facts.openAlertSeverities.includes("warning")) return "warning";
  return facts.assessed ? "rest" : "unassessed";
}

export interface WorklistPlace {
  urgency: Urgency;
  /** A hold stands on the cycle or one of its agents: the dose the chair would give must not be. */
  held: boolean;
  /** "HH:MM" on the cycle's day, or null when no appointment time is set. */
  appointmentTime: string | null;
  /** "Family, Given": the last tie-break, so the order never depends on insertion. */
  name: string;
}

/**
 * The worklist's order: urgency, then a hold before no hold (a hold's alerts are decided, so it
 * sank to the foot of a full unit, below the fold), then appointment time (a cycle without a time
 * after those with one, since nobody is waiting for it yet), then name.
 */
export function worklistOrder(a: WorklistPlace, b: WorklistPlace): number {
  const byUrgency = URGENCIES.indexOf(a.urgency) - URGENCIES.indexOf(b.urgency);
  if (byUrgency !== 0) return byUrgency;
  if (a.held !== b.held) return a.held ? -1 : 1;
  if (a.appointmentTime !== b.appointmentTime) {
    if (a.appointmentTime === null) return 1;
    if (b.appointmentTime === null) return -1;
    return a.appointmentTime < b.appointmentTime ? -1 : 1;
  }
  return a.name.localeCompare(b.name);
}

/**
 * The worklist's views: every cycle, those without their exam, those whose patient has an open
 * critical or warning alert, those held.
 */
export const WORKLIST_FILTERS = ["all", "not-assessed", "alerts", "held"] as const;
export type WorklistFilter = (typeof WORKLIST_FILTERS)[number];

/** Whether a cycle belongs in a view of the worklist. */
export function inWorklistView(facts: WorklistFacts, filter: WorklistFilter): boolean {
  switch (filter) {
    case "all":
      return true;
    case "not-assessed":
      return !facts.assessed;
    case "alerts":
      return facts.openAlertSeverities.some(asksForAction);
    case "held":
      return facts.held;
  }
}
