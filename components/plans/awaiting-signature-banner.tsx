import Link from "next/link";
import type { ApiPlan } from "@/db/reads/plans";
import { getAgent, isAgentCode } from "@/lib/domain/agents";
import { awaitingText } from "./awaiting";

/**
 * A plan awaiting signature is one of the few things that may interrupt (docs/clinical-rules.md, "Alert
 * design"): a banner at the top of the page, in words and a shape as well as colour.
 */
export function AwaitingSignatureBanner({ patientId, drafts }: { patientId: string; drafts: readonly ApiPlan[] }) {
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
      <p className="text-sm">Until a plan is agreed, the agent&apos;s default limit and template apply.</p>
      <ul className="mt-2 space-y-1 text-sm">
        {drafts.map((d) => {
          const name = isAgentCode(d.agent) ? getAgent(d.agent).name : d.agent;
          return (
            <li key={d.id}>
              <Link href={`/patients/${patientId}/plans/${d.agent}#plan-${d.id}`} className="font-medium underline">
                {name} plan, version {d.version}
              </Link>
              : {awaitingText(d.signatures)}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
