// The audit trail in words an auditor reads: each action as a sentence ("Recorded exam, cycle 3"),
// each change as named fields with their values before and after. The codes stay the filter's values.
import type { AuditRow } from "@/db/reads/audit-log";
import { alertKindLabel } from "@/components/alerts/alert-words";
import { DECISION_LABEL } from "@/components/alerts/decision-words";
import { agentName } from "@/components/patient/format";
import type { Decision } from "@/lib/domain/codes";
import { formatDateTime, formatDay } from "@/lib/dates";

/** The actions an auditor filters by, in words; a code that is the start of others covers them ("plan.sign"). */
export const AUDIT_ACTIONS = {
  "session.create": "Signed in",
  "session.revoke": "Signed out",
  "user.create": "Created a user",
  "user.update": "Changed a user",
  "user.update+password-reset": "Reset a user's password",
  "site.create": "Added a site",
  "patient.create": "Registered a patient",
  "patient.break-glass": "Opened another site's patient",
  "patient.update": "Changed a patient's details",
  "patient.export": "Exported a record",
  "course.create": "Started a course",
  "cycle.update": "Changed a cycle",
  "assessment.create": "Recorded an exam",
  "assessment.amend": "Amended an exam",
  "assessment.entered-in-error": "Marked an exam entered in error",
  "dose.create": "Recorded a dose",
  "dose.entered-in-error": "Marked a dose entered in error",
  "alert.raise": "Raised an alert",
  "alert.acknowledge": "Decided on an alert",
  "alert.resolve": "Resolved an alert",
  "plan.draft": "Drafted a plan",
  "plan.sign": "Signed a plan",
  "plan.in-force": "Put a plan in force",
  "plan.supersede": "Superseded a plan",
  "note.create": "Wrote a note",
  "course-agent.change": "Changed a course's agent by a decision",
  "patient.read": "Opened a patient's record",
  intervention: "Recorded or changed supportive care",
  "self-report": "A patient's self-report",
  "analytics.alerts.read": "Read the alert analytics",
} as const;

type Fields = Record<string, unknown>;
const fieldsOf = (value: unknown): Fields =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Fields) : {};

/** What a record is about, from its stored fields: "oxaliplatin", "grade meets a reduce rule". */
function about(entry: AuditRow): Fields {
  return { ...fieldsOf(entry.before), ...fieldsOf(entry.after) };
}

/** The action as a sentence, with the cycle, agent or user it concerns. */
export function actionInWords(entry: AuditRow): string {
  const cycle = entry.cycleNumber === null ? "" : `, cycle ${entry.cycleNumber}`;
  const record = about(entry);
  const agent = typeof record.agent === "string" ? ` of ${agentName(record.agent).toLowerCase()}` : "";
  switch (entry.action) {
    case "session.create":
      return `Signed in: ${entry.subjectName ?? entry.userName ?? "unknown user"}`;
    case "session.revoke":
      return `Signed out: ${entry.subjectName ?? entry.userName ?? "unknown user"}`;
    case "user.create":
      return `Created user: ${entry.subjectName ?? entry.entityId}`;
    case "user.update":
      return `Changed user: ${entry.subjectName ?? entry.entityId}`;
    case "user.update+password-reset":
      return `Reset the password of: ${entry.subjectName ?? entry.entityId}`;
    case "assessment.create":
      return `Recorded exam${cycle}`;
    case "assessment.amend":
      return `Amended exam${cycle}`;
    case "assessment.entered-in-error":
      return `Marked exam entered in error${cycle}`;
    case "dose.create":
      return `Recorded dose${agent}${cycle}`;
    case "dose.entered-in-error":
      return `Marked dose${agent} entered in error${cycle}`;
    case "cycle.update":
      return `Changed cycle${cycle.replace(", cycle", "")}`;
    case "alert.raise":
      return `Raised alert: ${alertKindLabel(String(record.kind ?? "")).toLowerCase()}${agent}${cycle}`;
    case "alert.acknowledge": {
      // The decision is a clinical value an admin may not be shown (db/reads/audit-log.ts): then no colon before nothing.
      const decision = DECISION_LABEL[record.decision as Decision];
      return `Decided on alert${decision ? `: ${decision.toLowerCase()}` : ""}${cycle}`;
    }
    case "alert.resolve":
      return `Resolved alert${cycle}`;
    case "plan.draft":
      return `Drafted plan${agent}${typeof record.version === "number" ? `, version ${record.version}` : ""}`;
    case "plan.sign.agreed":
      return "Signed plan: agreed";
    case "note.create":
      return `Wrote note on ${record.alertId ? "an alert" : "cycle"}${cycle.replace(", cycle", "")}`;
    case "patient.break-glass":
      return `Opened a patient of another site: ${typeof record.accessReason === "string" ? record.accessReason : ""}`;
    case "patient.export.fhir":
      return "Exported the record (FHIR bundle)";
    case "patient.export.flowsheet":
      return "Exported the flowsheet (CSV)";
    default: {
      const known = AUDIT_ACTIONS[entry.action as keyof typeof AUDIT_ACTIONS];
      if (known) return `${known}${cycle}`;
      if (entry.action.startsWith("plan.sign.")) return `Signed plan: ${entry.action.slice("plan.sign.".length)}`;
      return entry.action;
    }
  }
}

/** Fields that identify a record rather than say anything about it. */
const HIDDEN = new Set(["id", "patientId", "cycleId", "courseId", "userId", "passwordHash", "key"]);

/** "assessedOn" -> "assessed on": a stored field name as words. */
export function fieldName(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A day of the calendar written as one: "2026-02-30" or "9999-99-99" in a free-text field is text. */
const isDay = (text: string) => {
  const at = new Date(`${text}T00:00:00Z`);
  return ISO_DAY.test(text) && !Number.isNaN(at.getTime()) && at.toISOString().startsWith(text);
};
const isInstant = (text: string) => ISO_INSTANT.test(text) && !Number.isNaN(Date.parse(text));

/**
 * A stored value as short text: objects as "left: 14, right: 13", nothing as a dash, days and
 * instants as every page writes them (1 Dec 2026; 1 Dec 2026, 14:05 CET).
 */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (Array.isArray(value)) return value.length === 0 ? "none" : value.map(valueText).join(", ");
  if (typeof value === "object")
    return Object.entries(value as Fields)
      .map(([k, v]) => `${fieldName(k)}: ${valueText(v)}`)
      .join(", ");
  if (typeof value === "string" && isDay(value)) return formatDay(value);
  if (typeof value === "string" && isInstant(value)) return formatDateTime(value);
  return String(value);
}

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

/** The named fields that differ between before and after; a new record lists what it was created with. */
export function fieldChanges(entry: Pick<AuditRow, "before" | "after" | "withheld">): FieldChange[] {
  const before = fieldsOf(entry.before);
  const after = fieldsOf(entry.after);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !HIDDEN.has(k));
  const had = entry.before !== null && entry.before !== undefined;
  return [
    ...keys
      .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
      .map((k) => ({
        field: fieldName(k),
        before: had ? valueText(before[k]) : null,
        after: k in after ? valueText(after[k]) : null,
      })),
    // Clinical values are not the admin's to read (db/reads/audit-log.ts): the field is named, no more.
    ...entry.withheld.map((k) => ({ field: fieldName(k), before: null, after: "recorded (value not shown)" })),
  ];
}

/** The changes as one line, for the CSV: "grade: 1 → 2; notes: — → Re-tested". */
export function changesText(entry: Pick<AuditRow, "before" | "after" | "withheld">): string {
  return fieldChanges(entry)
    .map((c) => `${c.field}: ${c.before === null ? "" : `${c.before} → `}${c.after ?? "removed"}`)
    .join("; ");
}
