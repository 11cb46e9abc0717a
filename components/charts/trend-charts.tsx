"use client";
import dynamic from "next/dynamic";
import type { AgentTrend } from "./trend-data";

// Recharts is fetched only where the charts are shown, after the page's own code: it is not
// part of any route's first load, and the tables beside the charts already carry the figures.
const AgentTrendCharts = dynamic(() => import("./agent-trend-charts"), {
  ssr: false,
  loading: () => <p className="text-sm text-slate-700">Loading the charts…</p>,
});

export function TrendCharts({ trend, today }: { trend: AgentTrend; today: string }) {
  return <AgentTrendCharts trend={trend} today={today} />;
}

const GradeChart = dynamic(() => import("./agent-trend-charts").then((m) => m.GradeTrendChart), {
  ssr: false,
  loading: () => <p className="text-sm text-slate-700">Loading the chart…</p>,
});

/** The grade trend alone, for the top of the patient page. */
export function GradeTrend({ trend, height }: { trend: AgentTrend; height?: number }) {
  return <GradeChart trend={trend} height={height} />;
}
