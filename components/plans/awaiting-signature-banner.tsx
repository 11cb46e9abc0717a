import { AppLink } from "@/components/ui/app-link";
import type { AgentPlanView } from "@/db/reads/plans";
import { agentName } from "@/components/patient/format";
import { awaitingText } from "./awaiting";

/**
 * A plan awaiting signature is one of the few things that may interrupt (docs/clinical-rules.md, "Alert
 * design"): a banner at the top of the page, in words and a shape as well as colour.
 */
export function AwaitingSignatureBanner({
  patientId,
  agents,
}: {
  patientId: string;
  agents: readonly Pick<AgentPlanView, "draft" | "inForce">[];
}) {
  const drafts = agents.flatMap(({ draft, inForce }) => (draft ? [{ draft, inForce }] : []));
  if (drafts.length === 0) return null;
  return (
    <section
      aria-labelledby="awaiting-signature"
      className="mb-6 rounded-lg border-2 border-amber-700 bg-amber-50 p-4 text-amber-950"
    >
      <h2 id="awaiting-signature" className="flex items-center gap-2 text-lg font-semibold">
        <span aria-hidden="true">✎</span>
        {drafts.length === 1 ? "A plan awaits signature" : `${drafts.length} plans await signature`}
      </h2>
      <ul className="mt-2 space-y-1 text-sm">
        {drafts.map(({ draft: d, inForce }) => {
          const name = agentName(d.agent);
          return (
            <li key={d.id}>
              <AppLink href={`/patients/${patientId}/plans/${d.agent}#plan-${d.id}`} className="font-medium underline">
                {name} plan, version {d.version}
              </AppLink>
              : {awaitingText(d.signatures)}{" "}
              {/* What governs the doses meanwhile: the version in force, else the agent's defaults. */}
              {inForce
                ? `Until it is agreed, version ${inForce.version} stays in force.`
                : "Until it is agreed, the agent's default limit and template apply."}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
