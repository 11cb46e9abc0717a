import { AppLink } from "@/components/ui/app-link";
import type { PatientReview } from "@/db/reads/patient-summary";
import type { Role } from "@/lib/domain/codes";
import { awaitsSigner } from "@/lib/domain/signoff";
import { AWAITING_LINK } from "./drafts-awaiting";

/**
 * At the top of a patient's page, the plan drafts of that patient that wait for the viewer's
 * signature: like the worklist's notice (components/plans/drafts-awaiting.tsx), one of the few
 * things that may interrupt (docs/clinical-rules.md, "Alert design"). Each leads to its draft.
 */
export function PlansAwaitingYou({ review, user }: { review: PatientReview; user: { id: string; role: Role } }) {
  const drafts = review.agents.flatMap(({ name, draft }) =>
    draft && awaitsSigner(draft.signatures, user) ? [{ name, draft }] : [],
  );
  if (drafts.length === 0) return null;
  return (
    <ul aria-label="Plans awaiting your signature" className="no-print mb-3 flex flex-wrap gap-2">
      {drafts.map(({ name, draft }) => (
        <li key={draft.id}>
          <AppLink
            href={`/patients/${review.patient.id}/plans/${draft.agent}#plan-${draft.id}`}
            className={AWAITING_LINK}
          >
            <span aria-hidden="true">✎</span>
            {name} plan, version {draft.version}, awaits your signature
          </AppLink>
        </li>
      ))}
    </ul>
  );
}
