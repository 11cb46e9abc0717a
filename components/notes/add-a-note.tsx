"use client";
import { useOpenedOnce } from "@/components/ui/use-opened-once";
import { NoteFormWhenShown } from "./note-form-loader";

/** "Add a note" on an alert, folded; once opened the form stays mounted, so closing keeps what was typed. */
export function AddANote({ patientId, alertId, label }: { patientId: string; alertId: string; label: string }) {
  const { opened, details } = useOpenedOnce();
  return (
    <details {...details} className="mt-1">
      <summary className="cursor-pointer text-sm font-medium text-brand-700">Add a note</summary>
      {opened && <NoteFormWhenShown patientId={patientId} target={{ alertId }} label={label} />}
    </details>
  );
}
