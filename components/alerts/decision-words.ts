// The decisions in the words a clinician reads. Apart from alert-words.ts, so a decision form
// does not load every alert kind's label with it (docs/benchmarks.md, "Route budgets").
import type { Decision } from "@/lib/domain/codes";

export const DECISION_LABEL: Record<Decision, string> = {
  proceed: "Proceed",
  reduce: "Reduce",
  hold: "Hold",
  stop: "Stop",
};

/** What each decision means for the next cycle, shown beside the choice. */
export const DECISION_HINT: Record<Decision, string> = {
  proceed: "Give the next cycle as planned.",
  reduce: "Give the next cycle at a reduced dose.",
  hold: "Hold the agent until the team reviews again.",
  stop: "Stop the agent.",
};

/**
 * " It raised a new alert, critical: …": what the rules raised again on the course a decision
 * changed (a reduction still past the limit), said with the decision as the focus moves on.
 */
export function raisedText(raised: readonly { severity: string; message: string }[]): string {
  if (raised.length === 0) return "";
  const each = raised.map((a) => `${a.severity}: ${a.message.replace(/\.$/, "")}`).join("; ");
  return ` It raised ${raised.length === 1 ? "a new alert" : `${raised.length} new alerts`}, ${each}.`;
}
