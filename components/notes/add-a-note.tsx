"use client";
import { clientOnly } from "@/lib/client/client-only";
import { useState } from "react";

// The note form loads when "Add a note" is first opened, not with the page: it is folded away
// until then, and shown only once its code is there, so it is live when seen (docs/benchmarks.md,
// "Route budgets").
const NoteForm = clientOnly(
  () => import("./note-form").then((m) => m.NoteForm),
  () => <p className="text-sm text-slate-700">Loading the form…</p>,
);

/** "Add a note" on an alert, folded; once opened the form stays mounted, so closing keeps what was typed. */
export function AddANote({ patientId, alertId, label }: { patientId: string; alertId: string; label: string }) {
  const [opened, setOpened] = useState(false);
  return (
    <details
      className="mt-1"
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true);
      }}
    >
      <summary className="cursor-pointer text-sm font-medium text-brand-700">Add a note</summary>
      {opened && <NoteForm patientId={patientId} target={{ alertId }} label={label} />}
    </details>
  );
}
