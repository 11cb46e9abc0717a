import type { ApiPlan } from "@/db/reads/plans";
import type { Agent } from "@/lib/domain/agents";
import { templatePlan } from "@/lib/domain/plan-diff";
import { PlanChanges } from "./plan-changes";
import { PlanStatusLabel } from "./plan-status";
import { PlanTerms } from "./plan-terms";
import { SignatureList } from "./signature-list";
import { formatDateTime } from "@/lib/dates";

/**
 * Every version, newest first, each with what it changes from the latest older version that was
 * in force (with none, from the agent's template). Signed versions never change, so this is the
 * whole story.
 */
export function PlanHistory({ versions, agent }: { versions: readonly ApiPlan[]; agent: Agent }) {
  if (versions.length === 0) return <p className="text-sm text-slate-700">No version yet.</p>;
  return (
    <ol className="flex flex-col gap-3">
      {versions.map((v, i) => {
        // The version it would replace: the latest older one ever in force. A draft superseded
        // unsigned changed nothing for the patient, so a signer comparing with it missed changes.
        const previous = versions.slice(i + 1).find((older) => older.inForceAt !== null);
        return (
          <li key={v.id} className="rounded-lg border border-slate-300 bg-white p-4">
            <div className="flex flex-wrap items-center gap-3">
              <h3 className="font-semibold">Version {v.version}</h3>
              <PlanStatusLabel status={v.status} inForceAt={v.inForceAt} />
              <span className="text-sm text-slate-700">
                drafted by {v.author?.displayName ?? "an unknown user"} on{" "}
                <time dateTime={v.createdAt}>{formatDateTime(v.createdAt)}</time>
              </span>
            </div>
            <h4 className="mt-2 text-sm font-medium text-slate-800">
              {previous ? `Changes from version ${previous.version}` : "Changes from the agent's template"}
            </h4>
            <PlanChanges before={previous ?? templatePlan(agent)} after={v} agent={agent} />
            <details className="mt-2">
              <summary className="cursor-pointer text-sm text-brand-700 underline">
                Terms and signatures of version {v.version}
              </summary>
              <div className="mt-2 flex flex-col gap-3">
                <PlanTerms plan={v} agent={agent} />
                <SignatureList signatures={v.signatures} />
              </div>
            </details>
          </li>
        );
      })}
    </ol>
  );
}
