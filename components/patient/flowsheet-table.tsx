import { AppLink } from "@/components/ui/app-link";
import type { PatientReview } from "@/db/reads/patient-summary";
import { EXAM_COLUMNS, ExamCells } from "./exam-cells";
import { flowsheetRows, type FlowsheetRow } from "./flowsheet-rows";
import { agentName, formatDose } from "./format";
import { formatDay } from "@/lib/dates";

const CELL = "px-2 py-2 align-top";

function CycleHeader({ row }: { row: FlowsheetRow }) {
  if (!row.cycle) return <span className="font-medium">Follow-up</span>;
  return (
    <>
      <span className="font-medium">Cycle {row.cycle.number}</span>
      <span className="block text-xs text-slate-700">
        {row.cycle.courseName} · {formatDay(row.cycle.date)} · {row.cycle.status}
      </span>
    </>
  );
}

/** A row where nothing has happened yet: a cycle still ahead, with no exam and no dose. */
const isAhead = (row: FlowsheetRow, today: string) =>
  row.cycle !== null && row.cycle.date > today && row.exam === null && row.doses.length === 0;

function DoseCell({ row, today }: { row: FlowsheetRow; today: string }) {
  if (!row.firstOfCycle || row.doses.length === 0) {
    const shown = row.firstOfCycle && row.cycle && !isAhead(row, today) ? "none recorded" : "";
    return <td className={CELL}>{shown}</td>;
  }
  return (
    <td className={CELL}>
      {row.doses.map((d) => (
        <div key={d.id}>
          <span className={d.status === "entered-in-error" ? "text-slate-500 line-through" : ""}>
            {agentName(d.agent)} {formatDose(d.dose, d.unit)}
            {d.administrations > 1 ? ` × ${d.administrations}` : ""}
          </span>
          {d.status === "entered-in-error" && (
            <span className="block text-xs font-medium text-red-900">Entered in error: {d.errorReason}</span>
          )}
        </div>
      ))}
    </td>
  );
}

/** Cycle by cycle: every exam value, the grade, the dose given and the running cumulative dose. */
export function FlowsheetTable({ review, canRecord }: { review: PatientReview; canRecord: boolean }) {
  const rows = flowsheetRows(review);
  const units = new Map(review.agents.map((a) => [a.code, a.unit]));
  if (rows.length === 0) return <p className="text-slate-700">No cycle or exam recorded yet.</p>;
  return (
    // Relative: the hidden labels are placed absolutely, and escaped the scroll box, so the whole page
    // scrolled sideways at 1024 px.
    <div className="relative overflow-x-auto rounded-lg border border-slate-300 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Flowsheet: one row per exam, cycles in date order</caption>
        <thead className="bg-slate-100 text-slate-800">
          <tr>
            <th scope="col" className={CELL}>
              Cycle
            </th>
            {EXAM_COLUMNS.map((c) => (
              <th key={c} scope="col" className={CELL}>
                {c}
              </th>
            ))}
            <th scope="col" className={CELL}>
              Dose given
            </th>
            {/* Named so: the exam's cumulative (charts, CSV) counts only doses before it (docs/clinical-rules.md). */}
            <th scope="col" className={CELL}>
              Cumulative with this dose
            </th>
            <th scope="col" className={`${CELL} no-print`}>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={`border-t border-slate-200 ${row.firstOfCycle ? "" : "border-dashed"}`}>
              <th scope="row" className={`${CELL} font-normal`}>
                <CycleHeader row={row} />
              </th>
              <ExamCells exam={row.exam} />
              <DoseCell row={row} today={review.day} />
              <td className={CELL}>
                {row.firstOfCycle &&
                  !isAhead(row, review.day) &&
                  row.cumulative.map((c) => (
                    <div key={c.agent}>
                      {agentName(c.agent)} {formatDose(c.value, units.get(c.agent) ?? "")}
                    </div>
                  ))}
              </td>
              <td className={`${CELL} no-print`}>
                {row.cycle && row.firstOfCycle && row.cycle.status !== "cancelled" && (
                  <AppLink href={`/cycles/${row.cycle.id}`} className="whitespace-nowrap text-brand-700 underline">
                    {/* A pharmacist, who records no exam, opens the cycle for its doses. */}
                    {row.exam === null && canRecord ? "Record exam" : "Open cycle"}
                    <span className="sr-only">
                      {row.exam === null && canRecord ? " for cycle" : ""} {row.cycle.number}
                    </span>
                  </AppLink>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
