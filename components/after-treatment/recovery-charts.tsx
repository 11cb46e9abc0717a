"use client";
import dynamic from "next/dynamic";

// Recharts loads only where a recovery chart is shown, after the page: the tables beside the
// charts carry the same figures.
const loading = () => <p className="text-sm text-slate-700">Loading the chart…</p>;

export const GradeSinceLastDoseChart = dynamic(() => import("./recovery-figures").then((m) => m.GradeSinceLastDose), {
  ssr: false,
  loading,
});

export const StillAboveGradeOneChart = dynamic(() => import("./recovery-figures").then((m) => m.StillAboveGradeOne), {
  ssr: false,
  loading,
});
