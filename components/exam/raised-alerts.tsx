import { alertKindLabel } from "@/components/alerts/alert-words";
import { SeverityBadge } from "@/components/ui/badge";
import type { Severity } from "@/lib/domain/codes";

export interface AlertLike {
  id?: string;
  kind: string;
  severity: Severity;
  agent: string;
  message?: string;
}

/**
 * The agents' names by code (patient/format.ts, agentNames), given by the page: a badge in the
 * browser then needs no agent library (docs/benchmarks.md, "Route budgets").
 */
export type AgentNames = Readonly<Record<string, string>>;

/** An alert as a badge: severity by shape and word as well as colour, the kind and the agent in words. */
export function AlertBadge({ alert, names }: { alert: AlertLike; names: AgentNames }) {
  return <SeverityBadge severity={alert.severity}>{alertBadgeText(alert, names)}</SeverityBadge>;
}

/** What an alert's badge says after its severity: the kind and the agent in words. */
export function alertBadgeText(alert: Pick<AlertLike, "kind" | "agent">, names: AgentNames): string {
  return `${alertKindLabel(alert.kind)} · ${names[alert.agent] ?? alert.agent}`;
}

/** A list of alerts with their messages: those a save raised, or those it would raise. */
export function AlertList({ alerts, names }: { alerts: readonly AlertLike[]; names: AgentNames }) {
  return (
    <ul className="flex flex-col gap-2">
      {alerts.map((a, i) => (
        <li key={a.id ?? `${a.kind}-${a.agent}-${i}`} className="flex flex-col items-start gap-1 text-sm">
          <AlertBadge alert={a} names={names} />
          {a.message && <span>{a.message}</span>}
        </li>
      ))}
    </ul>
  );
}
