import type { ReviewAssessment } from "@/db/reads/patient-summary";
import { neuropathyGrade } from "@/lib/domain/grading";
import { changesBetween, type Change } from "@/lib/domain/worsening";
import { formatDay } from "@/lib/dates";
import { bySide, vibrationText } from "./format";

const CELL = "px-2 py-1 text-left align-top";

/** A stored exam as the rules read it: the codes were checked by the schema when it was recorded. */
/** Each finding, and the change tracks of lib/domain/worsening that belong to it. */
const FINDINGS: { name: string; track: string | null; show: (e: ReviewAssessment) => string }[] = [
  {
    name: "Neuropathy grade",
    track: "grade",
    show: (e) => `${neuropathyGrade(e)} (sensory ${e.sensoryGrade}, motor ${e.motorGrade})`,
  },
  { name: "Monofilament", track: "monofilament", show: (e) => bySide(e.monofilament, (f) => `${f.felt}/${f.tested}`) },
  { name: "Vibration", track: "vibration", show: (e) => bySide(e.vibration, vibrationText) },
  { name: "Ankle reflex", track: "reflex", show: (e) => bySide(e.ankleReflex, String) },
  {
    name: "Numbness · tingling · pain",
    track: null,
    show: ({ symptoms: s }) => [s.numbness, s.tingling, s.pain].map((v) => (v === null ? "—" : v)).join(" · "),
  },
  { name: "ADL impact", track: null, show: (e) => e.adlImpact ?? "—" },
];

/** The mark beside the latest value: a symbol for the eye and the same in words for everyone. */
function Mark({
  finding,
  sincePrevious,
  sinceBaseline,
  same,
}: {
  finding: string | null;
  sincePrevious: Change[];
  sinceBaseline: Change[];
  same: boolean;
}) {
  const hits = (changes: Change[]) => finding !== null && changes.some((c) => c.track.split(":")[0] === finding);
  if (hits(sincePrevious)) return <strong className="whitespace-nowrap"> ▲ worse than previous</strong>;
  if (hits(sinceBaseline)) return <strong className="whitespace-nowrap"> ▲ worse than baseline</strong>;
  return <span className="whitespace-nowrap text-slate-700">{same ? " = unchanged" : " ≠ changed"}</span>;
}

const heading = (label: string, exam: ReviewAssessment) =>
  `${label}: ${exam.cycle ? `cycle ${exam.cycle.number}, ` : "follow-up, "}${formatDay(exam.assessedOn)}${exam.status === "amended" ? " (amended)" : ""}`;

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
                {heading(labels[i]!, exam)}
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
                      finding={f.track}
                      sincePrevious={sincePrevious}
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
