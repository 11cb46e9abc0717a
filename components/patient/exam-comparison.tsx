import type { ReviewAssessment } from "@/db/patient-summary";
import type { AdlImpact, AnkleReflex } from "@/lib/domain/codes";
import { neuropathyGrade } from "@/lib/domain/grading";
import type { ExamFindings } from "@/lib/domain/records";
import { changesBetween } from "@/lib/domain/worsening";
import { bySide, vibrationText } from "./format";
import { formatDay } from "@/lib/dates";

const CELL = "px-2 py-1 text-left align-top";

/** A stored exam as the rules read it: the codes were checked by the schema when it was recorded. */
function asFindings(exam: ReviewAssessment): ExamFindings {
  return {
    ...exam,
    ankleReflex: exam.ankleReflex as ExamFindings["ankleReflex"],
    adlImpact: exam.adlImpact as AdlImpact | null,
  };
}

const FINDINGS: { name: string; show: (e: ReviewAssessment) => string }[] = [
  { name: "Neuropathy grade", show: (e) => `${neuropathyGrade(e)} (sensory ${e.sensoryGrade}, motor ${e.motorGrade})` },
  { name: "Monofilament", show: (e) => bySide(e.monofilament, (f) => `${f.felt}/${f.tested}`) },
  { name: "Vibration", show: (e) => bySide(e.vibration, vibrationText) },
  { name: "Ankle reflex", show: (e) => bySide(e.ankleReflex, (r) => r as AnkleReflex) },
  {
    name: "Numbness · tingling · pain",
    show: ({ symptoms: s }) => [s.numbness, s.tingling, s.pain].map((v) => (v === null ? "—" : v)).join(" · "),
  },
  { name: "ADL impact", show: (e) => e.adlImpact ?? "—" },
];

/** The latest exam beside the baseline (the earliest exam not entered in error), and what has worsened. */
export function ExamComparison({ assessments }: { assessments: ReviewAssessment[] }) {
  const exams = assessments.filter((a) => a.status !== "entered-in-error");
  const baseline = exams[0];
  const latest = exams.at(-1);
  if (!baseline || !latest) return <p>No exam recorded yet.</p>;
  if (baseline === latest) return <p>Only the baseline exam so far ({formatDay(baseline.assessedOn)}).</p>;
  const changes = changesBetween(asFindings(baseline), asFindings(latest));
  return (
    <>
      <table className="w-full text-xs">
        <thead>
          <tr className="bg-slate-100">
            <th scope="col" className={CELL}>
              Finding
            </th>
            <th scope="col" className={CELL}>
              Baseline, {formatDay(baseline.assessedOn)}
            </th>
            <th scope="col" className={CELL}>
              Latest, {formatDay(latest.assessedOn)}
              {latest.status === "amended" ? " (amended)" : ""}
            </th>
          </tr>
        </thead>
        <tbody>
          {FINDINGS.map((f) => (
            <tr key={f.name} className="border-t border-slate-200">
              <th scope="row" className={`${CELL} font-normal`}>
                {f.name}
              </th>
              <td className={CELL}>{f.show(baseline)}</td>
              <td className={CELL}>{f.show(latest)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-1 text-xs">
        <span className="font-medium">Worse than baseline:</span>{" "}
        {changes.length === 0 ? "nothing that counts as progression." : changes.map((c) => c.description).join("; ")}
      </p>
    </>
  );
}
