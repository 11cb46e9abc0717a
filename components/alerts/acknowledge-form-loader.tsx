"use client";
import { splitOff } from "@/lib/client/split-off";

// A decision is recorded far less often than the patient page and the alerts page are read: its
// form comes in a chunk of its own, so both pages stay within their budget (docs/benchmarks.md,
// "Route budgets"). The server renders it in place as ever.
export const AcknowledgeForm = splitOff(
  () => import("./acknowledge-form").then((m) => m.AcknowledgeForm),
  () => <p className="mt-3 text-xs text-slate-700">Loading the decision form…</p>,
);
