"use client";
import { clientOnly } from "@/lib/client/client-only";

// Recharts loads only where a recovery chart is shown, after the page: the tables beside the
// charts carry the same figures.
const loading = () => <p className="text-sm text-slate-700">Loading the chart…</p>;

export const GradeSinceLastDoseChart = clientOnly(
  () => import("./recovery-figures").then((m) => m.GradeSinceLastDose),
  loading,
);

export const StillAboveGradeOneChart = clientOnly(
  () => import("./recovery-figures").then((m) => m.StillAboveGradeOne),
  loading,
);
