// Alert kinds in the words a clinician reads; the codes stay visible beside them
// so a badge on the worklist and a line here can be matched.
import { ALERT_KINDS, type AlertKind, type Severity } from "@/lib/domain/codes";

export const ALERT_KIND_LABEL: Record<AlertKind, string> = {
  "grade-stop": "Grade meets a stop rule",
  "grade-hold": "Grade meets a hold rule",
  "grade-reduce": "Grade meets a reduce rule",
  "dose-limit": "Cumulative dose at the limit",
  "dose-approaching": "Cumulative dose near the limit",
  "dose-projected": "Next cycle would pass the limit",
  "single-dose-cap": "Dose above the cap",
  contraindication: "Contraindication",
  "decision-override": "Dose given against a decision",
  worsening: "Neuropathy worsening",
  "self-report": "Patient's report needs a look",
  "no-plan": "No plan agreed",
};

export function alertKindLabel(kind: string): string {
  return ALERT_KIND_LABEL[kind as AlertKind] ?? kind;
}

const RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/**
 * Most severe first; within a severity, in the order of ALERT_KINDS (grade rules before dose
 * figures before worsening), so the alerts one write raised always list the same way. A stable
 * sort keeps the newest first among alerts of one kind.
 */
export function byUrgency(a: { kind: string; severity: Severity }, b: { kind: string; severity: Severity }): number {
  return (
    RANK[a.severity] - RANK[b.severity] ||
    ALERT_KINDS.indexOf(a.kind as AlertKind) - ALERT_KINDS.indexOf(b.kind as AlertKind)
  );
}
