import type { worklist } from "@/db/worklist";
import { AlertBadge } from "./exam/raised-alerts";
import { DoseBar } from "./dose-bar";

type Row = Awaited<ReturnType<typeof worklist>>["patients"][number];

/** The latest grade and its direction since the exam before, in words with an arrow (never colour alone). */
function Trend({ row }: { row: Row }) {
  if (row.latestGrade === null) return <span className="text-slate-700">No exam yet</span>;
  const { latestGrade: latest, previousGrade: previous } = row;
  const [arrow, words] =
    previous === null
      ? ["", "first exam"]
      : latest > previous
        ? ["↑", `up from ${previous}`]
        : latest < previous
          ? ["↓", `down from ${previous}`]
          : ["→", "steady"];
  return (
    <span className={latest > (previous ?? latest) ? "font-semibold" : ""}>
      Grade {latest}{" "}
      <span aria-hidden="true" className="font-bold">
        {arrow}
      </span>{" "}
      <span className="text-slate-700">{words}</span>
    </span>
  );
}

const HEADERS = ["Patient", "Regimen", "Cumulative dose", "Neuropathy", "Alerts", "Exam"];

/**
 * Today's cycles, most urgent first, each with the way into its exam (and, for a nurse or an
 * oncologist before the exam, to a one-time code for the patient's own report). Plain links, not next/link:
 * a large day has hundreds of rows, and a client component per link (each prefetching in view)
 * costs more to render and to serve than the full page load it saves.
 */
export function WorklistTable({ rows, canInvite = false }: { rows: Row[]; canInvite?: boolean }) {
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
            {HEADERS.map((h) => (
              <th key={h} scope="col" className="px-3 py-2">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.cycleId} className="border-t border-slate-200 align-top">
              <th scope="row" className="px-3 py-2 text-left font-normal">
                <a href={`/patients/${row.patientId}`} className="font-medium text-brand-700 underline">
                  {row.name}
                </a>
                <div className="text-xs text-slate-600">MRN {row.mrn}</div>
              </th>
              <td className="px-3 py-2">
                {row.course}
                <div className="text-xs text-slate-600">
                  Cycle {row.cycleNumber} · {row.cycleStatus}
                </div>
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
              <td className="px-3 py-2">
                <Trend row={row} />
              </td>
              <td className="px-3 py-2">
                <ul aria-label={`Open alerts for ${row.name}`} className="flex flex-wrap gap-1">
                  {row.openAlerts.length === 0 ? (
                    <li className="text-slate-600">None open</li>
                  ) : (
                    row.openAlerts.map((a) => (
                      <li key={a.id}>
                        <AlertBadge alert={a} />
                      </li>
                    ))
                  )}
                </ul>
                {row.decisions.map((d) => (
                  <p key={d.alertId} className="mt-1 text-xs">
                    Decided: {d.decision} ({d.kind}, {d.agent}) by {d.decidedBy}
                  </p>
                ))}
              </td>
              <td className="px-3 py-2">
                <div className="flex flex-col items-start gap-1">
                  {row.assessed ? (
                    <span>
                      <span aria-hidden="true">✓ </span>Exam done
                    </span>
                  ) : (
                    <span className="font-medium text-amber-900">
                      <span aria-hidden="true">○ </span>Not yet assessed
                    </span>
                  )}
                  <a
                    href={`/cycles/${row.cycleId}`}
                    className={`rounded-md px-3 py-1.5 font-medium ${row.assessed ? "border border-slate-400 text-slate-900" : "bg-brand-700 text-white"}`}
                  >
                    {row.assessed ? "Open cycle" : "Record exam"}
                    <span className="sr-only"> for {row.name}</span>
                  </a>
                  {canInvite && !row.assessed && (
                    <a href={`/patients/${row.patientId}/self-report`} className="text-brand-700 underline">
                      Self-report code<span className="sr-only"> for {row.name}</span>
                    </a>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
