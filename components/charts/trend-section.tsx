import type { PatientReview } from "@/db/reads/patient-summary";
import { outlook } from "@/components/patient/agent-outlook";
import { TrendCharts } from "./trend-charts";
import type { AgentTrend } from "./trend-data";
import { TrendTables } from "./trend-tables";

/** Every chart of every agent, with the charts' figures as tables. */
export function TrendSection({ review, trends }: { review: PatientReview; trends: AgentTrend[] }) {
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
