import type { PatientReview } from "@/db/reads/patient-summary";
import { alertKindLabel, byUrgency } from "@/components/alerts/alert-words";
import { DECISION_LABEL } from "@/components/alerts/decision-words";
import { agentName, clip } from "./format";
import { formatDateTime } from "@/lib/dates";

/** What the one printed page has room for; the patient page lists everything. */
const PRINTED_DECISIONS = 5;
const PRINTED_ALERTS = 8;
/** Characters of an alert's message the print view shows (a worsening message lists every finding). */
const PRINTED_MESSAGE = 220;
/** Characters of a decision's reason (up to 10,000 are allowed) that the print view shows. */
const PRINTED_REASON = 200;

type Alert = PatientReview["alerts"][number];

/**
 * Open alerts of one kind and agent as one line, the newest message for them all: five cycles'
 * "grade meets a reduce rule" are one question for the team, and one printed page has no room
 * for five.
 */
function byKindAndAgent(open: Alert[]): { first: Alert; newest: Alert; count: number }[] {
  const groups = new Map<string, Alert[]>();
  for (const a of open) groups.set(`${a.kind}:${a.agent}`, [...(groups.get(`${a.kind}:${a.agent}`) ?? []), a]);
  return [...groups.values()].map((list) => ({
    first: list[0]!,
    newest: list.reduce((n, a) => (a.raisedAt > n.raisedAt ? a : n)),
    count: list.length,
  }));
}

/**
 * The alerts one decision settled (an agent's open alerts decided together share who, when, what
 * and why) as one line, newest first: the same reason printed once per alert filled the page.
 */
function byDecision(decided: Alert[]): Alert[][] {
  const groups = new Map<string, Alert[]>();
  for (const a of decided) {
    const { decidedAt, decidedBy, decision } = a.acknowledgement!;
    const key = `${decidedAt}|${decidedBy.id}|${decision}|${a.agent}`;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  return [...groups.values()];
}

/** "grade meets a reduce rule and neuropathy worsening": the kinds a decision settled, in words. */
const kindsText = (alerts: Alert[]) =>
  [...new Set(alerts.map((a) => alertKindLabel(a.kind).toLowerCase()))].join(", ").replace(/, ([^,]*)$/, " and $1");

/** Open alerts and the latest decisions, as compact text for the printed summary. */
export function SummaryAlerts({ alerts }: { alerts: PatientReview["alerts"] }) {
  const open = byKindAndAgent(alerts.filter((a) => a.status === "open").sort(byUrgency));
  const openCount = alerts.filter((a) => a.status === "open").length;
  const decided = byDecision(
    alerts
      .filter((a) => a.acknowledgement !== null)
      .sort((a, b) => b.acknowledgement!.decidedAt.localeCompare(a.acknowledgement!.decidedAt)),
  ).slice(0, PRINTED_DECISIONS);
  return (
    // One above the other, each the page's full width: a long message takes two lines, not five.
    <div className="flex flex-col gap-1 text-xs">
      <div>
        <h3 className="font-semibold">Open alerts ({openCount})</h3>
        {open.length === 0 ? (
          <p>None.</p>
        ) : (
          <ul className="list-inside list-disc">
            {open.slice(0, PRINTED_ALERTS).map(({ first, newest, count }) => (
              <li key={first.id}>
                <strong>
                  {first.severity}, {alertKindLabel(first.kind)} ({agentName(first.agent)})
                  {count > 1 ? `, ${count} open` : ""}:
                </strong>{" "}
                {count > 1 ? "newest: " : ""}
                {clip(newest.message, PRINTED_MESSAGE)}
              </li>
            ))}
            {open.length > PRINTED_ALERTS && (
              <li>and {open.slice(PRINTED_ALERTS).reduce((n, g) => n + g.count, 0)} more on the patient page.</li>
            )}
          </ul>
        )}
      </div>
      <div>
        <h3 className="font-semibold">Latest decisions</h3>
        {decided.length === 0 ? (
          <p>None.</p>
        ) : (
          <ul className="list-inside list-disc">
            {decided.map((group) => {
              const [a] = group as [Alert];
              const ack = a.acknowledgement!;
              return (
                <li key={a.id}>
                  <strong>{DECISION_LABEL[ack.decision]}</strong> on {kindsText(group)} ({agentName(a.agent)}), by{" "}
                  {ack.decidedBy.displayName}, {formatDateTime(ack.decidedAt)}: {clip(ack.reason, PRINTED_REASON)}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}
