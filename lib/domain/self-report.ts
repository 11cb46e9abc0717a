// The patient's own report before the exam (docs/api.md, "Patient self-report"): what the answers
// mean for the exam form, where they and the nurse's record disagree, and when they call for a
// look (the `self-report` alert of docs/clinical-rules.md). Own wording throughout: no licensed instrument.
import { formatDay } from "@/lib/dates";
import type { AgentCode } from "./agents";
import { condition, type AlertCondition } from "./alerts";
import type { AdlImpact } from "./codes";
import type { CourseFacts, Symptoms } from "./records";

/** Where a 0-4 symptom is felt; the exam records the worse of the two. */
export const BODY_PARTS = ["feet", "hands"] as const;
export type BodyPart = (typeof BODY_PARTS)[number];

export interface SelfReportAnswers {
  numbness: Record<BodyPart, number>;
  tingling: Record<BodyPart, number>;
  /** 0-10, the worst this past week. */
  pain: number;
  coldDysesthesia: boolean;
  balance: boolean;
  fineMotor: boolean;
  falls: number;
  adlImpact: AdlImpact;
  comment?: string | null;
}

export interface SelfReportFacts {
  id: string;
  /** The clinic day it was sent (YYYY-MM-DD). */
  reportedOn: string;
  /** When it was sent; orders two reports of one day. */
  submittedAt: string;
  answers: SelfReportAnswers;
}

/** The thresholds of the self-report alert (docs/clinical-rules.md, "Alerts"): pain at 7 of 10, a 0-4 item up by 2, any fall. */
export const PAIN_ALERT_AT = 7;
export const RISE_ALERT_BY = 2;
export const FALLS_ALERT_AT = 1;

/** The 0-4 items, each named as the patient answered it. */
function scaleItems(a: SelfReportAnswers): { label: string; value: number }[] {
  return (["numbness", "tingling"] as const).flatMap((symptom) =>
    BODY_PARTS.map((part) => ({ label: `${symptom} in the ${part}`, value: a[symptom][part] })),
  );
}

/** Why a report calls for a look, in words; empty when it does not. */
export function selfReportReasons(report: SelfReportAnswers, previous: SelfReportAnswers | null): string[] {
  const reasons: string[] = [];
  if (report.pain >= PAIN_ALERT_AT) reasons.push(`pain ${report.pain} of 10`);
  if (previous) {
    const before = scaleItems(previous);
    scaleItems(report).forEach((item, i) => {
      const from = before[i]!.value;
      if (item.value - from >= RISE_ALERT_BY) reasons.push(`${item.label} up from ${from} to ${item.value} of 4`);
    });
  }
  // The question asks since the last treatment: said so, as "a fall on 3 Dec" read as a fall that day.
  if (report.falls >= FALLS_ALERT_AT)
    reasons.push(`${report.falls === 1 ? "a fall" : `${report.falls} falls`} since the last treatment`);
  return reasons;
}

/**
 * The agents of the courses running on a day: started on or before it (a cycle dated then or
 * earlier) and not over (a cycle that day, or one still planned after it). Cancelled cycles
 * count for neither.
 */
export function activeAgents(courses: readonly CourseFacts[], day: string): AgentCode[] {
  const agents = new Set<AgentCode>();
  for (const course of courses) {
    const cycles = course.cycles.filter((c) => c.status !== "cancelled");
    const started = cycles.some((c) => c.date <= day);
    const going = cycles.some((c) => c.date === day || (c.status === "planned" && c.date > day));
    if (started && going) for (const a of course.agents) agents.add(a.agent);
  }
  return [...agents];
}

/** The report just before `report` among the patient's, or null for the first. */
export function previousReport(report: SelfReportFacts, all: readonly SelfReportFacts[]): SelfReportFacts | null {
  return (
    all
      .filter((r) => r.id !== report.id && r.submittedAt < report.submittedAt)
      .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt))
      .at(-1) ?? null
  );
}

/**
 * self-report: one warning per report and agent of the courses running that day, when the report
 * meets a threshold. Raised as the report arrives: a course created later does not reach back.
 */
export function selfReportConditions(
  report: SelfReportFacts,
  previous: SelfReportFacts | null,
  courses: readonly CourseFacts[],
): AlertCondition[] {
  const reasons = selfReportReasons(report.answers, previous?.answers ?? null);
  if (reasons.length === 0) return [];
  const message = `On ${formatDay(report.reportedOn)} the patient reported ${reasons.join("; ")}. Ask about it at the exam.`;
  return activeAgents(courses, report.reportedOn).map((agent) =>
    condition("self-report", agent, report.id, message, {}),
  );
}

/** The answers in the exam's terms: each 0-4 symptom at the worse of feet and hands. */
export function examSymptomsOf(a: SelfReportAnswers): Symptoms & { adlImpact: AdlImpact } {
  return {
    numbness: Math.max(a.numbness.feet, a.numbness.hands),
    tingling: Math.max(a.tingling.feet, a.tingling.hands),
    pain: a.pain,
    coldDysesthesia: a.coldDysesthesia,
    balance: a.balance,
    falls: a.falls,
    fineMotor: a.fineMotor,
    adlImpact: a.adlImpact,
  };
}

export type SymptomField = keyof ReturnType<typeof examSymptomsOf>;

export interface Disagreement {
  field: SymptomField;
  patient: number | boolean | string;
  nurse: number | boolean | string;
}

/**
 * Where the nurse's record and the patient's answers differ: every symptom field the nurse
 * recorded (not left blank) with another value than the patient's. Neither is "right": a
 * patient's score is not a CTCAE grade, and the difference is what the team looks at.
 */
export function disagreements(
  patient: SelfReportAnswers,
  nurse: { [K in keyof Symptoms]: Symptoms[K] | null } & { adlImpact: AdlImpact | null },
): Disagreement[] {
  const reported = examSymptomsOf(patient);
  return (Object.keys(reported) as SymptomField[]).flatMap((field) => {
    const recorded = nurse[field];
    return recorded === null || recorded === reported[field]
      ? []
      : [{ field, patient: reported[field], nurse: recorded }];
  });
}
