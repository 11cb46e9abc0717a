import Link from "next/link";
import type { AlertWithPatient } from "@/db/patient-summary";
import { SeverityBadge } from "@/components/ui/badge";
import { agentName } from "@/components/patient/format";
import { SEVERITIES } from "@/lib/domain/codes";
import { alertKindLabel, byUrgency } from "./alert-words";
import { formatDateTime } from "@/lib/dates";

const CELL = "px-3 py-2 align-top";

/** A ward's whole list is hundreds of rows: the most urgent ones fit a page, filters reach the rest. */
const ROWS_SHOWN = 200;

function countsInWords(alerts: AlertWithPatient[]): string {
  const counts = SEVERITIES.map((s) => [s, alerts.filter((a) => a.severity === s).length] as const).filter(
    ([, n]) => n,
  );
  return counts.map(([s, n]) => `${n} ${s}`).join(", ");
}

export function OpenAlertsTable({ alerts }: { alerts: AlertWithPatient[] }) {
  if (alerts.length === 0)
    return <p className="rounded-lg border border-slate-300 bg-white p-6">No open alert matches.</p>;
  const shown = [...alerts].sort(byUrgency).slice(0, ROWS_SHOWN);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="px-3 py-2 text-left font-medium">
          {alerts.length} open: {countsInWords(alerts)}
          {alerts.length > shown.length && (
            <span className="block text-sm font-normal">
              Showing the {shown.length} most urgent. Filter by severity or kind to see the others.
            </span>
          )}
        </caption>
        <thead className="bg-slate-100">
          <tr>
            {["Severity and kind", "Patient", "Agent", "What happened", "Raised"].map((c) => (
              <th key={c} scope="col" className={CELL}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((a) => (
            <tr key={a.id} className="border-t border-slate-200">
              <td className={CELL}>
                <SeverityBadge severity={a.severity}>{a.kind}</SeverityBadge>
                <div className="mt-1 text-xs">{alertKindLabel(a.kind)}</div>
              </td>
              <th scope="row" className={`${CELL} font-normal`}>
                <Link href={`/patients/${a.patientId}#open-alerts`} className="font-medium text-brand-700 underline">
                  {a.patient.name}
                </Link>
                <div className="text-xs text-slate-600">MRN {a.patient.mrn}</div>
              </th>
              <td className={CELL}>{agentName(a.agent)}</td>
              <td className={CELL}>{a.message}</td>
              <td className={`${CELL} whitespace-nowrap`}>{formatDateTime(a.raisedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
