"use client";
import { clientOnly } from "@/lib/client/client-only";

/**
 * The note form, its code fetched when the form is first shown rather than with the page
 * (docs/benchmarks.md, "Route budgets"): a cycle's notes are at the foot of its page, an alert's
 * are folded. Until the code has come, its place is held at the form's height, so that nothing
 * moves when it appears, and the form is live when seen.
 */
export const NoteFormWhenShown = clientOnly(
  () => import("./note-form").then((m) => m.NoteForm),
  () => <p className="mt-2 min-h-38 text-sm text-slate-700">Loading the note form…</p>,
);
