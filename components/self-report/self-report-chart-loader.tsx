"use client";
import { clientOnly } from "@/lib/client/client-only";
import type { SelfReportComparison } from "@/db/reads/self-reports";

// Recharts is fetched only where this chart is shown; the table below it carries the figures.
const SelfReportChart = clientOnly(
  () => import("./self-report-chart").then((m) => m.default),
  () => <p className="text-sm text-slate-700">Loading the chart…</p>,
);

export function SelfReportChartLoader({ rows }: { rows: SelfReportComparison }) {
  return <SelfReportChart rows={rows} />;
}
