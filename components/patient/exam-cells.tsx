import type { ReviewAssessment } from "@/db/reads/patient-summary";
import { bySide, clip, vibrationText } from "./format";
import { formatDay } from "@/lib/dates";

/** The exam's columns in the flowsheet; an entry marked entered-in-error is struck through and says so. */
export const EXAM_COLUMNS = [
  "Exam",
  "Monofilament (sites felt)",
  "Vibration at great toe",
  "Ankle reflex",
  "Numbness · tingling · pain",
  "Other symptoms",
  "ADL impact",
  "Grade",
] as const;

const CELL = "px-2 py-2 align-top";
/** Characters of an exam note the flowsheet shows; the cycle page holds the whole note. */
const NOTE_SHOWN = 160;

function otherSymptoms(s: ReviewAssessment["symptoms"]): string {
  const found = [
    s.coldDysesthesia ? "cold dysesthesia" : null,
    s.balance ? "balance problems" : null,
    s.falls ? `${s.falls} fall${s.falls === 1 ? "" : "s"}` : null,
    s.fineMotor ? "fine-motor trouble" : null,
  ].filter(Boolean);
  return found.length ? found.join(", ") : "none";
}

const score = (value: number | null, max: number) => (value === null ? "—" : `${value}/${max}`);

export function ExamCells({ exam }: { exam: ReviewAssessment | null }) {
  if (!exam) {
    return (
      <>
        <td className={CELL}>No exam recorded</td>
        {EXAM_COLUMNS.slice(1).map((c) => (
          <td key={c} className={CELL} />
        ))}
      </>
    );
  }
  const inError = exam.status === "entered-in-error";
  const values = inError ? `${CELL} text-slate-500 line-through` : CELL;
  return (
    <>
      <td className={CELL}>
        <div>{formatDay(exam.assessedOn)}</div>
        {exam.status === "amended" && (
          <div className="text-xs font-medium text-amber-950">Amended: {exam.statusReason}</div>
        )}
        {inError && <div className="text-xs font-medium text-red-900">Entered in error: {exam.statusReason}</div>}
        {exam.notes && <div className="text-xs text-slate-700">Note: {clip(exam.notes, NOTE_SHOWN)}</div>}
      </td>
      <td className={values}>{bySide(exam.monofilament, (f) => `${f.felt}/${f.tested}`)}</td>
      <td className={values}>{bySide(exam.vibration, vibrationText)}</td>
      <td className={values}>{bySide(exam.ankleReflex, (r) => r)}</td>
      <td className={values}>
        {score(exam.symptoms.numbness, 4)} · {score(exam.symptoms.tingling, 4)} · {score(exam.symptoms.pain, 10)}
      </td>
      <td className={values}>{otherSymptoms(exam.symptoms)}</td>
      <td className={values}>{exam.adlImpact ?? "—"}</td>
      <td className={values}>
        <span className="font-semibold">{Math.max(exam.sensoryGrade, exam.motorGrade)}</span>{" "}
        <span className="text-xs">
          (sensory {exam.sensoryGrade}, motor {exam.motorGrade})
        </span>
        {exam.gradeDeparture && <div className="text-xs font-medium">suggested {exam.gradeDeparture.suggested}</div>}
      </td>
    </>
  );
}
