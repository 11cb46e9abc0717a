import type { ExamFindings } from "@/lib/domain/records";
import type { FieldNote } from "./number-field";
import { PATIENT_REPORTED } from "@/components/self-report/patient-reported";
import { NOT_DONE, valueAt, type ExamDraft } from "./exam-draft";

/** What every section of the exam form gets: the draft, a setter by path, errors and the previous exam. */
export interface SectionProps {
  draft: ExamDraft;
  set: (path: string, value: string) => void;
  errorAt: (path: string) => string | undefined;
  /** The id of the control at a path: the error summary links to it. */
  fieldId: (path: string) => string;
  /** How a value got there without being typed, by path ("copied"). */
  marks: Record<string, string>;
  /** The previous exam as a draft (text), or null at a baseline exam. */
  previous: ExamDraft | null;
  /** The patient's own answers of the day as a draft (symptoms only), shown beside their fields. */
  reported?: ExamDraft | null;
  /** The patient's baseline exam, which the suggested grade compares reflexes and vibration with; null when this exam is the baseline. */
  baseline: ExamFindings | null;
  /** Puts the cursor in the first field, so the nurse can type at once. */
  autoFocus?: boolean;
}

/**
 * The notes beside the field at `path`: last cycle's value, then "copied" while the value is the
 * one copied, or "changed" once a value differs from last cycle's. In words, never colour alone.
 */
export function fieldNotes(props: SectionProps, path: string, words?: (v: string) => string): FieldNote[] {
  const notes: FieldNote[] = [];
  const now = valueAt(props.draft, path);
  if (props.previous) {
    const before = valueAt(props.previous, path);
    const shown = before === "" || before === NOT_DONE || !words ? before || NOT_DONE : words(before);
    notes.push({ key: "previous", text: `Last: ${shown}` });
    if (!props.marks[path] && now !== "" && now !== before)
      notes.push({ key: "changed", text: "changed", strong: true });
  }
  const mark = props.marks[path];
  const reported = props.reported ? valueAt(props.reported, path) : "";
  // Beside the field until it holds the patient's own answer: a value copied from last cycle or
  // typed that differs from what the patient reported today says so, so that three Enters over
  // "Same as last cycle" cannot save last cycle's symptoms over today's report unseen.
  if (reported !== "" && mark !== PATIENT_REPORTED) {
    const differs = now !== "" && now !== reported;
    notes.push({ key: "reported", text: `Patient reported: ${words ? words(reported) : reported}`, strong: differs });
  }
  if (mark) notes.push({ key: "mark", text: mark, strong: true });
  return notes;
}
