import type { ApiAlert } from "@/db/reads/alerts";
import { DECISION_LABEL } from "./decision-words";
import { formatDateTime } from "@/lib/dates";

type Acknowledgement = NonNullable<ApiAlert["acknowledgement"]>;

/** The decision in words, who made it and when, and why; and what it changed on the course (a reduction, a hold lifted). */
export function DecisionSummary({ ack, courseChange }: { ack: Acknowledgement; courseChange: string | null }) {
  return (
    <div className="mt-2 rounded border-l-4 border-brand-600 bg-brand-50 px-3 py-2 text-sm">
      <p>
        <strong>Decided: {DECISION_LABEL[ack.decision]}</strong> by {ack.decidedBy.displayName},{" "}
        {formatDateTime(ack.decidedAt)}
      </p>
      <p className="whitespace-pre-line">Reason: {ack.reason}</p>
      {courseChange && <p>{courseChange}</p>}
    </div>
  );
}
