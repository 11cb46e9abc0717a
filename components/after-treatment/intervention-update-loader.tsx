"use client";
import { splitOff } from "@/lib/client/split-off";

// Changing a supportive care's end or response is rarer than reading the page: its form comes in
// a chunk of its own, so the patient page has room for its decisions (docs/benchmarks.md, "Route budgets").
export const InterventionUpdate = splitOff(
  () => import("./intervention-update").then((m) => m.InterventionUpdate),
  () => <p className="text-xs text-slate-700">Loading the form…</p>,
);
