"use client";
import { clientOnly } from "@/lib/client/client-only";

/**
 * The sign form, its code fetched when a version awaiting the user's signature is shown rather
 * than with the page (docs/benchmarks.md, "Route budgets"): "Loading…" in its place until then,
 * so that it is live whenever it can be seen.
 */
export const SignFormWhenShown = clientOnly(
  () => import("./sign-form").then((m) => m.SignForm),
  () => <p className="text-sm">Loading the signature form…</p>,
);
