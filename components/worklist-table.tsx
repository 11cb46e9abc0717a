import type { worklist } from "@/db/reads/worklist";
import { byUrgency } from "./alerts/alert-words";
import { AlertBadge } from "./exam/raised-alerts";
import { agentNames } from "./patient/format";
import { DoseBar } from "./dose-bar";
import { AgentState } from "./dose/agent-state";
import { ScheduleEditing } from "./worklist/schedule-editor";
import { ScheduleButton, ScheduleText } from "./worklist/schedule-text";

const NAMES = agentNames();

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
    <span className={latest > (previous ?? latest) ? "font-semibold" : undefined}>
      {`Grade ${latest} `}
      <span aria-hidden="true" className="font-bold">
        {arrow}
      </span>{" "}
      <span className="text-xs text-slate-700">{words}</span>
    </span>
  );
}

/** The most urgent open alert on the row; the others are counted, and read out in full. */
function OpenAlerts({ row }: { row: Row }) {
  const sorted = [...row.openAlerts].sort(byUrgency);
  return (
    <ul aria-label={`Open alerts for ${row.name}`} className="flex items-center gap-1">
      {sorted.length === 0 ? (
        <li className="text-slate-700">None open</li>
      ) : (
        sorted.map((a, i) => (
          <li key={a.id} className={i === 0 ? undefined : "sr-only"}>
            <AlertBadge alert={a} names={NAMES} />
          </li>
        ))
      )}
      {sorted.length > 1 && (
        <li aria-hidden="true" className="whitespace-nowrap text-xs text-slate-800">
          {`+${sorted.length - 1}`}
        </li>
      )}
    </ul>
  );
}

/**
 * What a screen below 1280 px leaves out: the dose bars (they are on the patient page, one tap
 * away, and a dose near its limit raises an alert shown here).
 */
const WIDE_ONLY = "hidden xl:table-cell";

/**
 * A day's cycles in the worklist's order, one compact row each (a full unit's morning fits on
 * one screen), with the way into each cycle. `bedside` (a nurse or an oncologist) may set the
 * chair and time, and before the exam give the patient a one-time code for their own report.
 * Under "all sites" of a network, each row names its site's code (docs/sites.md).
 * Plain links, not next/link: a large day has
 * hundreds of rows, and a client component per link (each prefetching in view) costs more to
 * render and to serve than the full page load it saves.
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
    <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
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
        <tbody>
          {rows.map((row) => (
            <tr key={row.cycleId} className="border-t border-slate-200">
              <td className="whitespace-nowrap">
                {bedside ? (
                  <ScheduleButton
                    schedule={{
                      cycleId: row.cycleId,
                      version: row.cycleVersion,
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
                  aria-labelledby={`name-${row.cycleId}`}
                  aria-describedby={`detail-${row.cycleId}`}
                  className="flex min-h-11 flex-col justify-center rounded-md hover:bg-brand-50"
                >
                  <span
                    id={`name-${row.cycleId}`}
                    className="max-w-40 truncate lg:max-w-52 font-medium text-brand-700 underline"
                  >
                    {row.name}
                  </span>
                  <span
                    id={`detail-${row.cycleId}`}
                    className="max-w-40 truncate lg:max-w-52 text-xs text-slate-700"
                    title={row.course}
                  >
                    {`MRN ${row.mrn} · C${row.cycleNumber}`}
                    {row.cycleStatus !== "planned" && (
                      <strong className="text-slate-900">{` ${row.cycleStatus}`}</strong>
                    )}
                    {siteCodes && ` · ${siteCodes[row.siteId]}`}
                    {` · ${row.course}`}
                  </span>
                </a>
              </th>
              <td className={WIDE_ONLY}>
                <div className="flex flex-col gap-0.5">
                  {row.agents.map((a) => (
                    <div key={a.agent}>
                      <DoseBar
                        label={a.name}
                        cumulative={a.cumulative}
                        limit={a.limit}
                        warnAt={a.warnAt}
                        unit={a.unit}
                        compact
                      />
                      {(a.status !== "active" || a.change?.decision === "reduce") && (
                        <AgentState name={a.name} status={a.status} change={a.change} unit={a.unit} />
                      )}
                    </div>
                  ))}
                </div>
              </td>
              <td className="lg:whitespace-nowrap">
                <Trend row={row} />
              </td>
              <td>
                <OpenAlerts row={row} />
                {row.decisions.map((d) => (
                  <p key={d.alertId} className="text-xs">
                    {`Decided: ${d.decision} (${d.kind}, ${d.agent}) by ${d.decidedBy}`}
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
                    {row.assessed ? "Open cycle" : "Record exam"}
                    <span className="sr-only"> for {row.name}</span>
                  </a>
                  {bedside && !row.assessed && (
                    <a
                      href={`/patients/${row.patientId}/self-report`}
                      className="inline-flex min-h-11 items-center whitespace-nowrap rounded-md px-2 text-brand-700 underline"
                    >
                      Self-report<span className="sr-only"> code for {row.name}</span>
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
  // One schedule dialog for the whole list, opened by each row's ScheduleButton.
  return bedside ? <ScheduleEditing>{table}</ScheduleEditing> : table;
}
