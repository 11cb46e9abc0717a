import type { listAudit } from "@/db/audit-log";
import { formatDateTime } from "@/lib/dates";

type Entry = Awaited<ReturnType<typeof listAudit>>[number];

export function AuditTable({ entries }: { entries: Entry[] }) {
  if (entries.length === 0) return <p className="text-slate-700">No entries match.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Audit entries, newest first</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">
              When
            </th>
            <th scope="col" className="px-3 py-2">
              Who
            </th>
            <th scope="col" className="px-3 py-2">
              Action
            </th>
            <th scope="col" className="px-3 py-2">
              Record
            </th>
            <th scope="col" className="px-3 py-2">
              Before and after
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} className="border-t border-slate-200 align-top">
              <td className="whitespace-nowrap px-3 py-2">{formatDateTime(e.at)}</td>
              <td className="px-3 py-2">{e.username ?? "system"}</td>
              <td className="px-3 py-2 font-mono">{e.action}</td>
              <td className="px-3 py-2 font-mono text-xs">
                {e.entity} {e.entityId}
                {e.patientId && <div>patient {e.patientId}</div>}
              </td>
              <td className="px-3 py-2">
                <details>
                  <summary className="cursor-pointer text-brand-700">Show</summary>
                  <pre className="max-w-xl overflow-x-auto whitespace-pre-wrap text-xs">
                    {JSON.stringify({ before: e.before, after: e.after }, null, 2)}
                  </pre>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
