import type { CycleDetail } from "@/db/cycle-detail";
import { agentName, formatDose } from "@/components/patient/format";
import { absoluteMg, bodySurfaceArea } from "@/lib/domain/dose";
import type { DoseUnit } from "@/lib/domain/codes";
import { formatDateTime } from "@/lib/dates";
import { roundDose } from "@/lib/domain/plans";

const CELL = "px-2 py-1 text-left align-top";

/** The body figures a dose is multiplied by: the patient's now, or those a recorded dose kept. */
interface Body {
  heightCm: number;
  weightKg: number;
  bsaM2: number;
}

/** "× 1.72 m² (BSA, Mosteller: 168 cm, 64 kg)": what a dose in its unit is multiplied by, and where it comes from. */
function basisOf(unit: string, body: Body): string {
  if (unit === "mg/m2")
    return `× ${roundDose(body.bsaM2)} m² (BSA, Mosteller: ${body.heightCm} cm, ${body.weightKg} kg)`;
  if (unit === "mg/kg") return `× ${body.weightKg} kg (weight)`;
  return "nothing: a flat dose";
}

const mgOf = (dose: number, unit: string, body: Body) => `${roundDose(absoluteMg(dose, unit as DoseUnit, body))} mg`;

/**
 * The pharmacist's check: each dose of this cycle in its unit, what it was multiplied by, the
 * absolute mg per administration, who recorded it and when; then the dose planned per agent with
 * the same arithmetic. A recorded dose keeps the height and weight it was judged with; the
 * planned dose uses the patient's current ones.
 */
export function DoseArithmetic({ detail }: { detail: CycleDetail }) {
  const { patient, cycle, course } = detail;
  const given = detail.doses.filter((d) => d.cycleId === cycle.id);
  const names = detail.people;
  const now: Body = { ...patient, bsaM2: bodySurfaceArea(patient.heightCm, patient.weightKg) };
  return (
    <section aria-labelledby="arithmetic" className="mt-6 rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="arithmetic" className="mb-2 text-xl font-semibold">
        Dose arithmetic
      </h2>
      <table className="w-full text-sm">
        <caption className="mb-1 text-left font-medium">
          Planned for cycle {cycle.number}, per agent of {course.name}
        </caption>
        <thead className="bg-slate-100">
          <tr>
            {["Agent", "Dose", "Multiplied by", "Per administration", "Administrations"].map((c) => (
              <th key={c} scope="col" className={CELL}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {course.agents.map((a) => (
            <tr key={a.agent} className="border-t border-slate-200">
              <th scope="row" className={`${CELL} font-medium`}>
                {agentName(a.agent)}
              </th>
              <td className={CELL}>{formatDose(a.dose, a.unit)}</td>
              <td className={CELL}>{basisOf(a.unit, now)}</td>
              <td className={CELL}>{mgOf(a.dose, a.unit, now)}</td>
              <td className={CELL}>{a.administrationsPerCycle}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="mt-4 w-full text-sm">
        <caption className="mb-1 text-left font-medium">Given in this cycle</caption>
        <thead className="bg-slate-100">
          <tr>
            {["Agent", "Dose", "Multiplied by", "Per administration", "Recorded by", "Status"].map((c) => (
              <th key={c} scope="col" className={CELL}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
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
                {d.status === "entered-in-error" ? `entered in error: ${d.errorReason}` : "given"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-xs text-slate-700">Body figures are the patient&apos;s current height and weight.</p>
    </section>
  );
}
