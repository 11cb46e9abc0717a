// When a follow-up exam falls due after an agent's last dose. No guideline fixes the time points
// (ESMO 2020 asks for an exam before every cycle; NCI suggests monthly or quarterly once stable),
// so the clinic examines at 1, 3, 6 and 12 months after the last given cycle, then yearly while
// the neuropathy persists: about one patient in five still has marked symptoms 18 months after
// FOLFOX (N08CB, J Clin Oncol 2015), and cisplatin's loss is often permanent.
import { addDays, addMonths, differenceInCalendarDays, formatISO, parseISO, subMonths } from "date-fns";
import { getAgent, type AgentCode } from "./agents";

/** Months after the last dose at which an exam is due; yearly after the last of them. */
export const FOLLOW_UP_MONTHS = [1, 3, 6, 12] as const;
/** An exam this many days either side of a due date meets it. */
export const FOLLOW_UP_WINDOW_DAYS = 14;
/**
 * Platinum neuropathy can go on worsening for about three months after the last dose before it
 * improves ("coasting"; Pachman, Support Care Cancer 2016), while taxane neuropathy starts to
 * improve at once.
 */
export const COASTING_MONTHS = 3;

export interface GradedExam {
  assessedOn: string;
  /** The higher of the sensory and motor CTCAE grades. */
  grade: number;
}

export interface DueFollowUp {
  agent: AgentCode;
  dueOn: string;
  monthsAfter: number;
  reason: string;
  /** Within the coasting months of a platinum agent: a worse grade now is expected. */
  coasting: boolean;
  /** The exam that meets it, if one does. */
  metOn: string | null;
}

const day = (d: Date) => formatISO(d, { representation: "date" });

/** `months` calendar months after a day; a day past the month's end falls on its last day (31 Jan + 1 = 28 Feb). */
export function monthsAfter(dayOn: string, months: number): string {
  return day(addMonths(parseISO(dayOn), months));
}

const shift = (dayOn: string, days: number) => day(addDays(parseISO(dayOn), days));

/** The first last-dose day whose follow-up `months` after it falls on or after `dueOn`. */
function firstLastDoseFor(dueOn: string, months: number): string {
  // monthsAfter never goes back (a later last dose is never due earlier): step from a guess.
  let lastDoseOn = day(subMonths(parseISO(dueOn), months));
  while (monthsAfter(lastDoseOn, months) >= dueOn) lastDoseOn = shift(lastDoseOn, -1);
  while (monthsAfter(lastDoseOn, months) < dueOn) lastDoseOn = shift(lastDoseOn, 1);
  return lastDoseOn;
}

/**
 * The last-dose days whose follow-ups (followUpsOf's months) can fall due from `from` to `to`:
 * one span of days per month count, the yearly ones back to `earliest` (the first dose on record),
 * overlapping spans joined, earliest first. A reader then looks up the doses given on these days
 * instead of every patient's last dose (docs/benchmarks.md, "Query plans").
 */
export function lastDoseSpans(from: string, to: string, earliest: string): { from: string; to: string }[] {
  const spans: { from: string; to: string }[] = [];
  for (let i = 0; ; i++) {
    const months = FOLLOW_UP_MONTHS[i] ?? 12 * (i - FOLLOW_UP_MONTHS.length + 2);
    const span = { from: firstLastDoseFor(from, months), to: shift(firstLastDoseFor(shift(to, 1), months), -1) };
    // Each longer wait ends its span no later: past the first dose, no longer one can be due.
    if (span.to < earliest) break;
    if (span.from <= span.to) spans.push(span);
  }
  spans.sort((a, b) => a.from.localeCompare(b.from));
  const joined: typeof spans = [];
  for (const span of spans) {
    const last = joined.at(-1);
    if (last && span.from <= shift(last.to, 1)) last.to = span.to > last.to ? span.to : last.to;
    else joined.push({ ...span });
  }
  return joined;
}

/** True when the exam on `examOn` is within the window of the due date. */
export function meetsDueDate(dueOn: string, examOn: string): boolean {
  return Math.abs(differenceInCalendarDays(parseISO(examOn), parseISO(dueOn))) <= FOLLOW_UP_WINDOW_DAYS;
}

export function isPlatinum(agent: AgentCode): boolean {
  return getAgent(agent).agentClass === "platinum";
}

export const COASTING_NOTE =
  "Platinum neuropathy often goes on worsening for about three months after the last dose (coasting) before it improves: compare with the exam at the last cycle.";

function reasonFor(agent: AgentCode, months: number): string {
  const name = getAgent(agent).name.toLowerCase();
  const when = months === 1 ? "1 month" : `${months} months`;
  return months > 12
    ? `Yearly follow-up, ${when} after the last ${name} dose: the neuropathy has not resolved.`
    : `${when} after the last ${name} dose.`;
}

/** The latest exam's grade, or null when there is none. */
export function latestGrade(exams: readonly GradedExam[]): number | null {
  const latest = [...exams].sort((a, b) => a.assessedOn.localeCompare(b.assessedOn)).at(-1);
  return latest ? latest.grade : null;
}

/**
 * Every follow-up of one agent due on or before `until`: at 1, 3, 6 and 12 months after the last
 * dose, then yearly while the latest grade is 1 or more. `exams` are the patient's exams (any,
 * before or after the last dose); only one after the last dose can meet a due date.
 */
export function followUpsOf(
  agent: AgentCode,
  lastDoseOn: string,
  exams: readonly GradedExam[],
  until: string,
): DueFollowUp[] {
  const after = exams.filter((e) => e.assessedOn > lastDoseOn);
  const grade = latestGrade(exams);
  const months: number[] = [...FOLLOW_UP_MONTHS];
  if (grade !== null && grade >= 1) {
    for (let m = 24; monthsAfter(lastDoseOn, m) <= until; m += 12) months.push(m);
  }
  return months
    .map((m) => ({ m, dueOn: monthsAfter(lastDoseOn, m) }))
    .filter(({ dueOn }) => dueOn <= until)
    .map(({ m, dueOn }) => ({
      agent,
      dueOn,
      monthsAfter: m,
      reason: reasonFor(agent, m),
      coasting: isPlatinum(agent) && m <= COASTING_MONTHS,
      metOn: after.find((e) => meetsDueDate(dueOn, e.assessedOn))?.assessedOn ?? null,
    }));
}

export interface AgentCourse {
  agents: readonly AgentCode[];
  cycles: readonly { status: string }[];
}

export interface GivenDose {
  agent: AgentCode;
  givenOn: string;
  enteredInError: boolean;
}

/**
 * The agents whose treatment is over, with the day of their last dose: given at least once, and
 * no cycle still planned in any course that includes them.
 */
export function finishedAgents(
  courses: readonly AgentCourse[],
  doses: readonly GivenDose[],
): { agent: AgentCode; lastDoseOn: string }[] {
  const stillPlanned = new Set(
    courses.filter((c) => c.cycles.some((cycle) => cycle.status === "planned")).flatMap((c) => c.agents),
  );
  const last = new Map<AgentCode, string>();
  for (const d of doses) {
    if (d.enteredInError || stillPlanned.has(d.agent)) continue;
    if ((last.get(d.agent) ?? "") < d.givenOn) last.set(d.agent, d.givenOn);
  }
  return [...last].map(([agent, lastDoseOn]) => ({ agent, lastDoseOn }));
}

/** Overdue: not met and its day has passed. */
export function isOverdue(followUp: Pick<DueFollowUp, "dueOn" | "metOn">, today: string): boolean {
  return followUp.metOn === null && followUp.dueOn < today;
}
