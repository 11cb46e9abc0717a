// Exam values in words, for the previous cycle's values beside each field, the history of an
// amended exam and the conflict message: one wording everywhere.
import type { AdlImpact, AnkleReflex } from "@/lib/domain/codes";
import type { FootMonofilament } from "@/lib/domain/records";
import type { ExamValues } from "./exam-draft";
import { formatDay } from "@/lib/dates";

export const REFLEX_LABEL: Record<AnkleReflex, string> = {
  normal: "Normal",
  reduced: "Reduced",
  reinforcement: "With reinforcement only",
  absent: "Absent",
};

export const ADL_LABEL: Record<AdlImpact, string> = {
  none: "None",
  instrumental: "Limits instrumental ADL (cooking, shopping, money)",
  "self-care": "Limits self-care (bathing, dressing, feeding)",
};

const NOT_DONE = "not done";

export const formatFoot = (f: FootMonofilament | null) => (f ? `${f.felt} of ${f.tested} felt` : NOT_DONE);
export const formatSeconds = (s: number | null) => (s === null ? NOT_DONE : s === 0 ? "not felt" : `${s} s`);
export const formatReflex = (r: string | null) => (r === null ? NOT_DONE : (REFLEX_LABEL[r as AnkleReflex] ?? r));
export const formatScale = (n: number | null, max: number) => (n === null ? NOT_DONE : `${n} of ${max}`);
export const formatYesNo = (b: boolean | null) => (b === null ? NOT_DONE : b ? "yes" : "no");
export const formatAdl = (a: string | null) => (a === null ? NOT_DONE : (ADL_LABEL[a as AdlImpact] ?? a));

export interface ExamLine {
  path: string;
  label: string;
  text: string;
}

/** Every field of an exam, labelled and in words, in the order of the form. */
export function examLines(exam: ExamValues & { assessedOn?: string }): ExamLine[] {
  const s = exam.symptoms;
  const lines: ExamLine[] = [
    { path: "assessedOn", label: "Exam date", text: exam.assessedOn ? formatDay(exam.assessedOn) : "" },
    { path: "monofilament.left", label: "Monofilament, left foot", text: formatFoot(exam.monofilament.left) },
    { path: "monofilament.right", label: "Monofilament, right foot", text: formatFoot(exam.monofilament.right) },
    { path: "vibration.left", label: "Vibration, left", text: formatSeconds(exam.vibration.left) },
    { path: "vibration.right", label: "Vibration, right", text: formatSeconds(exam.vibration.right) },
    { path: "ankleReflex.left", label: "Ankle reflex, left", text: formatReflex(exam.ankleReflex.left) },
    { path: "ankleReflex.right", label: "Ankle reflex, right", text: formatReflex(exam.ankleReflex.right) },
    { path: "symptoms.numbness", label: "Numbness", text: formatScale(s.numbness, 4) },
    { path: "symptoms.tingling", label: "Tingling", text: formatScale(s.tingling, 4) },
    { path: "symptoms.pain", label: "Neuropathic pain", text: formatScale(s.pain, 10) },
    { path: "symptoms.coldDysesthesia", label: "Cold-triggered dysesthesia", text: formatYesNo(s.coldDysesthesia) },
    { path: "symptoms.balance", label: "Balance problems", text: formatYesNo(s.balance) },
    { path: "symptoms.falls", label: "Falls", text: s.falls === null ? NOT_DONE : String(s.falls) },
    { path: "symptoms.fineMotor", label: "Fine-motor trouble", text: formatYesNo(s.fineMotor) },
    { path: "adlImpact", label: "Functional impact", text: formatAdl(exam.adlImpact) },
  ];
  if (exam.sensoryGrade !== undefined)
    lines.push({ path: "sensoryGrade", label: "Sensory grade", text: String(exam.sensoryGrade) });
  if (exam.motorGrade !== undefined)
    lines.push({ path: "motorGrade", label: "Motor grade", text: String(exam.motorGrade) });
  if (exam.notes !== undefined) lines.push({ path: "notes", label: "Notes", text: exam.notes || "none" });
  return lines;
}

/** The fields whose wording differs between two exams: what an amendment or a rival edit changed. */
export function changedLines(
  before: ExamValues & { assessedOn?: string },
  after: ExamValues & { assessedOn?: string },
) {
  const old = new Map(examLines(before).map((l) => [l.path, l.text]));
  return examLines(after)
    .filter((l) => old.get(l.path) !== l.text)
    .map((l) => ({ ...l, before: old.get(l.path) ?? "" }));
}
