import type { PatientReview } from "@/db/reads/patient-summary";
import { HoldsToReview, OpenAlerts } from "@/components/alerts/alerts-panel";
import { DecisionWorklist } from "@/components/alerts/decision-worklist";
import { GradeTrend } from "@/components/charts/trend-charts";
import type { AgentTrend } from "@/components/charts/trend-data";
import { AgentOutlook, nextCycle, NextCycleLine } from "./agent-outlook";
import { ExamComparison } from "./exam-comparison";

const BOX = "rounded-lg border border-slate-300 bg-white p-3";

/**
 * The first screen of the patient page: can the next cycle go ahead, and at what dose? The open
 * alerts with their decision, the latest exam against the previous one and the baseline, and per
 * agent the cumulative dose against the limit, where the plan takes it and the grade trend.
 */
export function DecisionPanel({
  review,
  trends,
  canDecide,
}: {
  review: PatientReview;
  trends: AgentTrend[];
  canDecide: boolean;
}) {
  return (
    <div className="mb-8 grid gap-3 lg:grid-cols-[5fr_6fr_6fr]">
      <div className={BOX}>
        <DecisionWorklist moveTo="message">
          <OpenAlerts review={review} canDecide={canDecide} />
          <HoldsToReview review={review} canDecide={canDecide} />
        </DecisionWorklist>
      </div>
      <section aria-labelledby="latest-exam" className={BOX}>
        <h2 id="latest-exam" className="mb-2 text-lg font-semibold">
          Latest exam
        </h2>
        <ExamComparison assessments={review.assessments} />
      </section>
      <section aria-labelledby="dose-outlook" className={BOX}>
        <h2 id="dose-outlook" className="mb-1 text-lg font-semibold">
          Dose and trend
        </h2>
        <NextCycleLine next={nextCycle(review)} />
        {trends.length === 0 && <p className="text-sm text-slate-700">No neurotoxic agent prescribed yet.</p>}
        <ul className="mt-2 flex flex-col gap-3">
          {trends.map((trend) => (
            <li key={trend.code}>
              <AgentOutlook trend={trend} />
              {trend.exams.length > 0 && <GradeTrend trend={trend} />}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
