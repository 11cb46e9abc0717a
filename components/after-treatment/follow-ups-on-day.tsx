import { AppLink } from "@/components/ui/app-link";
import type { ApiFollowUp } from "@/db/reads/after-treatment";
import { FollowUpTable } from "./follow-up-table";

/** The worklist's own short list: follow-up exams due that day, apart from the infusions. */
export function FollowUpsOnDay({ followUps, dayText }: { followUps: ApiFollowUp[]; dayText: string }) {
  return (
    <section aria-labelledby="follow-ups-due" className="mt-8">
      <h2 id="follow-ups-due" className="mb-1 text-lg font-semibold">
        Follow-up exams due {dayText} ({followUps.length})
      </h2>
      <p className="mb-3 text-sm text-slate-700">
        After the last dose: no infusion, an exam only.{" "}
        <AppLink href="/follow-ups" className="text-brand-700 underline">
          All follow-ups, overdue first
        </AppLink>
      </p>
      {followUps.length > 0 && <FollowUpTable followUps={followUps} caption={`Follow-up exams due ${dayText}`} />}
    </section>
  );
}
