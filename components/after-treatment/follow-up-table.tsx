import { AppLink } from "@/components/ui/app-link";
import type { ApiFollowUp } from "@/db/reads/after-treatment";
import { getAgent } from "@/lib/domain/agents";
import { formatDay } from "@/lib/dates";
import { ColumnHeads } from "@/components/ui/column-heads";

const CELL = "px-3 py-2 text-left align-top";

/** Follow-up exams as a table: when, who, which agent and why, the latest grade, and the coasting note. */
export function FollowUpTable({ followUps, caption }: { followUps: ApiFollowUp[]; caption: string }) {
  return (
    <div className="relative overflow-x-auto rounded-md border border-slate-300 bg-white">
      <table className="min-w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <ColumnHeads names={["Due", "Patient", "Agent", "Why", "Latest grade", "Last dose"]} cellClass={CELL} />
        <tbody>
          {followUps.map((f) => (
            <tr key={`${f.patientId}-${f.agent}-${f.dueOn}`} className="border-t border-slate-200">
              <td className={CELL}>{formatDay(f.dueOn)}</td>
              <th scope="row" className={`${CELL} font-normal`}>
                <AppLink
                  href={`/patients/${f.patientId}`}
                  className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
                >
                  {f.name}
                </AppLink>
                <span className="block text-xs text-slate-700">MRN {f.mrn}</span>
              </th>
              <td className={CELL}>{getAgent(f.agent).name}</td>
              <td className={CELL}>
                {f.reason}
                {f.note && (
                  <p className="mt-1 text-xs text-slate-800">
                    <strong>Coasting:</strong> {f.note}
                  </p>
                )}
              </td>
              <td className={CELL}>{f.lastGrade === null ? "no exam" : `Grade ${f.lastGrade}`}</td>
              <td className={CELL}>{formatDay(f.lastDoseOn)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
