import { AppLink } from "@/components/ui/app-link";
import { Select } from "@/components/ui/field";
import { agentName } from "@/components/patient/format";
import { AGENT_CODES } from "@/lib/domain/agents";
import { ALERT_KINDS, SEVERITIES, type AlertKind, type Severity } from "@/lib/domain/codes";
import { ALERT_AGES, type AlertAge } from "./alert-groups";
import { ALERT_KIND_LABEL } from "./alert-words";

interface Filter {
  severity?: Severity;
  kind?: AlertKind;
  agent?: string;
  age?: AlertAge;
  /** The site shown (a code, or `all`), kept when the filters change (docs/sites.md). */
  site?: string;
}

/** A plain GET form: the filters live in the address, so a filtered list can be shared and reloaded. */
export function AlertFilters({ severity, kind, agent, age, site }: Filter) {
  return (
    <form className="mb-4 flex flex-wrap items-end gap-3" aria-label="Filter alerts">
      {site && <input type="hidden" name="site" value={site} />}
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
      <label className="flex flex-col gap-1 text-sm font-medium">
        Agent
        <Select name="agent" defaultValue={agent ?? ""}>
          <option value="">All agents</option>
          {AGENT_CODES.map((a) => (
            <option key={a} value={a}>
              {agentName(a)}
            </option>
          ))}
        </Select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        Age
        <Select name="age" defaultValue={age ?? ""}>
          <option value="">Raised any time</option>
          {Object.entries(ALERT_AGES).map(([value, words]) => (
            <option key={value} value={value}>
              {words}
            </option>
          ))}
        </Select>
      </label>
      <button className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white">Filter</button>
      {(severity || kind || agent || age) && (
        <AppLink href="/alerts" className="py-2 text-sm text-brand-700 underline">
          Clear filters
        </AppLink>
      )}
    </form>
  );
}
