import { AppLink } from "@/components/ui/app-link";
import { ColumnHeads } from "@/components/ui/column-heads";
import type { DraftAwaiting } from "@/db/reads/plans";
import { agentName } from "@/components/patient/format";
import { formatDateTime } from "@/lib/dates";
import { awaitingText } from "./awaiting";

const CELL = "px-3 py-2 text-left align-top";
const LIST_ID = "plans-awaiting";
/** A link that says a draft awaits the user's signature: amber, bordered, with its ✎ (never colour alone). */
export const AWAITING_LINK =
  "inline-flex min-h-11 items-center gap-2 rounded-md border-2 border-amber-700 bg-amber-50 px-3 text-sm font-semibold text-amber-950 underline";

function planHref({ plan }: DraftAwaiting): string {
  return `/patients/${plan.patientId}/plans/${plan.agent}#plan-${plan.id}`;
}

/**
 * On the worklist, beside its views: a draft that waits for the user's signature is one of the few
 * things that may interrupt (docs/clinical-rules.md, "Alert design"). It leads to the list below the
 * day's, and takes no line of its own, which would push the day's rows down. Nothing when none waits.
 */
export function DraftsAwaitingNotice({ drafts }: { drafts: readonly DraftAwaiting[] }) {
  if (drafts.length === 0) return null;
  return (
    <a href={`#${LIST_ID}`} className={AWAITING_LINK}>
      <span aria-hidden="true">✎</span>
      {drafts.length === 1 ? "A plan awaits your signature" : `${drafts.length} plans await your signature`}
    </a>
  );
}

/** The drafts themselves: whose, which agent and version, who drafted it when, and what it still needs. */
export function DraftsAwaiting({ drafts }: { drafts: readonly DraftAwaiting[] }) {
  if (drafts.length === 0) return null;
  return (
    <section aria-labelledby={LIST_ID} className="mt-8">
      <h2 id={LIST_ID} className="mb-1 text-lg font-semibold">
        Plans awaiting your signature ({drafts.length})
      </h2>
      <p className="mb-3 text-sm text-slate-700">
        A plan comes into force once an oncologist and a nurse or a pharmacist have agreed it; until then the version in
        force, or the agent&apos;s defaults, still govern the doses.
      </p>
      <div className="relative overflow-x-auto rounded-md border border-slate-300 bg-white">
        <table className="min-w-full text-sm">
          <caption className="sr-only">Plan drafts awaiting your signature</caption>
          <ColumnHeads names={["Patient", "Plan", "Drafted", "Still needed"]} cellClass={CELL} />
          <tbody>
            {drafts.map((draft) => (
              <tr key={draft.plan.id} className="border-t border-slate-200">
                <th scope="row" className={`${CELL} font-normal`}>
                  <AppLink
                    href={planHref(draft)}
                    className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
                  >
                    {draft.patient.name}
                  </AppLink>
                  <span className="block text-xs text-slate-700">MRN {draft.patient.mrn}</span>
                </th>
                <td className={CELL}>
                  {agentName(draft.plan.agent)}, version {draft.plan.version}
                </td>
                <td className={CELL}>
                  {formatDateTime(draft.plan.createdAt)}{" "}
                  {draft.plan.author && (
                    <span className="block text-xs text-slate-700">by {draft.plan.author.displayName}</span>
                  )}
                </td>
                <td className={CELL}>{awaitingText(draft.plan.signatures)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
