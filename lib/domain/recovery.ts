// Recovery after treatment: the grade over the months since an agent's last dose, and the time
// to grade 1 or less estimated across patients by Kaplan-Meier (Kaplan & Meier, J Am Stat Assoc
// 1958), each patient censored at the last exam when the grade has not come down by then.
import { differenceInCalendarDays, parseISO } from "date-fns";
import type { GradedExam } from "./follow-ups";

/** The mean length of a Gregorian month, in days. */
export const DAYS_PER_MONTH = 365.2425 / 12;

export interface Observation {
  /** Time from the origin (days, months: any one unit). */
  time: number;
  /** True when the event happened at `time`; false when the patient was censored then. */
  event: boolean;
}

export interface KaplanMeierStep {
  time: number;
  /** Still under observation just before `time`. */
  atRisk: number;
  events: number;
  censored: number;
  /** The estimated share without the event after `time`. */
  survival: number;
}

/**
 * The product-limit estimate: at each time with an event, survival is multiplied by
 * (1 - events / at risk). Censored at the same time as an event counts as at risk at it
 * (the usual convention: censoring after events).
 */
export function kaplanMeier(observations: readonly Observation[]): KaplanMeierStep[] {
  const times = [...new Set(observations.map((o) => o.time))].sort((a, b) => a - b);
  let atRisk = observations.length;
  let survival = 1;
  return times.map((time) => {
    const here = observations.filter((o) => o.time === time);
    const events = here.filter((o) => o.event).length;
    const censored = here.length - events;
    survival *= 1 - events / atRisk;
    const step = { time, atRisk, events, censored, survival };
    atRisk -= here.length;
    return step;
  });
}

/** The earliest time at which the estimate falls to 0.5 or below; null when it never does. */
export function medianTime(steps: readonly KaplanMeierStep[]): number | null {
  return steps.find((s) => s.survival <= 0.5)?.time ?? null;
}

/** How many are still under observation at `time` (event or censoring at or after it). */
export function numberAtRisk(observations: readonly Observation[], time: number): number {
  return observations.filter((o) => o.time >= time).length;
}

/** The estimate just after `time`: the survival of the last step at or before it. */
export function survivalAt(steps: readonly KaplanMeierStep[], time: number): number {
  return steps.filter((s) => s.time <= time).at(-1)?.survival ?? 1;
}

/** Months from `from` to `to` (days / mean month length). */
export function monthsBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from)) / DAYS_PER_MONTH;
}

/** One point of a patient's recovery curve. */
export interface RecoveryPoint {
  assessedOn: string;
  /** Months since the last dose; the exam at the last cycle is at 0 or just before. */
  months: number;
  grade: number;
}

/** The exam at the last dose (the latest on or before it) and every exam after it, oldest first. */
export function recoveryPoints(lastDoseOn: string, exams: readonly GradedExam[]): RecoveryPoint[] {
  const sorted = [...exams].sort((a, b) => a.assessedOn.localeCompare(b.assessedOn));
  const atLastDose = sorted.filter((e) => e.assessedOn <= lastDoseOn).at(-1);
  const after = sorted.filter((e) => e.assessedOn > lastDoseOn);
  return [...(atLastDose ? [atLastDose] : []), ...after].map((e) => ({
    assessedOn: e.assessedOn,
    months: monthsBetween(lastDoseOn, e.assessedOn),
    grade: e.grade,
  }));
}

/**
 * Time to grade 1 or less after the last dose, in days, for an agent whose neuropathy reached
 * grade 2 or more at the last cycle or after it (coasting included): the event is the first exam
 * at grade 1 or less after the first such grade-2 exam; without one, censored at the last exam.
 * Null when the grade never reached 2 or there is no exam after the last dose.
 */
export function timeToRecovery(lastDoseOn: string, exams: readonly GradedExam[]): Observation | null {
  const points = recoveryPoints(lastDoseOn, exams);
  const lastExam = points.at(-1);
  if (!lastExam || lastExam.assessedOn <= lastDoseOn) return null;
  const firstMarked = points.findIndex((p) => p.grade >= 2);
  if (firstMarked < 0) return null;
  const days = (p: RecoveryPoint) => differenceInCalendarDays(parseISO(p.assessedOn), parseISO(lastDoseOn));
  const recovered = points.slice(firstMarked + 1).find((p) => p.grade <= 1);
  return recovered ? { time: days(recovered), event: true } : { time: days(lastExam), event: false };
}
