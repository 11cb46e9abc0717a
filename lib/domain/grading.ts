// NCI CTCAE v5.0 peripheral sensory and motor neuropathy: the grade the app suggests from what
// the nurse records. The clinician assigns the grade; the suggestion only helps and flags.
import type { ExamFindings } from "./records";

export const MAX_SENSORY_GRADE = 4; // CTCAE v5.0: sensory neuropathy has no grade 5
export const MAX_MOTOR_GRADE = 4; // grade 5 (death) is never recorded in an exam

/** Any symptom the patient reports. Acute oxaliplatin cold dysesthesia is left out on purpose (domain.md). */
export function hasSymptom(exam: Pick<ExamFindings, "symptoms">): boolean {
  const s = exam.symptoms;
  return (
    (s.numbness ?? 0) > 0 ||
    (s.tingling ?? 0) > 0 ||
    (s.pain ?? 0) > 0 ||
    s.balance === true ||
    (s.falls ?? 0) > 0 ||
    s.fineMotor === true
  );
}

/** Abnormal bedside findings: a monofilament site not felt, vibration not felt, an absent ankle reflex. */
export function hasAbnormalFinding(exam: Pick<ExamFindings, "monofilament" | "vibration" | "ankleReflex">): boolean {
  const feet = [exam.monofilament.left, exam.monofilament.right];
  const vibration = [exam.vibration.left, exam.vibration.right];
  const reflexes = [exam.ankleReflex.left, exam.ankleReflex.right];
  return (
    feet.some((f) => f !== null && f.felt < f.tested) ||
    vibration.some((v) => v === 0) ||
    reflexes.some((r) => r === "absent")
  );
}

/**
 * The suggested neuropathy grade: self-care impact 3, instrumental impact 2, no impact but any
 * symptom or abnormal finding 1 (v5 has no step for symptoms that limit nothing), nothing 0.
 */
export function suggestGrade(exam: ExamFindings): number {
  switch (exam.adlImpact) {
    case "self-care":
      return 3;
    case "instrumental":
      return 2;
    case "none":
    case null:
      return hasSymptom(exam) || hasAbnormalFinding(exam) ? 1 : 0;
  }
}

/** The grade the rules use: the higher of sensory and motor. */
export function neuropathyGrade(exam: Pick<ExamFindings, "sensoryGrade" | "motorGrade">): number {
  return Math.max(exam.sensoryGrade, exam.motorGrade);
}

/** Where the recorded grade departs from the suggestion, the form and the flowsheet say so. */
export function gradeDeparture(exam: ExamFindings): { suggested: number; recorded: number } | null {
  const suggested = suggestGrade(exam);
  const recorded = neuropathyGrade(exam);
  return suggested === recorded ? null : { suggested, recorded };
}
