import type { AuditRow } from "@/db/reads/audit-log";
import { formatDateTime } from "@/lib/dates";
import { actionInWords, fieldChanges } from "./audit-words";

// Long words (an id, a pasted string) wrap inside their column rather than widen it.
const CELL = "px-3 py-2 align-top break-words";
// Fixed column widths: two hundred rows arrive as one long stream of HTML, and with widths taken
// from the content every row that came later could widen a column and move the rows already on
// the screen (a layout shift of 0.084 seen by the accessibility walk). Narrow screens scroll.
const COLUMNS = [
  { name: "When", width: "w-52" },
  { name: "Who", width: "w-48" },
  { name: "Action", width: "" },
  { name: "Patient", width: "w-52" },
  { name: "Changes", width: "" },
];

/** Before and after as the named fields that changed; a new record as what it was created with. */
function Changes({ entry }: { entry: AuditRow }) {
  const changes = fieldChanges(entry);
  if (changes.length === 0) return <span className="text-slate-700">—</span>;
  const created = changes.every((c) => c.before === null);
  return (
    <details>
      <summary className="cursor-pointer text-brand-700">
        {created
          ? `Created with ${changes.length} field${changes.length === 1 ? "" : "s"}`
          : changes.map((c) => c.field).join(", ")}
      </summary>
      <table className="mt-1 text-xs">
        <thead>
          <tr>
            <th scope="col" className="pr-3 text-left">
              Field
            </th>
            {!created && (
              <th scope="col" className="pr-3 text-left">
                Before
              </th>
            )}
            <th scope="col" className="text-left">
              {created ? "Value" : "After"}
            </th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.field}>
              <th scope="row" className="pr-3 text-left font-normal">
                {c.field}
              </th>
              {!created && <td className="pr-3 line-through decoration-slate-500">{c.before}</td>}
              <td>{c.after ?? "removed"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

export function AuditTable({ entries }: { entries: AuditRow[] }) {
  if (entries.length === 0) return <p className="text-slate-700">No entries match.</p>;
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-300 bg-white">
      <table className="w-full min-w-[60rem] table-fixed text-left text-sm">
        <caption className="sr-only">Audit entries, newest first</caption>
        <colgroup>
          {COLUMNS.map((c) => (
            <col key={c.name} className={c.width} />
          ))}
        </colgroup>
        <thead className="bg-slate-100">
          <tr>
            {COLUMNS.map((c) => (
              <th key={c.name} scope="col" className={CELL}>
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} className="border-t border-slate-200">
              <td className={`${CELL} whitespace-nowrap`}>{formatDateTime(e.at)}</td>
              <td className={CELL}>
                {e.userName ?? "the system"}
                {e.username && <span className="block text-xs text-slate-700">{e.username}</span>}
              </td>
              <td className={CELL}>{actionInWords(e)}</td>
              <td className={CELL}>
                {e.patientName ? (
                  <>
                    {e.patientName}
                    <span className="block text-xs text-slate-700">MRN {e.mrn}</span>
                  </>
                ) : (
                  "—"
                )}
              </td>
              <td className={CELL}>
                <Changes entry={e} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
