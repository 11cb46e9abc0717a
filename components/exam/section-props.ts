import type { ExamFindings } from "@/lib/domain/records";
import type { ExamDraft } from "./exam-draft";

/** What every section of the exam form gets: the draft, a setter by path, errors and the previous exam. */
export interface SectionProps {
  draft: ExamDraft;
  set: (path: string, value: string | boolean) => void;
  errorAt: (path: string) => string | undefined;
  /** The previous exam as a draft (text), or null at a baseline exam. */
  previous: ExamDraft | null;
  /** The patient's baseline exam, which the suggested grade compares reflexes and vibration with; null when this exam is the baseline. */
  baseline: ExamFindings | null;
  /** Puts the cursor in the first field, so the nurse can type at once. */
  autoFocus?: boolean;
}
