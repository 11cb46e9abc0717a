"use client";
import { clientOnly } from "@/lib/client/client-only";

/**
 * The entered-in-error form of an exam or a dose, its code fetched when "Mark … entered in error" is
 * first pressed rather than with the page (docs/benchmarks.md, "Route budgets"), as the amendment
 * form is: "Loading…" in its place until then, and its reason box takes the focus when it comes.
 */
export const EnteredInErrorFormWhenOpened = clientOnly(
  () => import("./entered-in-error-form").then((m) => m.EnteredInErrorForm),
  () => <p className="text-sm">Loading the form…</p>,
);
