// An exam of a cycle is the one taken before that cycle's infusion, so it is dated after the last
// cycle before it that was given (docs/clinical-rules.md, "The bedside exam"). An exam dated
// earlier is a slip of the date field (one digit of the month changed by a stray key): saved, it
// became the patient's baseline and the comparisons read backwards.
import { formatDay } from "../dates";

/** A cycle as the date check reads it: its number and its day. */
export interface DatedCycle {
  number: number;
  date: string;
}

/**
 * Why an exam of `cycle` dated `assessedOn` cannot be that cycle's exam, or null when it can:
 * it falls on or before the day of `lastGiven`, the latest earlier cycle with a dose recorded.
 */
export function examDateRefusal(assessedOn: string, cycle: DatedCycle, lastGiven: DatedCycle | null): string | null {
  if (lastGiven === null || assessedOn > lastGiven.date) return null;
  return (
    `${formatDay(assessedOn)} is not after cycle ${lastGiven.number}, given on ${formatDay(lastGiven.date)}: ` +
    `an exam of cycle ${cycle.number} is taken after the cycle before it. Check the date.`
  );
}
