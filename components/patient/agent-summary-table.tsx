import type { PatientReview } from "@/db/reads/patient-summary";
import { agentTrends } from "@/components/charts/trend-data";
import { getAgent } from "@/lib/domain/agents";
import { describeRule } from "@/lib/domain/plans";
import { formatDateTime } from "@/lib/dates";
import { awaitingText } from "@/components/plans/awaiting";
import { formatDose, percentOf } from "./format";

const CELL = "px-2 py-1 text-left align-top";

/**
 * "Version 2 in force since 1 Dec 2026, 14:05 CET; agreed by A (oncologist), B (nurse)", then a
 * draft awaiting signature and what it still needs: the paper reviewed at the chair says what the
 * patient page and the worklist say.
 */
function planInWords(a: PatientReview["agents"][number]): string {
  const draft = a.draft
    ? `. Draft version ${a.draft.version} awaits signatures: ${awaitingText(a.draft.signatures)}`
    : "";
  if (!a.plan) return `No plan agreed: the agent's defaults apply${draft}`;
  const since = a.plan.inForceAt ? ` since ${formatDateTime(a.plan.inForceAt)}` : "";
  const signed = a.plan.signatures
    .map((s) => `${s.signer.displayName} (${s.role}, ${s.meaning}, ${formatDateTime(s.signedAt)})`)
    .join("; ");
  return `Version ${a.plan.version} in force${since}; signed by ${signed}${draft}`;
}

/** Per agent, on one line: the plan in force (or the defaults), the dose given and where the planned cycles take it. */
export function AgentSummaryTable({ review }: { review: PatientReview }) {
  const projections = new Map(agentTrends(review).map((t) => [t.code, t.projectedTotal]));
  if (review.agents.length === 0) return <p>No neurotoxic agent prescribed.</p>;
  return (
    <table className="w-full text-xs">
      <thead>
        <tr className="bg-slate-100">
          {["Agent", "Plan", "Given", "Limit", "After planned cycles", "Rules"].map((c) => (
            <th key={c} scope="col" className={CELL}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {review.agents.map((a) => {
          const agent = getAgent(a.code);
          const limit = a.terms.cumulativeLimit;
          const projected = projections.get(a.code) ?? a.cumulative;
          return (
            <tr key={a.code} className="border-t border-slate-200">
              <th scope="row" className={`${CELL} font-medium`}>
                {a.name}
              </th>
              <td className={CELL}>{planInWords(a)}</td>
              <td className={CELL}>
                {formatDose(a.cumulative, a.unit)}
                {limit !== null && ` (${percentOf(a.cumulative, limit)})`}
              </td>
              <td className={CELL}>
                {limit === null ? "none" : formatDose(limit, a.unit)}
                {a.warnAt !== null && `, warn at ${formatDose(a.warnAt, a.unit)}`}
              </td>
              <td className={CELL}>
                {formatDose(projected, a.unit)}
                {limit !== null && ` (${percentOf(projected, limit)})`}
              </td>
              <td className={CELL}>
                {a.terms.rules
                  .map((r) => describeRule(r, agent, a.courseDose?.dose, a.courseDose?.setting ?? null))
                  .join("; ")}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
