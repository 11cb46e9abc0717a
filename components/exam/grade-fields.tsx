"use client";
import { describeSuggestion, gradeDeparture, suggestion } from "@/lib/domain/grading";
import { ChoiceGroup, scoreChoices } from "./exam-controls";
import { blankMeasurements, looseFindings, MEASUREMENT_PATHS } from "./exam-draft";
import { fieldNotes, type SectionProps } from "./section-props";

const GRADE_CHOICES = scoreChoices(4);

/**
 * The accepted grades: the suggestion for the neuropathy grade goes to the sensory grade; the
 * motor grade stays as it was last cycle unless that is above the suggestion. The clinician
 * changes either with one digit.
 */
export function acceptedGrades(suggested: number, previousMotor: string): { sensory: string; motor: string } {
  const motor = previousMotor === "" ? 0 : Math.min(Number(previousMotor), suggested);
  return { sensory: String(suggested), motor: String(motor) };
}

/** CTCAE v5.0 peripheral neuropathy grades, suggested from the findings (lib/domain/grading). */
export function GradeFields(props: SectionProps & { onAccept: () => void }) {
  const { draft, set, errorAt } = props;
  const findings = looseFindings(draft);
  const suggested = suggestion(findings, props.baseline);
  const accepted = acceptedGrades(suggested.grade, props.previous?.motorGrade ?? "");
  // With nothing entered, "grade 0" would be a suggestion from no evidence: none is offered.
  const nothingEntered = blankMeasurements(draft).length === MEASUREMENT_PATHS.length;
  const departure =
    draft.sensoryGrade !== "" && draft.motorGrade !== "" ? gradeDeparture(findings, props.baseline) : null;
  function accept() {
    set("sensoryGrade", accepted.sensory);
    set("motorGrade", accepted.motor);
    props.onAccept();
  }
  return (
    <fieldset className="rounded-lg border border-slate-300 p-3">
      <legend className="px-1 font-semibold">CTCAE v5.0 grade</legend>
      <div className="flex flex-col gap-3">
        {!nothingEntered && (
          <p className="text-sm">
            Suggested from these findings: <strong>grade {suggested.grade}</strong>. Self-care impact suggests 3,
            instrumental impact 2, any symptom or abnormal finding 1 (a reflex or vibration is compared with the
            baseline exam); cold dysesthesia alone does not count.
          </p>
        )}
        <p className="text-sm" aria-live="polite">
          {nothingEntered
            ? "No finding entered yet: a grade is suggested from the findings once they are entered."
            : describeSuggestion(suggested)}
        </p>
        {!nothingEntered && (
          <div>
            <button
              type="button"
              id={props.fieldId("acceptGrades")}
              onClick={accept}
              className="rounded-md border border-brand-700 bg-brand-50 px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-100"
            >
              Accept suggested grades: sensory {accepted.sensory}, motor {accepted.motor}
            </button>
          </div>
        )}
        <ChoiceGroup
          label="Sensory neuropathy grade"
          choices={GRADE_CHOICES}
          value={draft.sensoryGrade}
          onChange={(v) => set("sensoryGrade", v)}
          id={props.fieldId("sensoryGrade")}
          error={errorAt("sensoryGrade")}
          hint="1 asymptomatic · 2 limits instrumental ADL · 3 limits self-care · 4 life-threatening. Type the digit."
          notes={fieldNotes(props, "sensoryGrade")}
        />
        <ChoiceGroup
          label="Motor neuropathy grade"
          choices={GRADE_CHOICES}
          value={draft.motorGrade}
          onChange={(v) => set("motorGrade", v)}
          id={props.fieldId("motorGrade")}
          error={errorAt("motorGrade")}
          hint="1 clinical signs only · 2 limits instrumental ADL · 3 limits self-care · 4 life-threatening."
          notes={fieldNotes(props, "motorGrade")}
        />
        {departure && (
          <p className="rounded-md border border-amber-700 bg-amber-50 p-2 text-sm">
            <span aria-hidden="true">▲ </span>
            The recorded grade {departure.recorded} departs from the suggested grade {departure.suggested}; the
            flowsheet will show it.
          </p>
        )}
      </div>
    </fieldset>
  );
}
