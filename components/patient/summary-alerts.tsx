import type { PatientReview } from "@/db/patient-summary";
import { alertKindLabel, byUrgency, DECISION_LABEL } from "@/components/alerts/alert-words";
import type { Decision } from "@/lib/domain/codes";
import { agentName, clip } from "./format";
import { formatDateTime } from "@/lib/dates";

/** What the one printed page has room for; the patient page lists everything. */
const PRINTED_DECISIONS = 5;
const PRINTED_ALERTS = 8;
/** Characters of a decision's reason (up to 10,000 are allowed) that the print view shows. */
const PRINTED_REASON = 200;

/** Open alerts and the latest decisions, as compact text for the printed summary. */
export function SummaryAlerts({ alerts }: { alerts: PatientReview["alerts"] }) {
  const open = alerts.filter((a) => a.status === "open").sort(byUrgency);
  const decided = alerts
    .filter((a) => a.acknowledgement !== null)
    .sort((a, b) => b.acknowledgement!.decidedAt.localeCompare(a.acknowledgement!.decidedAt))
    .slice(0, PRINTED_DECISIONS);
  return (
    <div className="grid gap-3 text-xs sm:grid-cols-2 print:grid-cols-2">
      <div>
        <h3 className="font-semibold">Open alerts ({open.length})</h3>
        {open.length === 0 ? (
          <p>None.</p>
        ) : (
          <ul className="list-inside list-disc">
            {open.slice(0, PRINTED_ALERTS).map((a) => (
              <li key={a.id}>
                <strong>
                  {a.severity}, {alertKindLabel(a.kind)} ({agentName(a.agent)}):
                </strong>{" "}
                {a.message}
              </li>
            ))}
            {open.length > PRINTED_ALERTS && <li>and {open.length - PRINTED_ALERTS} more on the patient page.</li>}
          </ul>
        )}
      </div>
      <div>
        <h3 className="font-semibold">Latest decisions</h3>
        {decided.length === 0 ? (
          <p>None.</p>
        ) : (
          <ul className="list-inside list-disc">
            {decided.map((a) => (
              <li key={a.id}>
                <strong>{DECISION_LABEL[a.acknowledgement!.decision as Decision]}</strong> on{" "}
                {alertKindLabel(a.kind).toLowerCase()} ({agentName(a.agent)}), by{" "}
                {a.acknowledgement!.decidedBy.displayName} {formatDateTime(a.acknowledgement!.decidedAt)}:{" "}
                {clip(a.acknowledgement!.reason, PRINTED_REASON)}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
