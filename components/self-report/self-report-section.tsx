import type { SelfReportComparison } from "@/db/reads/self-reports";
import { formatDay } from "@/lib/dates";
import type { SymptomField } from "@/lib/domain/self-report";
import { SelfReportChartLoader } from "./self-report-chart-loader";

const FIELD_WORDS: Record<SymptomField, string> = {
  numbness: "numbness",
  tingling: "tingling",
  pain: "pain",
  coldDysesthesia: "cold",
  balance: "balance",
  falls: "falls",
  fineMotor: "fine motor",
  adlImpact: "daily life",
};

const said = (v: number | boolean | string) => (typeof v === "boolean" ? (v ? "yes" : "no") : String(v));

/**
 * The patient's own reports beside the nurse's exams: a chart of the patient's worst score and the
 * nurse's grade, and a table naming where the two disagree. A patient's score is not a CTCAE
 * grade, and the two agree only fair to moderately (Atkinson et al., Support Care Cancer 2016):
 * a gap is a reason to ask, not an error.
 */
export function SelfReportSection({ rows }: { rows: SelfReportComparison }) {
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="self-reports" className="mb-8">
      <h2 id="self-reports" className="mb-1 text-lg font-semibold">
        The patient&apos;s own reports beside the exams
      </h2>
      <p className="mb-2 text-sm text-slate-800">
        The patient&apos;s worst score is the highest of numbness and tingling in the feet and hands (0-4); the
        nurse&apos;s is the sensory grade. They measure different things, so a gap is a reason to ask.
      </p>
      {rows.length > 1 && <SelfReportChartLoader rows={rows} />}
      <SelfReportTable rows={rows} />
    </section>
  );
}

/** Each self-report beside the nurse's exam of the same day, and where the two disagree. */
export function SelfReportTable({ rows }: { rows: SelfReportComparison }) {
  return (
    <table className="mt-2 w-full text-left text-sm">
      <caption className="sr-only">Self-reports and the nurse&apos;s exam of the same day</caption>
      <thead className="bg-slate-100">
        <tr>
          <th scope="col" className="px-2 py-1">
            Day
          </th>
          <th scope="col" className="px-2 py-1">
            Patient: worst score, pain, falls
          </th>
          <th scope="col" className="px-2 py-1">
            Nurse: sensory grade
          </th>
          <th scope="col" className="px-2 py-1">
            Where they disagree (patient / nurse)
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} className="border-t border-slate-200 align-top">
            <th scope="row" className="px-2 py-1 font-normal">
              {formatDay(r.reportedOn)}
            </th>
            <td className="px-2 py-1">
              {r.patientWorst} of 4, pain {r.pain} of 10, {r.falls === 0 ? "no fall" : `falls ${r.falls}`}
              {r.comment && <div className="text-slate-700">“{r.comment}”</div>}
            </td>
            <td className="px-2 py-1">
              {r.nurseGrade === null ? "No exam that day" : `Grade ${r.nurseGrade}`}
              {r.examSawIt && <div className="text-slate-700">the exam had the report beside it</div>}
            </td>
            <td className="px-2 py-1">
              {r.nurseGrade === null
                ? "—"
                : r.disagreements.length === 0
                  ? "Agree on every symptom"
                  : r.disagreements.map((d) => (
                      <div key={d.field}>
                        <span aria-hidden="true">≠ </span>
                        {FIELD_WORDS[d.field]}: {said(d.patient)} / {said(d.nurse)}
                      </div>
                    ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
