// What the alerts teach the team. Clinicians override most alerts in most systems (49-96%;
// van der Sijs, JAMIA 2006), and an alert that is nearly always overridden is a rule to look at
// again (McCoy, JAMIA 2012). Per alert kind and agent: how often it fires per 100 exams, how
// often the decision is "proceed", how long a decision takes, and how often the record behind it
// turns out entered in error.
import type { AgentCode } from "./agents";
import type { AlertKind, Decision } from "./codes";

/** A rule is one to revisit with at least this many alerts ... */
export const REVISIT_MIN_ALERTS = 50;
/** ... of which at least this share of the decisions were "proceed". */
export const REVISIT_PROCEED_SHARE = 0.9;

export interface AnalyticsAlert {
  kind: AlertKind;
  agent: AgentCode;
  /** The clinic's calendar day it was raised on (YYYY-MM-DD). */
  raisedOn: string;
  raisedAt: string;
  decision: Decision | null;
  decidedAt: string | null;
  /** Resolved because the exam or dose behind it was marked entered-in-error. */
  enteredInError: boolean;
}

export interface AnalyticsRow {
  kind: AlertKind;
  agent: AgentCode;
  raised: number;
  per100Assessments: number | null;
  acknowledged: number;
  /** Of the decided alerts, the share decided "proceed"; null with none decided. */
  proceedShare: number | null;
  medianHoursToDecision: number | null;
  p90HoursToDecision: number | null;
  enteredInErrorShare: number;
}

export interface MonthRow {
  month: string;
  assessments: number;
  raised: number;
  per100Assessments: number | null;
  acknowledged: number;
  proceedShare: number | null;
}

export interface AlertAnalytics {
  assessments: number;
  rows: AnalyticsRow[];
  revisit: { kind: AlertKind; agent: AgentCode; raised: number; proceedShare: number }[];
  months: MonthRow[];
}

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/** The median: the middle value, or the mean of the two middle ones. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The nearest-rank percentile: the smallest value with at least p of the values at or below it. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil(p * s.length) - 1)]!;
}

function per100(raised: number, assessments: number): number | null {
  return assessments === 0 ? null : round((raised / assessments) * 100, 1);
}

function shareProceed(alerts: readonly AnalyticsAlert[]): { acknowledged: number; proceedShare: number | null } {
  const decided = alerts.filter((a) => a.decision !== null);
  const proceeded = decided.filter((a) => a.decision === "proceed").length;
  return { acknowledged: decided.length, proceedShare: decided.length ? round(proceeded / decided.length, 3) : null };
}

const hoursToDecision = (a: AnalyticsAlert) =>
  (new Date(a.decidedAt!).getTime() - new Date(a.raisedAt).getTime()) / 3_600_000;

/** A rule to revisit: 50 or more alerts, and 90% or more of its decisions "proceed". */
export function isRuleToRevisit(row: Pick<AnalyticsRow, "raised" | "proceedShare">): boolean {
  return row.raised >= REVISIT_MIN_ALERTS && row.proceedShare !== null && row.proceedShare >= REVISIT_PROCEED_SHARE;
}

/**
 * The analytics of the alerts raised in a period, given the exams recorded in it per month
 * (YYYY-MM). Rows per kind and agent, most raised first; months oldest first.
 */
export function alertAnalytics(
  alerts: readonly AnalyticsAlert[],
  assessmentsByMonth: Readonly<Record<string, number>>,
): AlertAnalytics {
  const assessments = Object.values(assessmentsByMonth).reduce((a, b) => a + b, 0);
  const groups = new Map<string, AnalyticsAlert[]>();
  for (const a of alerts) {
    const key = `${a.kind}\u0000${a.agent}`;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  const rows = [...groups.values()]
    .map((group): AnalyticsRow => {
      const hours = group.filter((a) => a.decidedAt !== null).map(hoursToDecision);
      const med = median(hours);
      const p90 = percentile(hours, 0.9);
      return {
        kind: group[0]!.kind,
        agent: group[0]!.agent,
        raised: group.length,
        per100Assessments: per100(group.length, assessments),
        ...shareProceed(group),
        medianHoursToDecision: med === null ? null : round(med, 1),
        p90HoursToDecision: p90 === null ? null : round(p90, 1),
        enteredInErrorShare: round(group.filter((a) => a.enteredInError).length / group.length, 3),
      };
    })
    .sort((a, b) => b.raised - a.raised || a.kind.localeCompare(b.kind) || a.agent.localeCompare(b.agent));
  const monthKeys = [...new Set([...Object.keys(assessmentsByMonth), ...alerts.map((a) => a.raisedOn.slice(0, 7))])];
  const months = monthKeys.sort().map((month): MonthRow => {
    const inMonth = alerts.filter((a) => a.raisedOn.startsWith(month));
    const exams = assessmentsByMonth[month] ?? 0;
    return {
      month,
      assessments: exams,
      raised: inMonth.length,
      per100Assessments: per100(inMonth.length, exams),
      ...shareProceed(inMonth),
    };
  });
  return {
    assessments,
    rows,
    revisit: rows
      .filter(isRuleToRevisit)
      .map((r) => ({ kind: r.kind, agent: r.agent, raised: r.raised, proceedShare: r.proceedShare! })),
    months,
  };
}
