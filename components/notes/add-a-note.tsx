"use client";
import { useState } from "react";
import { NoteFormWhenShown } from "./note-form-loader";

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
      {opened && <NoteFormWhenShown patientId={patientId} target={{ alertId }} label={label} />}
    </details>
  );
}
