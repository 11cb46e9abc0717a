import { AppLink } from "@/components/ui/app-link";
import type { PublicUser } from "@/db/reads/users";
import { AUDIT_ACTIONS } from "./audit-words";

interface Current {
  userId?: string;
  patient?: string;
  action?: string;
  from?: string;
  to?: string;
}

const INPUT = "rounded-md border border-slate-400 px-2 py-1.5";

/** The filters as a GET form, so a filtered view is a link; its CSV takes the same filters. */
export function AuditFilters({ users, current, invalid }: { users: PublicUser[]; current: Current; invalid: boolean }) {
  const query = new URLSearchParams(
    Object.entries(current).filter((pair): pair is [string, string] => typeof pair[1] === "string" && pair[1] !== ""),
  ).toString();
  return (
    <form
      className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-300 bg-white p-4"
      aria-label="Filter the audit trail"
    >
      <label className="flex flex-col text-sm font-medium">
        Patient (name or MRN)
        <input name="patient" defaultValue={current.patient ?? ""} className={INPUT} />
      </label>
      <label className="flex flex-col text-sm font-medium">
        User
        <select name="userId" defaultValue={current.userId ?? ""} className={INPUT}>
          <option value="">Anyone</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.displayName} ({u.username})
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-sm font-medium">
        Action
        <select name="action" defaultValue={current.action ?? ""} className={INPUT}>
          <option value="">Any action</option>
          {Object.entries(AUDIT_ACTIONS).map(([code, words]) => (
            <option key={code} value={code}>
              {words}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-sm font-medium">
        From
        <input type="date" name="from" defaultValue={current.from ?? ""} className={INPUT} />
      </label>
      <label className="flex flex-col text-sm font-medium">
        To
        <input type="date" name="to" defaultValue={current.to ?? ""} className={INPUT} />
      </label>
      <button className="rounded-md bg-brand-700 px-4 py-2 text-sm text-white">Filter</button>
      <AppLink href="/admin/audit" className="py-2 text-sm text-brand-700 underline">
        Clear filters
      </AppLink>
      <a
        href={`/api/audit.csv${query ? `?${query}` : ""}`}
        className="py-2 text-sm font-medium text-brand-700 underline"
      >
        Download this view as CSV
      </a>
      {invalid && (
        <p role="alert" className="w-full text-sm text-red-700">
          Some filters were not valid and were ignored.
        </p>
      )}
    </form>
  );
}
