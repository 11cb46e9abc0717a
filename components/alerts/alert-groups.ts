import type { AlertWithPatient } from "@/db/reads/patient-summary";
import { byUrgency } from "./alert-words";

export interface AgentGroup {
  agent: string;
  alerts: AlertWithPatient[];
}

export interface PatientGroup {
  patientId: string;
  patient: AlertWithPatient["patient"];
  agents: AgentGroup[];
  count: number;
}

/**
 * Open alerts as the decisions they ask for: by patient, then by agent (one decision covers an
 * agent's alerts), the most urgent patient first, each group most urgent first.
 */
export function groupAlerts(alerts: readonly AlertWithPatient[]): PatientGroup[] {
  const byPatient = new Map<string, AlertWithPatient[]>();
  for (const a of [...alerts].sort(byUrgency)) byPatient.set(a.patientId, [...(byPatient.get(a.patientId) ?? []), a]);
  return [...byPatient.entries()].map(([patientId, list]) => {
    const byAgent = new Map<string, AlertWithPatient[]>();
    for (const a of list) byAgent.set(a.agent, [...(byAgent.get(a.agent) ?? []), a]);
    return {
      patientId,
      patient: list[0]!.patient,
      agents: [...byAgent.entries()].map(([agent, agentAlerts]) => ({ agent, alerts: agentAlerts })),
      count: list.length,
    };
  });
}

/** How long ago an alert was raised, as a filter: any time, or older than a day, 3 days, a week. */
export const ALERT_AGES = {
  "1": "Raised over a day ago",
  "3": "Raised over 3 days ago",
  "7": "Raised over a week ago",
} as const;
export type AlertAge = keyof typeof ALERT_AGES;

export function olderThan(
  alerts: readonly AlertWithPatient[],
  age: AlertAge | undefined,
  now: Date,
): AlertWithPatient[] {
  if (!age) return [...alerts];
  const cutoff = now.getTime() - Number(age) * 86_400_000;
  return alerts.filter((a) => Date.parse(a.raisedAt) <= cutoff);
}
