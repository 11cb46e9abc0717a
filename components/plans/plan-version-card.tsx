import type { ApiPlan } from "@/db/reads/plans";
import type { Agent } from "@/lib/domain/agents";
import type { Setting } from "@/lib/domain/codes";
import { awaitingText } from "./awaiting";
import { PlanStatusLabel } from "./plan-status";
import { PlanTerms } from "./plan-terms";
import { SignatureList } from "./signature-list";
import { formatDateTime } from "@/lib/dates";

/** One version: its status, who drafted it, its terms and its signatures; `children` holds the sign form. */
export function PlanVersionCard({
  plan,
  agent,
  title,
  currentDose,
  setting,
  children,
}: {
  plan: ApiPlan;
  agent: Agent;
  title: string;
  currentDose?: number;
  setting: Setting | null;
  children?: React.ReactNode;
}) {
  const headingId = `plan-${plan.id}`;
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-4 rounded-lg border border-slate-300 bg-white p-5"
    >
      <header className="flex flex-wrap items-center gap-3">
        {/* A place for the focus once the user has signed (components/ui/focus-through.ts). */}
        <h3 id={headingId} tabIndex={-1} className="text-lg font-semibold">
          {title}: version {plan.version}
        </h3>
        <PlanStatusLabel status={plan.status} inForceAt={plan.inForceAt} />
      </header>
      <p className="text-sm text-slate-700">
        Drafted by {plan.author?.displayName ?? "an unknown user"} on{" "}
        <time dateTime={plan.createdAt}>{formatDateTime(plan.createdAt)}</time>
        {plan.inForceAt && (
          <>
            ; in force from <time dateTime={plan.inForceAt}>{formatDateTime(plan.inForceAt)}</time>
          </>
        )}
        .
      </p>
      <PlanTerms plan={plan} agent={agent} currentDose={currentDose} setting={setting} />
      <div>
        <h4 className="text-sm font-semibold">Signatures</h4>
        <SignatureList signatures={plan.signatures} />
        {plan.status === "draft" && <p className="mt-1 text-sm font-medium">{awaitingText(plan.signatures)}</p>}
      </div>
      {children}
    </section>
  );
}
