import type { CycleDetail } from "@/db/reads/cycle-detail";
import { ColumnHeads } from "@/components/ui/column-heads";
import { agentName, bodyOf, changeText, formatDose, percentOf, type Body } from "@/components/patient/format";
import { absoluteMg, byTimeGiven, countingDoses, cumulativeDose, cycleDose, plannedDose } from "@/lib/domain/dose";
import { termsFor } from "@/lib/domain/plans";
import type { DoseUnit } from "@/lib/domain/codes";
import { formatDateTime, formatDay, today } from "@/lib/dates";
import { roundDose } from "@/lib/domain/plans";
import { exceeds } from "@/lib/domain/tolerance";
import { PlannedChecks } from "./planned-checks";

const CELL = "px-2 py-1 text-left align-top";

/**
 * "× 1.7233 m² (BSA, Mosteller: 168 cm, 64 kg)": what a dose in its unit is multiplied by, and where
 * it comes from. The BSA to four places, as the mg are worked from it unrounded: at two places the
 * pharmacist's check by hand missed by up to a third of a mg (75 × 1.83 = 137.25, shown 136.96).
 */
function basisOf(unit: string, body: Body): string {
  if (unit === "mg/m2")
    return `× ${body.bsaM2.toFixed(4)} m² (BSA, Mosteller: ${body.heightCm} cm, ${body.weightKg} kg)`;
  if (unit === "mg/kg") return `× ${body.weightKg} kg (weight)`;
  return "nothing: a flat dose";
}

/**
 * The cycle the planned doses are for: this one while it is planned or on its day (a cycle with one
 * agent given of two is "given", and the pharmacist still checks the other), else the course's next
 * planned one.
 */
function plannedCycle(detail: CycleDetail) {
  if (detail.cycle.status === "planned" || detail.cycle.date === today()) return detail.cycle;
  const cycles = detail.record.courses.find((c) => c.id === detail.course.id)?.cycles ?? [];
  return cycles.find((c) => c.status === "planned" && c.date >= detail.cycle.date) ?? null;
}

const mgOf = (dose: number, unit: string, body: Body) => `${roundDose(absoluteMg(dose, unit as DoseUnit, body))} mg`;

/**
 * The pharmacist's check: each dose of this cycle in its unit, what it was multiplied by, the
 * absolute mg per administration, who recorded it and when; before them the dose planned per
 * agent for this cycle, or the course's next one once this is given, with the same arithmetic. A
 * recorded dose keeps the height and weight it was judged with; the planned dose uses the
 * patient's current ones.
 */
/** "given", or, for a dose above the course's prescription, that it was: the pharmacist's check. */
function givenStatus(d: CycleDetail["doses"][number], detail: CycleDetail): string {
  const prescribed = detail.course.agents.find((a) => a.agent === d.agent)?.dose;
  return prescribed !== undefined && exceeds(d.dose, prescribed)
    ? `given, ABOVE the prescribed ${formatDose(prescribed, d.unit)}`
    : "given";
}

export function DoseArithmetic({ detail }: { detail: CycleDetail }) {
  const { patient, cycle, course } = detail;
  const given = detail.doses.filter((d) => d.cycleId === cycle.id);
  const names = detail.people;
  const now = bodyOf(patient);
  const next = plannedCycle(detail);
  return (
    <section aria-labelledby="arithmetic" className="mt-6 rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="arithmetic" className="mb-2 text-xl font-semibold">
        Dose arithmetic
      </h2>
      {next === null ? (
        <p className="text-sm">No cycle of {course.name} is planned after this one.</p>
      ) : (
        <table className="w-full text-sm">
          <caption className="mb-1 text-left font-medium">
            Planned for {next.id === cycle.id ? "this cycle" : "the next cycle"}: cycle {next.number} of {course.name},{" "}
            {formatDay(next.date)}
          </caption>
          <ColumnHeads
            names={["Agent", "Dose", "Multiplied by", "Per administration", "Administrations"]}
            cellClass={CELL}
          />
          <tbody>
            {course.agents.map((a) => {
              const planned = plannedDose(a, now);
              return [
                <tr key={a.agent} className="border-t border-slate-200">
                  <th scope="row" className={`${CELL} font-medium`}>
                    {agentName(a.agent)}
                  </th>
                  {planned.dose === null ? (
                    <td colSpan={4} className={CELL}>
                      {planned.status === "held" ? "Held" : "Stopped"}: no dose planned (prescribed{" "}
                      {formatDose(a.dose, a.unit)})
                    </td>
                  ) : (
                    <>
                      <td className={CELL}>
                        {formatDose(planned.dose, a.unit)}
                        {changeText(planned)}
                      </td>
                      <td className={CELL}>{basisOf(a.unit, now)}</td>
                      <td className={CELL}>{mgOf(planned.dose, a.unit, now)}</td>
                      <td className={CELL}>{a.administrationsPerCycle}</td>
                    </>
                  )}
                </tr>,
                planned.dose !== null && (
                  <tr key={`${a.agent}-checks`}>
                    <td className={CELL}>
                      <span className="sr-only">{agentName(a.agent)}: checks</span>
                    </td>
                    <td colSpan={4} className={`${CELL} pb-2`}>
                      <PlannedChecks detail={detail} courseAgent={a} dose={planned.dose} body={now} planned={next} />
                    </td>
                  </tr>
                ),
              ];
            })}
          </tbody>
        </table>
      )}
      <table className="mt-4 w-full text-sm">
        <caption className="mb-1 text-left font-medium">Given in this cycle</caption>
        <ColumnHeads
          names={["Agent", "Dose", "Multiplied by", "Per administration", "Recorded by", "Status"]}
          cellClass={CELL}
        />
        <tbody>
          {given.length === 0 && (
            <tr>
              <td colSpan={6} className={CELL}>
                No dose recorded for this cycle yet.
              </td>
            </tr>
          )}
          {given.map((d) => (
            <tr key={d.id} className="border-t border-slate-200">
              <th scope="row" className={`${CELL} font-medium`}>
                {agentName(d.agent)}
              </th>
              <td className={CELL}>
                {formatDose(d.dose, d.unit)}
                {d.administrations > 1 ? ` × ${d.administrations}` : ""}
              </td>
              <td className={CELL}>{basisOf(d.unit, d)}</td>
              <td className={CELL}>{mgOf(d.dose, d.unit, d)}</td>
              <td className={CELL}>
                {names[d.recordedBy] ?? "unknown"}, {formatDateTime(d.recordedAt)}
              </td>
              <td className={CELL}>
                {d.status === "entered-in-error" ? `entered in error: ${d.errorReason}` : givenStatus(d, detail)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <DoseTotals detail={detail} />
      <BodyFigures detail={detail} now={now} />
    </section>
  );
}

/**
 * Per agent of the course: what this cycle's doses add up to (administrations counted, doses
 * entered in error not), and the patient's cumulative dose across every course against the limit
 * of the plan in force, as the alerts count them (docs/clinical-rules.md, "Dose arithmetic").
 */
function DoseTotals({ detail }: { detail: CycleDetail }) {
  const { record, cycle, course } = detail;
  return (
    <table className="mt-4 w-full text-sm">
      <caption className="mb-1 text-left font-medium">Totals</caption>
      <ColumnHeads names={["Agent", "This cycle", "Cumulative, every course", "Cumulative limit"]} cellClass={CELL} />
      <tbody>
        {course.agents.map(({ agent, unit }) => {
          const thisCycle = cycleDose(record.doses, cycle.id, agent);
          const cumulative = cumulativeDose(record.doses, agent);
          const limit = termsFor(agent, record.plansInForce).cumulativeLimit;
          return (
            <tr key={agent} className="border-t border-slate-200">
              <th scope="row" className={`${CELL} font-medium`}>
                {agentName(agent)}
              </th>
              <td className={CELL}>{formatDose(thisCycle, unit)}</td>
              <td className={CELL}>{formatDose(cumulative, unit)}</td>
              <td className={CELL}>
                {limit === null ? "none set" : `${formatDose(limit, unit)} (${percentOf(cumulative, limit)} reached)`}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * Whose body each figure uses: the planned doses the patient's height and weight now, each dose
 * given those it was recorded with. A weight changed since the last dose is said with the change,
 * as it moves every planned mg (the footnote said "current" under rows worked from both).
 */
function BodyFigures({ detail, now }: { detail: CycleDetail; now: Body }) {
  const last = countingDoses(detail.record.doses).sort(byTimeGiven).at(-1);
  const change = last && last.weightKg !== now.weightKg ? (now.weightKg - last.weightKg) / last.weightKg : null;
  return (
    <p className="mt-2 text-xs text-slate-700">
      The planned doses use the patient&apos;s height and weight now ({now.heightCm} cm, {now.weightKg} kg); each dose
      given keeps those it was recorded with.
      {last && change !== null && (
        <strong className="font-semibold text-slate-900">
          {" "}
          Weight {now.weightKg} kg now, {last.weightKg} kg at the last dose on {formatDay(last.givenOn)} (
          {change > 0 ? "+" : "−"}
          {Math.abs(Math.round(change * 1000) / 10)}%).
        </strong>
      )}
    </p>
  );
}
