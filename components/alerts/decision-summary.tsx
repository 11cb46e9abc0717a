import type { ApiAlert } from "@/db/reads/alerts";
import { DECISION_LABEL } from "./decision-words";
import { formatDateTime } from "@/lib/dates";

type Acknowledgement = NonNullable<ApiAlert["acknowledgement"]>;

/** The decision in words, who made it and when, and why; for a reduce, the dose it leads to. */
export function DecisionSummary({ ack, reduceHint }: { ack: Acknowledgement; reduceHint: string | null }) {
  return (
    <div className="mt-2 rounded border-l-4 border-brand-600 bg-brand-50 px-3 py-2 text-sm">
      <p>
        <strong>Decided: {DECISION_LABEL[ack.decision]}</strong> by {ack.decidedBy.displayName},{" "}
        {formatDateTime(ack.decidedAt)}
      </p>
      <p className="whitespace-pre-line">Reason: {ack.reason}</p>
      {ack.decision === "reduce" && reduceHint && <p>{reduceHint}</p>}
    </div>
  );
}
