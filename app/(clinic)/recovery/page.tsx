import type { Metadata } from "next";
import { clinicRecovery } from "@/db/reads/after-treatment";
import { StillAboveGradeOneChart } from "@/components/after-treatment/recovery-charts";
import { PageHeader } from "@/components/page-header";
import { requirePageUser } from "@/lib/auth/page";
import { getAgent } from "@/lib/domain/agents";
import { ColumnHeads } from "@/components/ui/column-heads";

export const metadata: Metadata = { title: "Recovery after treatment" };

const CELL = "px-3 py-2 text-right";
const months = (m: number) => m.toFixed(1);
const percent = (s: number) => `${Math.round(s * 100)}%`;

/** For the clinic, per agent: time from the last dose to grade 1 or less (Kaplan-Meier). */
export default async function RecoveryPage() {
  await requirePageUser("/recovery");
  const agents = await clinicRecovery();
  return (
    <>
      <PageHeader
        title="Recovery after treatment"
        subtitle="Per agent, patients whose neuropathy reached grade 2 or more at the last cycle or after it: the time from the last dose to the first exam at grade 1 or less (Kaplan-Meier), each patient not yet recovered counted until the last exam (censored)."
      />
      {agents.length === 0 && <p className="text-sm text-slate-700">No finished course with a follow-up exam yet.</p>}
      {agents.map((a) => {
        const name = getAgent(a.agent).name;
        const points = [
          { months: 0, percent: 100 },
          ...a.steps.map((s) => ({ months: s.time, percent: s.survival * 100 })),
        ];
        return (
          <section key={a.agent} aria-labelledby={`recovery-${a.agent}`} className="mb-10">
            <h2 id={`recovery-${a.agent}`} className="mb-1 text-lg font-semibold">
              {name}
            </h2>
            <p className="mb-3 text-sm text-slate-800">
              {a.patients} {a.patients === 1 ? "patient" : "patients"}, {a.recovered} back to grade 1 or less.{" "}
              {a.medianMonths === null
                ? "Fewer than half have recovered so far: no median yet."
                : `Median time to grade 1 or less: ${months(a.medianMonths)} months.`}
            </p>
            <figure aria-labelledby={`recovery-${a.agent}-caption`} className="mb-3">
              <figcaption id={`recovery-${a.agent}-caption`} className="text-sm font-medium">
                {name}: share still above grade 1, by months since the last dose
              </figcaption>
              <StillAboveGradeOneChart title={`${name}: share still above grade 1`} points={points} />
            </figure>
            <div className="grid gap-4 lg:grid-cols-2">
              <table className="self-start text-sm">
                <caption className="mb-1 text-left font-medium">{name}: the estimate at each time</caption>
                <ColumnHeads
                  names={["Months", "At risk", "Recovered", "Censored", "Still above grade 1"]}
                  cellClass={CELL}
                />
                <tbody>
                  {a.steps.map((s) => (
                    <tr key={s.time} className="border-t border-slate-200">
                      <th scope="row" className={`${CELL} font-normal`}>
                        {months(s.time)}
                      </th>
                      <td className={CELL}>{s.atRisk}</td>
                      <td className={CELL}>{s.events}</td>
                      <td className={CELL}>{s.censored}</td>
                      <td className={CELL}>{percent(s.survival)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <table className="self-start text-sm">
                <caption className="mb-1 text-left font-medium">{name}: number at risk</caption>
                <ColumnHeads names={["Months since the last dose", "At risk"]} cellClass={CELL} />
                <tbody>
                  {a.atRisk.map((r) => (
                    <tr key={r.months} className="border-t border-slate-200">
                      <th scope="row" className={`${CELL} font-normal`}>
                        {r.months}
                      </th>
                      <td className={CELL}>{r.atRisk}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </>
  );
}
