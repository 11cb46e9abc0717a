import type { PublicUser } from "@/db/users";

interface Current {
  userId?: string;
  patientId?: string;
  from?: string;
  to?: string;
}

export function AuditFilters({ users, current, invalid }: { users: PublicUser[]; current: Current; invalid: boolean }) {
  return (
    <form
      className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-300 bg-white p-4"
      aria-label="Filter the audit trail"
    >
      <label className="flex flex-col text-sm font-medium">
        User
        <select
          name="userId"
          defaultValue={current.userId ?? ""}
          className="rounded-md border border-slate-400 px-2 py-1.5"
        >
          <option value="">Anyone</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.username}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-sm font-medium">
        Patient id
        <input
          name="patientId"
          defaultValue={current.patientId ?? ""}
          className="rounded-md border border-slate-400 px-2 py-1.5"
        />
      </label>
      <label className="flex flex-col text-sm font-medium">
        From
        <input
          type="date"
          name="from"
          defaultValue={current.from ?? ""}
          className="rounded-md border border-slate-400 px-2 py-1.5"
        />
      </label>
      <label className="flex flex-col text-sm font-medium">
        To
        <input
          type="date"
          name="to"
          defaultValue={current.to ?? ""}
          className="rounded-md border border-slate-400 px-2 py-1.5"
        />
      </label>
      <button className="rounded-md bg-brand-700 px-4 py-2 text-sm text-white">Filter</button>
      {invalid && (
        <p role="alert" className="text-sm text-red-700">
          Some filters were not valid and were ignored.
        </p>
      )}
    </form>
  );
}
