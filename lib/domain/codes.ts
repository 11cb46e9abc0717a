// Closed sets shared by the rules, the API schemas and the UI. Each is an `as const` table with a
// derived union type, so a switch over one is checked for exhaustiveness by the compiler.

export const ROLES = ["nurse", "oncologist", "pharmacist", "admin"] as const;
export type Role = (typeof ROLES)[number];
/** The role groups the endpoint and page tables grant to (docs/security.md). */
export const CLINICAL_ROLES = ["nurse", "oncologist", "pharmacist"] as const satisfies readonly Role[];
/** Who examines at the chair: records exams and doses, issues self-report codes. */
export const BEDSIDE_ROLES = ["nurse", "oncologist"] as const satisfies readonly Role[];
/** Who prescribes or checks a prescription: courses, dose plans. */
export const PRESCRIBING_ROLES = ["oncologist", "pharmacist"] as const satisfies readonly Role[];

export const SEXES = ["female", "male", "other", "unknown"] as const;
export type Sex = (typeof SEXES)[number];

export const RISK_FACTORS = [
  "diabetes",
  "prior-neuropathy",
  "hereditary-neuropathy",
  "alcohol",
  "b12-deficiency",
  "hiv",
  "hypothyroidism",
  "renal-impairment",
] as const;
export type RiskFactor = (typeof RISK_FACTORS)[number];

export const DOSE_UNITS = ["mg/m2", "mg", "mg/kg"] as const;
export type DoseUnit = (typeof DOSE_UNITS)[number];

export const ROUTES = ["IV", "SC", "PO"] as const;
export type Route = (typeof ROUTES)[number];

export const SETTINGS = ["adjuvant", "advanced"] as const;
export type Setting = (typeof SETTINGS)[number];

export const CYCLE_STATUSES = ["planned", "given", "held", "cancelled"] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];

export const ANKLE_REFLEXES = ["normal", "reduced", "reinforcement", "absent"] as const;
export type AnkleReflex = (typeof ANKLE_REFLEXES)[number];

export const ADL_IMPACTS = ["none", "instrumental", "self-care"] as const;
export type AdlImpact = (typeof ADL_IMPACTS)[number];

export const RULE_ACTIONS = ["reduce", "hold", "stop"] as const;
export type RuleAction = (typeof RULE_ACTIONS)[number];

export const DECISIONS = ["proceed", "reduce", "hold", "stop"] as const;
export type Decision = (typeof DECISIONS)[number];

/** A course agent's state for the cycles to come (docs/api.md, "Version 1.1"). */
export const AGENT_STATUSES = ["active", "held", "stopped"] as const;
export type AgentStatus = (typeof AGENT_STATUSES)[number];

export const PLAN_STATUSES = ["draft", "in-force", "superseded"] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const SIGNATURE_MEANINGS = ["authored", "agreed"] as const;
export type SignatureMeaning = (typeof SIGNATURE_MEANINGS)[number];

export const RECORD_STATUSES = ["final", "amended", "entered-in-error"] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

/** A dose is final or entered in error; unlike an exam it is never amended. */
export const DOSE_STATUSES = ["final", "entered-in-error"] as const satisfies readonly RecordStatus[];
export type DoseStatus = (typeof DOSE_STATUSES)[number];

/** Where a dose cap comes from: the patient's plan, or the agent library's default. */
export const CAP_SOURCES = ["plan", "agent-default"] as const;
export type CapSource = (typeof CAP_SOURCES)[number];

export const ALERT_STATUSES = ["open", "acknowledged", "resolved"] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

export const SEVERITIES = ["critical", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Each alert kind with its fixed severity (docs/clinical-rules.md, "Alerts"). */
export const ALERT_SEVERITY = {
  "grade-stop": "critical",
  "grade-hold": "critical",
  "dose-limit": "critical",
  "single-dose-cap": "critical",
  contraindication: "critical",
  "decision-override": "critical",
  "grade-reduce": "warning",
  "dose-projected": "warning",
  "dose-approaching": "warning",
  worsening: "warning",
  "self-report": "warning",
  "no-plan": "info",
} as const satisfies Record<string, Severity>;
export type AlertKind = keyof typeof ALERT_SEVERITY;
export const ALERT_KINDS = Object.keys(ALERT_SEVERITY) as [AlertKind, ...AlertKind[]];

/**
 * The alerts whose decision sets the next dose (a contraindication, a grade rule, the cumulative
 * limit): while one is
 * open, the chair waits for the oncologist before giving that agent.
 */
export const DOSE_DECIDING_KINDS = [
  "contraindication",
  "grade-reduce",
  "grade-hold",
  "grade-stop",
  "dose-projected",
  "dose-limit",
] as const satisfies readonly AlertKind[];
export const decidesTheDose = (kind: string) => (DOSE_DECIDING_KINDS as readonly string[]).includes(kind);

/** Every action the audit trail records (db/commands/audit.ts), one per kind of write or audited read. */
export const AUDIT_ACTIONS = [
  "session.create",
  "session.revoke",
  "user.create",
  "user.update",
  "user.update+password-reset",
  "site.create",
  "patient.create",
  "patient.update",
  "patient.read",
  "patient.break-glass",
  "patient.export.fhir",
  "patient.export.flowsheet",
  "course.create",
  "course-agent.change",
  "cycle.update",
  "assessment.create",
  "assessment.amend",
  "assessment.entered-in-error",
  "dose.create",
  "dose.entered-in-error",
  "alert.raise",
  "alert.acknowledge",
  "alert.resolve",
  "plan.draft",
  "plan.sign.authored",
  "plan.sign.agreed",
  "plan.in-force",
  "plan.supersede",
  "note.create",
  "intervention.create",
  "intervention.update",
  "self-report-invitation.create",
  "self-report.open",
  "self-report.submit",
  "self-report.create",
  "self-report.refused",
  "analytics.alerts.read",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
