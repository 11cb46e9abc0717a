"use client";
import dynamic from "next/dynamic";
import type { SelfReportComparison } from "@/db/reads/self-reports";

// Recharts is fetched only where this chart is shown; the table below it carries the figures.
const SelfReportChart = dynamic(() => import("./self-report-chart"), {
  ssr: false,
  loading: () => <p className="text-sm text-slate-700">Loading the chart…</p>,
});

export function SelfReportChartLoader({ rows }: { rows: SelfReportComparison }) {
  return <SelfReportChart rows={rows} />;
}
