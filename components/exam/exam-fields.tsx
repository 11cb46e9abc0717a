"use client";
import { useId } from "react";
import { FindingFields } from "./finding-fields";
import { GradeFields } from "./grade-fields";
import type { SectionProps } from "./section-props";
import { SymptomFields } from "./symptom-fields";

/** The whole bedside exam in its natural tab order; shared by a new exam and an amendment. */
export function ExamFields(props: SectionProps & { onAcceptGrades: () => void }) {
  const { draft, set, errorAt } = props;
  const notesId = useId();
  return (
    <div className="flex flex-col gap-4">
      <FindingFields {...props} />
      <SymptomFields {...props} />
      <GradeFields {...props} onAccept={props.onAcceptGrades} />
      <div className="flex flex-col gap-1">
        <label htmlFor={notesId} className="text-sm font-medium text-slate-800">
          Notes (optional)
        </label>
        <textarea
          id={notesId}
          rows={2}
          value={draft.notes}
          onChange={(e) => set("notes", e.target.value)}
          aria-invalid={Boolean(errorAt("notes"))}
          className="rounded-md border border-slate-400 bg-white px-3 py-2 text-sm"
        />
        {errorAt("notes") && (
          <span role="alert" className="text-sm text-red-700">
            {errorAt("notes")}
          </span>
        )}
      </div>
    </div>
  );
}
