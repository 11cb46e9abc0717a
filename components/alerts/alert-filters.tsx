import Link from "next/link";
import { Select } from "@/components/ui/field";
import { ALERT_KINDS, SEVERITIES, type AlertKind, type Severity } from "@/lib/domain/codes";
import { ALERT_KIND_LABEL } from "./alert-words";

/** A plain GET form: the filters live in the address, so a filtered list can be shared and reloaded. */
export function AlertFilters({ severity, kind }: { severity?: Severity; kind?: AlertKind }) {
  return (
    <form className="mb-4 flex flex-wrap items-end gap-3" aria-label="Filter alerts">
      <label className="flex flex-col gap-1 text-sm font-medium">
        Severity
        <Select name="severity" defaultValue={severity ?? ""}>
          <option value="">All severities</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        Kind
        <Select name="kind" defaultValue={kind ?? ""}>
          <option value="">All kinds</option>
          {ALERT_KINDS.map((k) => (
            <option key={k} value={k}>
              {ALERT_KIND_LABEL[k]}
            </option>
          ))}
        </Select>
      </label>
      <button className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white">Filter</button>
      {(severity || kind) && (
        <Link href="/alerts" className="py-2 text-sm text-brand-700 underline">
          Clear filters
        </Link>
      )}
    </form>
  );
}
