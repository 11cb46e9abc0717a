"use client";
import { CountedTextArea } from "@/components/ui/counted-text-area";
import { FindingFields } from "./finding-fields";
import { GradeFields } from "./grade-fields";
import type { SectionProps } from "./section-props";
import { SymptomFields } from "./symptom-fields";

/** The whole bedside exam in its natural tab order; shared by a new exam and an amendment. */
export function ExamFields(
  props: SectionProps & {
    onAcceptGrades: () => void;
    /** Shown just before the symptom fields: the patient's own answers of the day, if any. */
    beforeSymptoms?: React.ReactNode;
  },
) {
  const { draft, set, errorAt } = props;
  return (
    <div className="flex flex-col gap-4">
      <FindingFields {...props} />
      {props.beforeSymptoms}
      <SymptomFields {...props} />
      <GradeFields {...props} onAccept={props.onAcceptGrades} />
      <CountedTextArea
        label="Notes (optional)"
        id={props.fieldId("notes")}
        value={draft.notes}
        onChange={(v) => set("notes", v)}
        error={errorAt("notes")}
      />
    </div>
  );
}
