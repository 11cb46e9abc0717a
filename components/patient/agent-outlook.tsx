import type { PatientReview } from "@/db/reads/patient-summary";
import { DoseBar } from "@/components/dose-bar";
import type { AgentTrend } from "@/components/charts/trend-data";
import { formatDay } from "@/lib/dates";
import { plannedDose, type PlannedDose } from "@/lib/domain/dose";
import { exceeds } from "@/lib/domain/tolerance";
import { bodyOf, formatDose, formatUnit, percentOf, plannedDoseText, type Body } from "./format";

/** Where the agent stands and where the planned cycles take it, in one sentence. */
export function outlook(trend: AgentTrend): string {
  const total = formatDose(trend.projectedTotal, trend.unit);
  if (trend.limit === null) return `No cumulative limit is set; the planned cycles bring the total to ${total}.`;
  const step = trend.reachesLimit;
  if (step) {
    // A dose that takes the total past the limit is said to pass it, with the total: "would reach"
    // read as if the plan stopped at the limit, beside an alert that said "past".
    const after = step.given ?? step.projected ?? 0;
    const past = exceeds(after, trend.limit);
    const when = step.given === null ? (past ? "would pass" : "would reach") : past ? "passed" : "reached";
    const to = past ? `, to ${formatDose(after, trend.unit)} (${percentOf(after, trend.limit)})` : "";
    return `The cumulative dose ${when} the limit of ${formatDose(trend.limit, trend.unit)} on ${formatDay(step.date)} (${step.label})${to}.`;
  }
  return `The planned cycles bring the total to ${total}, ${percentOf(trend.projectedTotal, trend.limit)} of the limit.`;
}

export interface NextCycle {
  number: number;
  date: string;
  courseName: string;
  /** Per agent of the course: the dose per administration planned for it, and the agent's state. */
  doses: { agent: string; name: string; planned: PlannedDose }[];
  /** The patient's body now, which the planned doses are multiplied by. */
  body: Body;
}

/** The earliest planned cycle of any course, from today on: what the review decides about. */
export function nextCycle(review: PatientReview): NextCycle | null {
  const found = review.courses
    .flatMap((course) => course.cycles.filter((c) => c.status === "planned").map((c) => ({ c, course })))
    .sort((x, y) => x.c.date.localeCompare(y.c.date))[0];
  if (!found) return null;
  const names = new Map(review.agents.map((a) => [a.code as string, a.name]));
  const body = bodyOf(review.patient);
  return {
    number: found.c.number,
    date: found.c.date,
    courseName: found.course.name,
    doses: found.course.agents.map((a) => ({
      agent: a.agent,
      name: names.get(a.agent) ?? a.agent,
      planned: plannedDose(a, body),
    })),
    body,
  };
}

/** "Next: cycle 4 of mFOLFOX6, 1 Dec 2026", the heading of the next cycle's planned doses. */
export function nextCycleTitle(next: NextCycle): string {
  return `Next: cycle ${next.number} of ${next.courseName}, ${formatDay(next.date)}`;
}

/** Per agent: the cumulative dose against the limit and the warning level, and where the plan takes it. */
export function AgentOutlook({ trend }: { trend: AgentTrend }) {
  return (
    <div className="text-sm">
      <DoseBar
        label={trend.name}
        cumulative={trend.cumulative}
        limit={trend.limit}
        warnAt={trend.warnAt}
        unit={formatUnit(trend.unit)}
      />
      <p className="mt-1 text-xs text-slate-800">
        {trend.warnAt !== null && `Warn at ${formatDose(trend.warnAt, trend.unit)}. `}
        {outlook(trend)}
      </p>
    </div>
  );
}

/** "Next: cycle 4 of mFOLFOX6, 15 Dec 2026: oxaliplatin 75 mg/m² (reduced from 85 mg/m²) × 1.7204 m² = 129.03 mg". */
export function NextCycleLine({ next }: { next: NextCycle | null }) {
  if (!next) return <p className="text-sm">No cycle planned.</p>;
  return (
    <p className="text-sm">
      <span className="font-medium">{nextCycleTitle(next)}</span>
      {": "}
      {next.doses.map((d) => plannedDoseText(d.name.toLowerCase(), d.planned, next.body)).join("; ")}
    </p>
  );
}
