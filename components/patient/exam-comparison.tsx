import type { ReviewAssessment } from "@/db/reads/patient-summary";
import { neuropathyGrade } from "@/lib/domain/grading";
import { findingDirection, progressesIn, type ComparedFinding } from "@/lib/domain/exam-direction";
import { changesBetween, type Change } from "@/lib/domain/worsening";
import { formatDay, formatTime } from "@/lib/dates";
import { bySide, vibrationText } from "./format";

const CELL = "px-2 py-1 text-left align-top";

/** Each finding of the comparison (lib/domain/exam-direction.ts) and how its value reads. */
const FINDINGS: { name: string; finding: ComparedFinding; show: (e: ReviewAssessment) => string }[] = [
  {
    name: "Neuropathy grade",
    finding: "grade",
    show: (e) => `${neuropathyGrade(e)} (sensory ${e.sensoryGrade}, motor ${e.motorGrade})`,
  },
  {
    name: "Monofilament",
    finding: "monofilament",
    show: (e) => bySide(e.monofilament, (f) => `${f.felt}/${f.tested}`),
  },
  { name: "Vibration", finding: "vibration", show: (e) => bySide(e.vibration, vibrationText) },
  { name: "Ankle reflex", finding: "reflex", show: (e) => bySide(e.ankleReflex, String) },
  {
    name: "Numbness · tingling · pain",
    finding: "symptoms",
    show: ({ symptoms: s }) => [s.numbness, s.tingling, s.pain].map((v) => (v === null ? "—" : v)).join(" · "),
  },
  { name: "ADL impact", finding: "adl", show: (e) => e.adlImpact ?? "—" },
];

/**
 * The mark beside the latest value, a symbol for the eye and the same in words for everyone: the
 * way it moved since the previous exam, and beside it progression since the baseline.
 */
function Mark({
  finding,
  previous,
  latest,
  sinceBaseline,
  same,
}: {
  finding: ComparedFinding;
  previous: ReviewAssessment;
  latest: ReviewAssessment;
  sinceBaseline: Change[];
  same: boolean;
}) {
  const direction = findingDirection(finding, previous, latest);
  if (direction === "worse") return <strong className="whitespace-nowrap"> ▲ worse than previous</strong>;
  // Mixed holds a step worse (one foot, one scale), so it stands out as worse does.
  if (direction === "mixed") return <strong className="whitespace-nowrap"> ▲▼ worse and better than previous</strong>;
  const sincePrevious =
    direction === "better" ? (
      <span className="whitespace-nowrap"> ▼ better than previous</span>
    ) : (
      <span className="whitespace-nowrap text-slate-700">{same ? " = unchanged" : " ≠ changed"}</span>
    );
  // Still worse than the baseline: said beside the way it moved, so a grade settling from 3 to 1
  // reads as better, and as not back to where it started.
  if (!progressesIn(finding, sinceBaseline)) return sincePrevious;
  return (
    <>
      {sincePrevious}
      <strong className="whitespace-nowrap"> · ▲ worse than baseline</strong>
    </>
  );
}

/**
 * "Latest: cycle 7, 3 Dec 2026", with the time it was saved when another column is of the same day
 * ("Latest: cycle 7, 3 Dec 2026, saved 15:05 CET"): a re-exam otherwise reads as its first exam.
 */
function heading(label: string, exam: ReviewAssessment, columns: ReviewAssessment[]) {
  const sameDay = columns.some((other) => other !== exam && other.assessedOn === exam.assessedOn);
  const when = `${formatDay(exam.assessedOn)}${sameDay ? `, saved ${formatTime(exam.recordedAt)}` : ""}`;
  return `${label}: ${exam.cycle ? `cycle ${exam.cycle.number}, ` : "follow-up, "}${when}${exam.status === "amended" ? " (amended)" : ""}`;
}

/**
 * The latest exam beside the previous one and the baseline (the earliest exam not entered in
 * error), each finding marked where it changed, and what counts as progression in words.
 */
export function ExamComparison({ assessments }: { assessments: ReviewAssessment[] }) {
  const exams = assessments.filter((a) => a.status !== "entered-in-error");
  const baseline = exams[0];
  const latest = exams.at(-1);
  if (!baseline || !latest) return <p className="text-sm">No exam recorded yet.</p>;
  if (baseline === latest)
    return <p className="text-sm">Only the baseline exam so far ({formatDay(baseline.assessedOn)}).</p>;
  const previous = exams.at(-2)!;
  const columns = previous === baseline ? [baseline, latest] : [baseline, previous, latest];
  const labels = previous === baseline ? ["Baseline and previous", "Latest"] : ["Baseline", "Previous", "Latest"];
  const sincePrevious = changesBetween(previous, latest);
  const sinceBaseline = changesBetween(baseline, latest);
  return (
    <>
      <table className="w-full text-xs">
        <caption className="sr-only">The latest exam beside the previous one and the baseline</caption>
        <thead>
          <tr className="bg-slate-100">
            <th scope="col" className={CELL}>
              Finding
            </th>
            {columns.map((exam, i) => (
              <th key={exam.id} scope="col" className={CELL}>
                {heading(labels[i]!, exam, columns)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {FINDINGS.map((f) => (
            <tr key={f.name} className="border-t border-slate-200">
              <th scope="row" className={`${CELL} font-normal`}>
                {f.name}
              </th>
              {columns.map((exam) => (
                <td key={exam.id} className={CELL}>
                  {f.show(exam)}
                  {exam === latest && (
                    <Mark
                      finding={f.finding}
                      previous={previous}
                      latest={latest}
                      sinceBaseline={sinceBaseline}
                      same={f.show(latest) === f.show(previous)}
                    />
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-1 text-xs">
        <span className="font-medium">Worse than previous:</span>{" "}
        {sincePrevious.length === 0
          ? "nothing that counts as progression."
          : sincePrevious.map((c) => c.description).join("; ")}
      </p>
      <p className="text-xs">
        <span className="font-medium">Worse than baseline:</span>{" "}
        {sinceBaseline.length === 0
          ? "nothing that counts as progression."
          : sinceBaseline.map((c) => c.description).join("; ")}
      </p>
    </>
  );
}
