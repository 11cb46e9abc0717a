"use client";
import { clientOnly } from "@/lib/client/client-only";
import type { AgentTrend } from "./trend-data";

// Recharts is fetched only where the charts are shown, after the page's own code: it is not
// part of any route's first load, and the tables beside the charts already carry the figures.
const AgentTrendCharts = clientOnly(
  () => import("./agent-trend-charts").then((m) => m.default),
  () => <p className="text-sm text-slate-700">Loading the charts…</p>,
);

export function TrendCharts({ trend, today }: { trend: AgentTrend; today: string }) {
  return <AgentTrendCharts trend={trend} today={today} />;
}

const GradeChart = clientOnly(
  () => import("./agent-trend-charts").then((m) => m.GradeTrendChart),
  () => <p className="text-sm text-slate-700">Loading the chart…</p>,
);

/** The grade trend alone, for the top of the patient page. */
export function GradeTrend({ trend, height }: { trend: AgentTrend; height?: number }) {
  return <GradeChart trend={trend} height={height} />;
}
