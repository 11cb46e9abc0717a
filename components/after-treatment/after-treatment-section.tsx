import type { PatientAfterTreatment } from "@/db/reads/after-treatment";
import { formatDay } from "@/lib/dates";
import { getAgent } from "@/lib/domain/agents";
import { COASTING_MONTHS, isPlatinum } from "@/lib/domain/follow-ups";
import { INTERVENTION_LABEL } from "@/lib/domain/interventions";
import { monthsBetween } from "@/lib/domain/recovery";
import { InterventionUpdate } from "./intervention-update-loader";
import { GradeSinceLastDoseChart } from "./recovery-charts";
import { RecordSupportiveCare } from "./record-supportive-care";
import { ColumnHeads } from "@/components/ui/column-heads";

const CELL = "px-3 py-2 text-left align-top";
const grade = (g: number | null) => (g === null ? "no exam" : `Grade ${g}`);

/**
 * Supportive care beside the grade (any clinician records and updates it), and for each agent whose treatment is over, the grade over
 * the months since its last dose (a chart, and the same as a table).
 */
export function AfterTreatmentSection({
  data,
  patientId,
  today,
}: {
  data: PatientAfterTreatment;
  patientId: string;
  today: string;
}) {
  return (
    <section aria-labelledby="after-treatment" className="mb-8 rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="after-treatment" className="text-lg font-semibold">
        Supportive care and recovery
      </h2>
      <p className="mb-3 text-sm text-slate-700">Latest neuropathy grade: {grade(data.latestGrade)}.</p>
      {data.interventions.length === 0 ? (
        <p className="mb-4 text-sm text-slate-700">No supportive care recorded.</p>
      ) : (
        <div className="relative mb-4 overflow-x-auto">
          <table className="min-w-full text-sm">
            <caption className="sr-only">Supportive care, oldest first, with the grade when it started</caption>
            <ColumnHeads names={["Supportive care", "From", "To", "Grade at start", "Response"]} cellClass={CELL} />
            <tbody>
              {data.interventions.map((i) => (
                <tr key={i.id} className="border-t border-slate-200">
                  <th scope="row" className={`${CELL} font-normal`}>
                    <span className="font-medium">{INTERVENTION_LABEL[i.kind]}</span>
                    {i.dose !== null && ` ${i.dose} mg a day`}
                    {i.notes && <span className="block text-xs text-slate-700">{i.notes}</span>}
                    {i.warnings.map((w) => (
                      <span key={w} className="mt-1 block border-l-4 border-amber-700 pl-2 text-xs text-slate-900">
                        <strong>Warning:</strong> {w}
                      </span>
                    ))}
                    <InterventionUpdate
                      id={i.id}
                      version={i.version}
                      label={INTERVENTION_LABEL[i.kind]}
                      endedOn={i.endedOn}
                      response={i.response}
                    />
                  </th>
                  <td className={CELL}>{formatDay(i.startedOn)}</td>
                  <td className={CELL}>{i.endedOn ? formatDay(i.endedOn) : "ongoing"}</td>
                  <td className={CELL}>{grade(i.gradeAtStart)}</td>
                  <td className={CELL}>{i.response ?? "not yet known"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data.recovery.map((r) => {
        const name = getAgent(r.agent).name;
        const markers = data.interventions
          .filter((i) => i.startedOn >= r.lastDoseOn)
          .map((i) => ({
            months: monthsBetween(r.lastDoseOn, i.startedOn),
            label: INTERVENTION_LABEL[i.kind].split(" ")[0]!,
          }));
        return (
          <div key={r.agent} className="mb-4">
            <h3 className="font-medium">
              {name}: grade since the last dose on {formatDay(r.lastDoseOn)}
            </h3>
            {isPlatinum(r.agent) && (
              <p className="text-xs text-slate-700">
                Platinum neuropathy can go on worsening for about {COASTING_MONTHS} months after the last dose
                (coasting).
              </p>
            )}
            <figure aria-label={`${name}: neuropathy grade by months since the last dose`}>
              <GradeSinceLastDoseChart
                title={`${name}: neuropathy grade by months since the last dose`}
                points={r.points.map((p) => ({ months: Number(p.months.toFixed(2)), grade: p.grade }))}
                markers={markers}
              />
            </figure>
            <table className="text-sm">
              <caption className="text-left text-sm font-medium">{name}: the same as a table</caption>
              <ColumnHeads names={["Exam", "Months since the last dose", "Grade"]} cellClass={CELL} />
              <tbody>
                {r.points.map((p) => (
                  <tr key={p.assessedOn} className="border-t border-slate-200">
                    <th scope="row" className={`${CELL} font-normal`}>
                      {formatDay(p.assessedOn)}
                    </th>
                    <td className={CELL}>{p.months.toFixed(1)}</td>
                    <td className={CELL}>{p.grade}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
      <RecordSupportiveCare patientId={patientId} today={today} />
    </section>
  );
}
