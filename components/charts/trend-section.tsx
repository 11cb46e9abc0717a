import type { PatientReview } from "@/db/patient-summary";
import { formatDose, percentOf } from "@/components/patient/format";
import { TrendCharts } from "./trend-charts";
import { agentTrends, type AgentTrend } from "./trend-data";
import { TrendTables } from "./trend-tables";
import { formatDay } from "@/lib/dates";

/** Where the agent stands and where the planned cycles take it, in one sentence. */
function outlook(trend: AgentTrend): string {
  const total = formatDose(trend.projectedTotal, trend.unit);
  if (trend.limit === null) return `No cumulative limit is set; the planned cycles bring the total to ${total}.`;
  if (trend.reachesLimit) {
    const when = trend.reachesLimit.given === null ? "would reach" : "reached";
    return `The cumulative dose ${when} the limit of ${formatDose(trend.limit, trend.unit)} on ${formatDay(trend.reachesLimit.date)} (${trend.reachesLimit.label}).`;
  }
  return `The planned cycles bring the total to ${total}, ${percentOf(trend.projectedTotal, trend.limit)} of the limit.`;
}

export function TrendSection({ review }: { review: PatientReview }) {
  const trends = agentTrends(review);
  return (
    <section aria-labelledby="trends" className="mb-8">
      <h2 id="trends" className="mb-3 text-lg font-semibold">
        Trends
      </h2>
      {trends.length === 0 && <p className="text-slate-700">No neurotoxic agent prescribed yet.</p>}
      {trends.map((trend) => (
        <section key={trend.code} aria-labelledby={`trend-${trend.code}`} className="mb-6">
          <h3 id={`trend-${trend.code}`} className="font-semibold">
            {trend.name}
          </h3>
          <p className="mb-2 text-sm text-slate-800">
            {trend.exams.length === 0
              ? "No exam yet. "
              : trend.exams.length === 1
                ? "One exam so far: the trend starts with the next one. "
                : ""}
            {outlook(trend)}
          </p>
          <TrendCharts trend={trend} today={review.day} />
          <TrendTables trend={trend} />
        </section>
      ))}
    </section>
  );
}
