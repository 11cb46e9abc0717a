import type { PatientReview } from "@/db/reads/patient-summary";
import { agentName, formatDose } from "@/components/patient/format";
import type { AgentCode } from "@/lib/domain/agents";
import { formatDateTime } from "@/lib/dates";

/**
 * Above a decision form: the doses of the alert's agent recorded since the alert was raised, with
 * the reason the chair gave. The chair may give a dose before the oncologist decides (with the
 * override's reason, dose-plan.ts); whoever decides must see it, since a hold decided now holds
 * the cycles to come, not the dose already given.
 */
export function GivenMeanwhile({ review, agent, since }: { review: PatientReview; agent: AgentCode; since: string }) {
  const given = review.doses.filter(
    (d) => d.agent === agent && d.status !== "entered-in-error" && d.recordedAt > since,
  );
  if (given.length === 0) return null;
  return (
    <div role="note" className="mt-3 rounded-md border-2 border-amber-700 bg-amber-50 p-2 text-sm text-slate-900">
      <p className="font-semibold">{agentName(agent)} given since this was raised, before a decision:</p>
      <ul className="list-disc pl-5">
        {given.map((d) => (
          <li key={d.id}>
            {formatDose(d.dose, d.unit)} x {d.administrations}, recorded {formatDateTime(d.recordedAt)}:{" "}
            {d.overrideReason ? `given because “${d.overrideReason}”` : "no reason was given at the chair"}
          </li>
        ))}
      </ul>
    </div>
  );
}
