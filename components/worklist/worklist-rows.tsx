"use client";
import { DoseBar } from "@/components/dose-bar";
import { AgentStateView } from "@/components/dose/agent-state-view";
import { SeverityBadge } from "@/components/ui/badge";
import { roundDose } from "@/lib/domain/round-dose";
import { doseStanding } from "@/lib/domain/tolerance";
import type { WorklistRowData } from "./row-data";
import { ScheduleButton, ScheduleText } from "./schedule-text";
import { WIDE_ONLY } from "./columns";

/** The latest grade and its direction since the exam before, in words with an arrow (never colour alone). */
function Trend({ trend }: { trend: WorklistRowData["trend"] }) {
  if (trend === null) return <span className="text-slate-700">No exam yet</span>;
  return (
    <span className={trend.worse ? "font-semibold" : undefined}>
      {`Grade ${trend.grade} `}
      <span aria-hidden="true" className="font-bold">
        {trend.arrow}
      </span>{" "}
      <span className="text-xs text-slate-700">{trend.words}</span>
    </span>
  );
}

/**
 * An agent near, at or over its cumulative limit, in words, below 1280 px where the column of dose
 * bars is left out (columns.ts): once the limit's alert is decided, a tablet's row said nothing of a
 * patient at 750 of 850 mg/m2. Hidden where the bar shows it, so it is not read out twice.
 */
function LimitStanding({ dose }: { dose: WorklistRowData["doses"][number] }) {
  if (dose.limit === null) return null;
  const state = doseStanding(dose.cumulative, dose.limit, dose.warnAt);
  if (state === "below") return null;
  return (
    <p className="text-xs font-semibold xl:hidden">
      {`${dose.name} ${roundDose(dose.cumulative)} / ${dose.limit} ${dose.unit}: ${state}`}
    </p>
  );
}

/** " · SITE · course": where the cycle is given (the site under "all sites" only) and its course. */
function where(row: WorklistRowData): string {
  return `${row.site ? ` · ${row.site}` : ""} · ${row.course}`;
}

/** The row's second line whole, as it reads: "MRN … · C5 no dose given · SITE · course". */
function detail(row: WorklistRowData): string {
  return `${row.mrnAndCycle}${row.status ? ` ${row.status}` : ""}${where(row)}`;
}

/**
 * The most urgent open alert on the row; the others fold under "+N more", opened by a click or a
 * key (a bare "+2" told the eye there was more and nothing else).
 */
function OpenAlerts({ row }: { row: WorklistRowData }) {
  const [first, ...others] = row.alerts;
  if (!first) return <p className="text-slate-700">None open</p>;
  return (
    <div aria-label={`Open alerts for ${row.name}`} role="group" className="flex items-center gap-1">
      <SeverityBadge severity={first.severity}>{first.text}</SeverityBadge>
      {others.length > 0 && (
        <details className="text-xs">
          <summary className="inline-flex min-h-11 min-w-11 cursor-pointer items-center px-1 text-slate-800 underline">
            {`+${others.length} more`}
          </summary>
          <ul className="flex flex-col items-start gap-1">
            {/* The list is the server's, whole on every render: its order is the key. */}
            {others.map((a, i) => (
              <li key={i}>
                <SeverityBadge severity={a.severity}>{a.text}</SeverityBadge>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/**
 * The worklist's rows from their data (row-data.ts), under the table's head that the server
 * renders (worklist-table.tsx): one client component for the whole list, so the page carries the
 * rows once as a compact array and the server renders their HTML once from it, rather than a tree of
 * server components per row rendered into the page's payload and again into HTML (docs/benchmarks.md,
 * "Worklist and assessment save"). Each row's ScheduleButton opens the list's one schedule dialog
 * (ScheduleEditing, around the table). Plain links, not next/link: a large day has hundreds of rows,
 * and a link that prefetches in view costs more to render and to serve than the page load it saves.
 */
export function WorklistRows({ rows, bedside }: { rows: WorklistRowData[]; bedside: boolean }) {
  return (
    <tbody>
      {rows.map((row, i) => (
        <tr key={row.cycleId} className="border-t border-slate-200">
          <td className="whitespace-nowrap">
            {bedside ? (
              <ScheduleButton
                schedule={{
                  cycleId: row.cycleId,
                  version: row.version,
                  chair: row.chair,
                  appointmentTime: row.appointmentTime,
                }}
                patientName={row.name}
              />
            ) : (
              <div className="flex flex-col px-1">
                <ScheduleText schedule={row} />
              </div>
            )}
          </td>
          <th scope="row" className="text-left font-normal">
            {/* The whole cell is the link (44 px tall, for a finger); its name is the patient's. */}
            <a
              href={`/patients/${row.patientId}`}
              aria-labelledby={`cycle-${i}-name`}
              aria-describedby={`cycle-${i}-detail`}
              className="flex min-h-11 flex-col justify-center rounded-md hover:bg-brand-50"
            >
              <span
                id={`cycle-${i}-name`}
                className="max-w-40 truncate lg:max-w-52 font-medium text-brand-700 underline"
              >
                {row.name}
              </span>
              <span
                id={`cycle-${i}-detail`}
                className="max-w-40 truncate lg:max-w-52 text-xs text-slate-700"
                title={detail(row)}
              >
                {/* One text node where it can be: React marks each boundary between two. The line is cut
                    short on most screens, the status with it, so the title holds all of it, in the same
                    words, on the same element: no element more per row (docs/benchmarks.md, "Worklist and
                    assessment save"). */}
                {row.status ? (
                  <>
                    {row.mrnAndCycle}
                    <strong className="text-slate-900">{` ${row.status}`}</strong>
                    {where(row)}
                  </>
                ) : (
                  detail(row)
                )}
              </span>
            </a>
          </th>
          {/* Each agent's bar, straight in the cell. */}
          <td className={`${WIDE_ONLY} [&>*+*]:mt-0.5`}>
            {row.doses.map((a) => (
              <DoseBar
                key={a.name}
                label={a.name}
                cumulative={a.cumulative}
                limit={a.limit}
                warnAt={a.warnAt}
                unit={a.unit}
                compact
              />
            ))}
          </td>
          <td className="lg:whitespace-nowrap">
            <Trend trend={row.trend} />
          </td>
          {/* An agent held, stopped or reduced, at every width: the column of dose bars is left out below 1280 px. */}
          <td className="[&>*+*]:mt-0.5">
            {row.doses.map((a) => a.state && <AgentStateView key={a.name} name={a.name} words={a.state} nameShown />)}
            {row.doses.map((a) => (
              <LimitStanding key={a.name} dose={a} />
            ))}
            <OpenAlerts row={row} />
            {row.decisions.map((d, i) => (
              <p key={i} className="text-xs">
                {d}
              </p>
            ))}
          </td>
          <td>
            <div className="flex flex-wrap items-center gap-1 lg:flex-nowrap">
              {/* The exam's state in words for a screen reader; the link says it to the eye. */}
              {row.assessed ? (
                <span className="w-4 text-center">
                  <span aria-hidden="true">✓</span>
                  <span className="sr-only">Exam done.</span>
                </span>
              ) : (
                <span className="sr-only">Not yet assessed.</span>
              )}
              <a
                href={`/cycles/${row.cycleId}`}
                className={`inline-flex min-h-11 items-center whitespace-nowrap rounded-md px-3 font-medium ${row.assessed ? "border border-slate-400 text-slate-900" : "ml-5 bg-brand-700 text-white"}`}
              >
                {/* Only who records exams is asked to record one; a pharmacist opens the cycle to check its doses. */}
                {row.assessed || !bedside ? "Open cycle" : "Record exam"}
                <span className="sr-only">{` for ${row.name}`}</span>
              </a>
              {bedside && !row.assessed && (
                <a
                  href={`/patients/${row.patientId}/self-report`}
                  className="inline-flex min-h-11 items-center whitespace-nowrap rounded-md px-2 text-brand-700 underline"
                >
                  Self-report<span className="sr-only">{` code for ${row.name}`}</span>
                </a>
              )}
            </div>
          </td>
        </tr>
      ))}
    </tbody>
  );
}
