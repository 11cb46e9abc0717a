import type { ApiAlert } from "@/db/reads/alerts";
import { SeverityBadge } from "@/components/ui/badge";
import { agentName } from "@/components/patient/format";
import { formatDateTime } from "@/lib/dates";
import { alertKindLabel } from "./alert-words";

/** One alert as a heading, its message and when it was raised; `children` is what follows (a form, a decision). */
export function AlertItem({ alert, children }: { alert: ApiAlert; children?: React.ReactNode }) {
  const headingId = `alert-${alert.id}`;
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-slate-300 bg-white p-3">
      <h3 id={headingId} className="flex flex-wrap items-center gap-2 text-sm font-semibold">
        <SeverityBadge severity={alert.severity} />
        <span>
          {alertKindLabel(alert.kind)}: {agentName(alert.agent)}
        </span>
      </h3>
      <p className="mt-1 text-sm text-slate-800">{alert.message}</p>
      <p className="mt-1 text-xs text-slate-700">Raised {formatDateTime(alert.raisedAt)}</p>
      {children}
    </article>
  );
}
