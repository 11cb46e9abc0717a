import Link from "next/link";
import type { worklist } from "@/db/worklist";
import { SeverityBadge } from "./ui/badge";
import { DoseBar } from "./dose-bar";

type Row = Awaited<ReturnType<typeof worklist>>["patients"][number];

function trend(row: Row): string {
  if (row.latestGrade === null) return "no exam yet";
  if (row.previousGrade === null || row.previousGrade === row.latestGrade) return `grade ${row.latestGrade}, steady`;
  return row.latestGrade > row.previousGrade
    ? `grade ${row.latestGrade}, up from ${row.previousGrade}`
    : `grade ${row.latestGrade}, down from ${row.previousGrade}`;
}

export function WorklistTable({ rows }: { rows: Row[] }) {
  if (rows.length === 0)
    return (
      <p className="rounded-lg border border-slate-300 bg-white p-6 text-slate-700">
        No cycles are planned for this day.
      </p>
    );
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Cycles due, most urgent first</caption>
        <thead className="bg-slate-100 text-slate-800">
          <tr>
            <th scope="col" className="px-3 py-2">
              Patient
            </th>
            <th scope="col" className="px-3 py-2">
              Regimen
            </th>
            <th scope="col" className="px-3 py-2">
              Cumulative dose
            </th>
            <th scope="col" className="px-3 py-2">
              Neuropathy
            </th>
            <th scope="col" className="px-3 py-2">
              Alerts
            </th>
            <th scope="col" className="px-3 py-2">
              Exam
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.cycleId} className="border-t border-slate-200 align-top">
              <td className="px-3 py-2">
                <Link href={`/patients/${row.patientId}`} className="font-medium text-brand-700 underline">
                  {row.name}
                </Link>
                <div className="text-xs text-slate-600">MRN {row.mrn}</div>
              </td>
              <td className="px-3 py-2">
                {row.course}
                <div className="text-xs text-slate-600">Cycle {row.cycleNumber}</div>
              </td>
              <td className="min-w-56 px-3 py-2">
                <div className="flex flex-col gap-2">
                  {row.agents.map((a) => (
                    <DoseBar
                      key={a.agent}
                      label={a.name}
                      cumulative={a.cumulative}
                      limit={a.limit}
                      warnAt={a.warnAt}
                      unit={a.unit}
                    />
                  ))}
                </div>
              </td>
              <td className="px-3 py-2">{trend(row)}</td>
              <td className="px-3 py-2">
                <div className="flex flex-wrap gap-1">
                  {row.openAlerts.length === 0 ? (
                    <span className="text-slate-600">none open</span>
                  ) : (
                    row.openAlerts.map((a) => (
                      <SeverityBadge key={a.id} severity={a.severity}>
                        {a.kind}
                      </SeverityBadge>
                    ))
                  )}
                </div>
              </td>
              <td className="px-3 py-2">
                {row.assessed ? "Done" : <span className="font-medium text-amber-900">Not yet</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
