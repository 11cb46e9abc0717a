import type { worklist } from "@/db/reads/worklist";
import { WIDE_ONLY } from "./worklist/columns";
import { worklistRowData } from "./worklist/row-data";
import { ScheduleEditing } from "./worklist/schedule-editor";
import { WorklistRows } from "./worklist/worklist-rows";

type Row = Awaited<ReturnType<typeof worklist>>["patients"][number];

/**
 * A day's cycles in the worklist's order, one compact row each (a full unit's morning fits on
 * one screen), with the way into each cycle. `bedside` (a nurse or an oncologist) may set the
 * chair and time, and before the exam give the patient a one-time code for their own report.
 * Under "all sites" of a network, each row names its site's code (docs/sites.md). The rows are one
 * client component (worklist/worklist-rows.tsx) fed each row's words, written here.
 */
export function WorklistTable({
  rows,
  bedside,
  siteCodes,
}: {
  rows: Row[];
  bedside: boolean;
  /** Each site's code by id, when the list holds several sites' cycles: each row then says its site. */
  siteCodes?: Readonly<Record<string, string>>;
}) {
  const table = (
    <div className="relative overflow-x-auto rounded-lg border border-slate-300 bg-white">
      {/* Every cell's padding is set here once rather than on each of a large day's cells. */}
      <table className="w-full text-left text-sm [&_td]:px-2 [&_th]:px-2">
        <caption className="sr-only">Cycles due, most urgent first, then by appointment time</caption>
        <thead className="bg-slate-100 text-xs text-slate-800">
          <tr>
            <th scope="col" className="py-1">
              Time
            </th>
            <th scope="col" className="py-1">
              Patient
            </th>
            <th scope="col" className={`${WIDE_ONLY} py-1`}>
              Cumulative dose
            </th>
            <th scope="col" className="py-1">
              Neuropathy
            </th>
            <th scope="col" className="py-1">
              Alerts and decisions
            </th>
            <th scope="col" className="py-1">
              Exam
            </th>
          </tr>
        </thead>
        <WorklistRows rows={rows.map((row) => worklistRowData(row, siteCodes))} bedside={bedside} />
      </table>
    </div>
  );
  // One schedule dialog for the whole list, opened by each row's ScheduleButton.
  return bedside ? <ScheduleEditing>{table}</ScheduleEditing> : table;
}
