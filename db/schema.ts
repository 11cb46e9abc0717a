// The CIPN Watch schema: tables, relations and inferred row types together. Clinical records
// are never deleted: they carry a status (amended, entered-in-error) and a version. Every table
// is named in db/protection.ts (protected by triggers, or mutable with its reason); after adding
// or rebuilding one, `npm run db:protect` writes its triggers' migration.
import { sql } from "drizzle-orm";
import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { AgentCode } from "@/lib/domain/agents";
import {
  AGENT_STATUSES,
  ALERT_STATUSES,
  AUDIT_ACTIONS,
  CAP_SOURCES,
  CYCLE_STATUSES,
  DECISIONS,
  DOSE_STATUSES,
  DOSE_UNITS,
  PLAN_STATUSES,
  RECORD_STATUSES,
  ROLES,
  ROUTES,
  SETTINGS,
  SEVERITIES,
  SEXES,
  SIGNATURE_MEANINGS,
  type AdlImpact,
  type AlertKind,
  type AnkleReflex,
  type RiskFactor,
} from "@/lib/domain/codes";
import { INTERVENTION_KINDS, INTERVENTION_RESPONSES } from "@/lib/domain/interventions";
import type { SelfReportAnswers } from "@/lib/domain/self-report";
import { DEFAULT_SITE_ID } from "@/lib/domain/sites";

const id = () => text("id").primaryKey();
const createdAt = () => text("created_at").notNull();

/**
 * An infusion centre of the network (docs/sites.md). Every install has the default site, made by
 * its migration; a second one turns the site switch and break-the-glass on.
 */
export const sites = sqliteTable(
  "sites",
  {
    id: id(),
    /** Short and fixed (`NORTH`): the worklist's `?site=` names a site by it. */
    code: text("code").notNull(),
    name: text("name").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("sites_code_nocase").on(sql`upper(${t.code})`)],
);

/** The site a course is given at (or a user works at) unless told otherwise: the install's first. */
const siteId = () =>
  text("site_id")
    .notNull()
    .default(DEFAULT_SITE_ID)
    .references(() => sites.id);

export const users = sqliteTable(
  "users",
  {
    id: id(),
    username: text("username").notNull(),
    displayName: text("display_name").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    passwordHash: text("password_hash").notNull(),
    /** The home site: the worklist and alerts show it by default; another site's patient needs a reason. */
    siteId: siteId(),
    disabled: integer("disabled", { mode: "boolean" }).notNull().default(false),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("users_username_nocase").on(sql`lower(${t.username})`)],
);

export const sessions = sqliteTable(
  "sessions",
  {
    /** SHA-256 of the cookie token: a stolen database holds no usable session. */
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    lastSeenAt: text("last_seen_at").notNull(),
    revokedAt: text("revoked_at"),
  },
  (t) => [index("sessions_user").on(t.userId)],
);

/**
 * Password tries being checked or that failed, per account and client (lib/auth/throttle.ts):
 * a try is counted before its password is checked, so simultaneous guesses cannot pass the limit
 * together; a right password removes its row. Rows past the longest window are pruned.
 */
export const passwordAttempts = sqliteTable(
  "password_attempts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** `sign-in`, or `plan-signing` (a signature's password confirmation), counted apart. */
    purpose: text("purpose", { enum: ["sign-in", "plan-signing"] }).notNull(),
    username: text("username").notNull(),
    /** Who tried: `device:…` (a browser this account signed in on), `address:…` (behind a trusted proxy), or `unknown`. */
    client: text("client").notNull(),
    at: text("at").notNull(),
  },
  (t) => [index("password_attempts_account").on(t.username, t.purpose, t.at), index("password_attempts_at").on(t.at)],
);

export const patients = sqliteTable(
  "patients",
  {
    id: id(),
    mrn: text("mrn").notNull(),
    familyName: text("family_name").notNull(),
    givenName: text("given_name").notNull(),
    birthDate: text("birth_date").notNull(),
    sex: text("sex", { enum: SEXES }).notNull(),
    heightCm: real("height_cm").notNull(),
    weightKg: real("weight_kg").notNull(),
    diagnosis: text("diagnosis"),
    riskFactors: text("risk_factors", { mode: "json" }).$type<RiskFactor[]>().notNull(),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [
    uniqueIndex("patients_mrn_nocase").on(sql`upper(${t.mrn})`),
    index("patients_name").on(t.familyName, t.givenName),
  ],
);

export const courses = sqliteTable(
  "courses",
  {
    id: id(),
    patientId: text("patient_id")
      .notNull()
      .references(() => patients.id),
    name: text("name").notNull(),
    startDate: text("start_date").notNull(),
    cycleLengthDays: integer("cycle_length_days").notNull(),
    setting: text("setting", { enum: SETTINGS }),
    /** Where the course is given; its cycles are given there too (docs/sites.md). */
    siteId: siteId(),
    createdBy: text("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  // By patient and site: whether a patient is treated at a site is read from the index alone
  // (the alerts page's site filter, break-the-glass; docs/benchmarks.md, "Query plans").
  (t) => [index("courses_patient").on(t.patientId), index("courses_patient_site").on(t.patientId, t.siteId)],
);

export const courseAgents = sqliteTable(
  "course_agents",
  {
    id: id(),
    courseId: text("course_id")
      .notNull()
      .references(() => courses.id),
    agent: text("agent").$type<AgentCode>().notNull(),
    dose: real("dose").notNull(),
    unit: text("unit", { enum: DOSE_UNITS }).notNull(),
    route: text("route", { enum: ROUTES }),
    administrationsPerCycle: integer("administrations_per_cycle").notNull().default(1),
    /** The dose per administration for the cycles to come: `dose` until a decision to reduce. */
    currentDose: real("current_dose").notNull().default(0),
    status: text("status", { enum: AGENT_STATUSES }).notNull().default("active"),
  },
  (t) => [uniqueIndex("course_agents_course_agent").on(t.courseId, t.agent)],
);

/**
 * What an oncologist's decision changed on a course's agent: its dose or status for the cycles
 * to come, with who, when and why. Append-only (a trigger in the migrations).
 */
export const courseAgentChanges = sqliteTable(
  "course_agent_changes",
  {
    id: id(),
    courseAgentId: text("course_agent_id")
      .notNull()
      .references(() => courseAgents.id),
    courseId: text("course_id")
      .notNull()
      .references(() => courses.id),
    patientId: text("patient_id")
      .notNull()
      .references(() => patients.id),
    agent: text("agent").$type<AgentCode>().notNull(),
    decision: text("decision", { enum: DECISIONS }).notNull(),
    fromDose: real("from_dose").notNull(),
    toDose: real("to_dose").notNull(),
    fromStatus: text("from_status", { enum: AGENT_STATUSES }).notNull(),
    toStatus: text("to_status", { enum: AGENT_STATUSES }).notNull(),
    reason: text("reason").notNull(),
    /** The alerts whose decision made this change, as a JSON list of ids. */
    alertIds: text("alert_ids", { mode: "json" }).$type<string[]>().notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    at: text("at").notNull(),
  },
  (t) => [index("course_agent_changes_patient").on(t.patientId, t.at)],
);

export const cycles = sqliteTable(
  "cycles",
  {
    id: id(),
    courseId: text("course_id")
      .notNull()
      .references(() => courses.id),
    patientId: text("patient_id")
      .notNull()
      .references(() => patients.id),
    number: integer("number").notNull(),
    date: text("date").notNull(),
    status: text("status", { enum: CYCLE_STATUSES }).notNull(),
    /** The infusion chair or bed on the unit ("12", "B4"); null until someone sets it. */
    chair: text("chair"),
    /** The appointment's clock time, "HH:MM" in the clinic's zone on `date`; null when unset. */
    appointmentTime: text("appointment_time"),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("cycles_course_number").on(t.courseId, t.number),
    index("cycles_date").on(t.date),
    index("cycles_patient").on(t.patientId),
  ],
);

export const doses = sqliteTable(
  "doses",
  {
    id: id(),
    patientId: text("patient_id")
      .notNull()
      .references(() => patients.id),
    cycleId: text("cycle_id")
      .notNull()
      .references(() => cycles.id),
    agent: text("agent").$type<AgentCode>().notNull(),
    dose: real("dose").notNull(),
    unit: text("unit", { enum: DOSE_UNITS }).notNull(),
    route: text("route", { enum: ROUTES }),
    administrations: integer("administrations").notNull().default(1),
    givenAt: text("given_at"),
    givenOn: text("given_on").notNull(),
    // What the dose was judged with when recorded, kept so that it is never re-judged
    // (docs/clinical-rules.md, "Dose caps"). The defaults only serve the backfill migration.
    heightCm: real("height_cm").notNull().default(0),
    weightKg: real("weight_kg").notNull().default(0),
    bsaM2: real("bsa_m2").notNull().default(0),
    cap: real("cap"),
    capSource: text("cap_source", { enum: CAP_SOURCES }).notNull().default("agent-default"),
    capPlanVersionId: text("cap_plan_version_id"),
    status: text("status", { enum: DOSE_STATUSES }).notNull(),
    errorReason: text("error_reason"),
    /** Why it was given against an oncologist's decision, as the nurse said at the chair. */
    overrideReason: text("override_reason"),
    version: integer("version").notNull().default(1),
    recordedBy: text("recorded_by")
      .notNull()
      .references(() => users.id),
    recordedAt: text("recorded_at").notNull(),
  },
  // A dose write re-sums its patient and agent from doses_patient_agent into cumulative_doses
  // (db/commands/cumulative-doses.ts). The follow-ups due read the doses given on the days they fall due by
  // doses_given_on, and whether a later one follows by doses_patient_agent's day (db/reads/after-treatment.ts).
  (t) => [
    index("doses_patient_agent").on(t.patientId, t.agent, t.givenOn),
    index("doses_cycle").on(t.cycleId),
    index("doses_given_on").on(t.givenOn),
  ],
);

/**
 * A patient's cumulative dose of one agent across every course, doses entered-in-error left
 * out: kept by each dose write in its own transaction (db/commands/doses.ts), so the worklist reads one
 * row per due patient and agent instead of summing their whole history (docs/benchmarks.md,
 * "Query plans").
 */
export const cumulativeDoses = sqliteTable(
  "cumulative_doses",
  {
    id: id(),
    patientId: text("patient_id")
      .notNull()
      .references(() => patients.id),
    agent: text("agent").$type<AgentCode>().notNull(),
    total: real("total").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [uniqueIndex("cumulative_doses_patient_agent").on(t.patientId, t.agent)],
);

/** The exam's findings as one JSON document, validated by the same zod schema at every write. */
export interface StoredFindings {
  monofilament: { left: { felt: number; tested: number } | null; right: { felt: number; tested: number } | null };
  vibration: { left: number | null; right: number | null };
  ankleReflex: { left: AnkleReflex | null; right: AnkleReflex | null };
  symptoms: {
    numbness: number | null;
    tingling: number | null;
    pain: number | null;
    coldDysesthesia: boolean | null;
    balance: boolean | null;
    falls: number | null;
    fineMotor: boolean | null;
  };
  adlImpact: AdlImpact | null;
}

export const assessments = sqliteTable(
  "assessments",
  {
    id: id(),
    patientId: text("patient_id")
      .notNull()
      .references(() => patients.id),
    cycleId: text("cycle_id").references(() => cycles.id),
    assessedOn: text("assessed_on").notNull(),
    findings: text("findings", { mode: "json" }).$type<StoredFindings>().notNull(),
    sensoryGrade: integer("sensory_grade").notNull(),
    motorGrade: integer("motor_grade").notNull(),
    notes: text("notes"),
    /** The patient's self-report the nurse had beside the form, if any (docs/api.md, "Patient self-report"). */
    selfReportId: text("self_report_id").references(() => selfReports.id),
    status: text("status", { enum: RECORD_STATUSES }).notNull(),
    statusReason: text("status_reason"),
    version: integer("version").notNull().default(1),
    recordedBy: text("recorded_by")
      .notNull()
      .references(() => users.id),
    recordedAt: text("recorded_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  // The worklist reads each due patient's latest exams backwards along assessments_patient, recordedAt
  // breaking a day's tie without a sort (docs/benchmarks.md, "Query plans").
  (t) => [
    index("assessments_patient").on(t.patientId, t.assessedOn, t.recordedAt),
    index("assessments_cycle").on(t.cycleId),
  ],
);

/**
 * A one-time code for the patient's own report: stored only as its SHA-256, to be opened within
 * 30 minutes and sent within 30 minutes of that first opening (lib/domain/self-report-code.ts),
 * used once (a self-report names it). Only `openedAt` is ever set, once; whether it is used is in
 * self_reports.
 */
export const selfReportInvitations = sqliteTable(
  "self_report_invitations",
  {
    id: id(),
    codeHash: text("code_hash").notNull(),
    patientId: text("patient_id")
      .notNull()
      .references(() => patients.id),
    issuedBy: text("issued_by")
      .notNull()
      .references(() => users.id),
    issuedAt: text("issued_at").notNull(),
    /** Open by: 30 minutes from issue. */
    expiresAt: text("expires_at").notNull(),
    /** The first opening, which starts the 30 minutes to send; null until opened. */
    openedAt: text("opened_at"),
  },
  (t) => [
    uniqueIndex("self_report_invitations_code").on(t.codeHash),
    index("self_report_invitations_patient").on(t.patientId),
  ],
);

/** What the patient answered, as sent; one per invitation. */
export const selfReports = sqliteTable(
  "self_reports",
  {
    id: id(),
    patientId: text("patient_id")
      .notNull()
      .references(() => patients.id),
    invitationId: text("invitation_id")
      .notNull()
      .references(() => selfReportInvitations.id),
    /** The clinic day it was sent (YYYY-MM-DD). */
    reportedOn: text("reported_on").notNull(),
    submittedAt: text("submitted_at").notNull(),
    answers: text("answers", { mode: "json" }).$type<SelfReportAnswers>().notNull(),
  },
  (t) => [
    uniqueIndex("self_reports_invitation").on(t.invitationId),
    index("self_reports_patient").on(t.patientId, t.submittedAt),
  ],
);

/** Unknown codes (guesses) tried per client, for the limit of 10 in 10 minutes (docs/security.md). */
export const selfReportFailures = sqliteTable(
  "self_report_failures",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    client: text("client").notNull(),
    at: text("at").notNull(),
  },
  (t) => [index("self_report_failures_client").on(t.client, t.at)],
);

/** Every earlier version of an amended exam, kept whole so history stays readable. */
export const assessmentVersions = sqliteTable(
  "assessment_versions",
  {
    id: id(),
    assessmentId: text("assessment_id")
      .notNull()
      .references(() => assessments.id),
    version: integer("version").notNull(),
    snapshot: text("snapshot", { mode: "json" }).notNull(),
    replacedBy: text("replaced_by")
      .notNull()
      .references(() => users.id),
    replacedAt: text("replaced_at").notNull(),
    reason: text("reason").notNull(),
  },
  (t) => [uniqueIndex("assessment_versions_version").on(t.assessmentId, t.version)],
);

export interface StoredRule {
  minGrade: number;
  withPain?: boolean;
  action: "reduce" | "hold" | "stop";
  toDose?: number;
  percent?: number;
}

export const planVersions = sqliteTable(
  "plan_versions",
  {
    id: id(),
    patientId: text("patient_id")
      .notNull()
      .references(() => patients.id),
    agent: text("agent").$type<AgentCode>().notNull(),
    version: integer("version").notNull(),
    status: text("status", { enum: PLAN_STATUSES }).notNull(),
    cumulativeLimit: real("cumulative_limit"),
    warnFraction: real("warn_fraction").notNull(),
    doseCap: real("dose_cap"),
    // "plan": doseCap is the plan's own (null: no cap); "agent-default": the agent's default applies.
    doseCapSource: text("dose_cap_source", { enum: CAP_SOURCES }).notNull().default("plan"),
    rules: text("rules", { mode: "json" }).$type<StoredRule[]>().notNull(),
    notes: text("notes"),
    createdBy: text("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    inForceAt: text("in_force_at"),
  },
  (t) => [
    uniqueIndex("plan_versions_version").on(t.patientId, t.agent, t.version),
    // The drafts awaiting a signature, oldest first, on every worklist (db/reads/plans.ts, draftsAwaiting).
    index("plan_versions_status").on(t.status, t.createdAt),
  ],
);

export const planSignatures = sqliteTable(
  "plan_signatures",
  {
    id: id(),
    planVersionId: text("plan_version_id")
      .notNull()
      .references(() => planVersions.id),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    role: text("role", { enum: ROLES }).notNull(),
    meaning: text("meaning", { enum: SIGNATURE_MEANINGS }).notNull(),
    signedAt: text("signed_at").notNull(),
  },
  (t) => [uniqueIndex("plan_signatures_once").on(t.planVersionId, t.userId)],
);

export const alerts = sqliteTable(
  "alerts",
  {
    id: id(),
    patientId: text("patient_id")
      .notNull()
      .references(() => patients.id),
    key: text("key").notNull(),
    kind: text("kind").$type<AlertKind>().notNull(),
    severity: text("severity", { enum: SEVERITIES }).notNull(),
    agent: text("agent").$type<AgentCode>().notNull(),
    message: text("message").notNull(),
    status: text("status", { enum: ALERT_STATUSES }).notNull(),
    cycleId: text("cycle_id").references(() => cycles.id),
    courseId: text("course_id").references(() => courses.id),
    doseId: text("dose_id").references(() => doses.id),
    assessmentId: text("assessment_id").references(() => assessments.id),
    planVersionId: text("plan_version_id").references(() => planVersions.id),
    raisedAt: text("raised_at").notNull(),
    resolvedAt: text("resolved_at"),
    resolvedReason: text("resolved_reason"),
  },
  // By status, newest first for the alerts page; by cycle for the decisions the worklist shows
  // (docs/benchmarks.md, "Query plans").
  (t) => [
    index("alerts_patient").on(t.patientId, t.status),
    index("alerts_status").on(t.status, t.severity),
    index("alerts_status_raised").on(t.status, t.raisedAt),
    index("alerts_cycle").on(t.cycleId),
  ],
);

export const acknowledgements = sqliteTable("acknowledgements", {
  id: id(),
  alertId: text("alert_id")
    .notNull()
    .unique()
    .references(() => alerts.id),
  decision: text("decision", { enum: DECISIONS }).notNull(),
  reason: text("reason").notNull(),
  userId: text("user_id")
    .notNull()
    .references(() => users.id),
  decidedAt: text("decided_at").notNull(),
});

/**
 * Supportive care for neuropathy (duloxetine, referrals, cryotherapy...). Never deleted; only its
 * end, response and notes change, through a versioned update (triggers in the migrations).
 */
export const interventions = sqliteTable(
  "interventions",
  {
    id: id(),
    patientId: text("patient_id")
      .notNull()
      .references(() => patients.id),
    kind: text("kind", { enum: INTERVENTION_KINDS }).notNull(),
    startedOn: text("started_on").notNull(),
    endedOn: text("ended_on"),
    /** Duloxetine only: mg a day. */
    dose: real("dose"),
    response: text("response", { enum: INTERVENTION_RESPONSES }),
    notes: text("notes"),
    version: integer("version").notNull().default(1),
    recordedBy: text("recorded_by")
      .notNull()
      .references(() => users.id),
    recordedAt: text("recorded_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [index("interventions_patient").on(t.patientId, t.startedOn)],
);

/**
 * A clinician's note on a cycle or on an alert (a pharmacist checking the dose arithmetic): read
 * beside it, never a decision. Append-only: a note is not changed, a new one is written.
 */
export const notes = sqliteTable(
  "notes",
  {
    id: id(),
    patientId: text("patient_id")
      .notNull()
      .references(() => patients.id),
    cycleId: text("cycle_id").references(() => cycles.id),
    alertId: text("alert_id").references(() => alerts.id),
    text: text("text").notNull(),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    authorRole: text("author_role", { enum: ROLES }).notNull(),
    createdAt: text("created_at").notNull(),
  },
  (t) => [index("notes_patient").on(t.patientId, t.createdAt)],
);
export type Note = typeof notes.$inferSelect;

/**
 * Break the glass: a user opened a patient treated only at other sites, with a reason. It grants
 * that user that patient's record for the rest of the session it names (docs/sites.md); its audit
 * row is written with it. Append-only.
 */
export const crossSiteAccess = sqliteTable(
  "cross_site_access",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    patientId: text("patient_id")
      .notNull()
      .references(() => patients.id),
    /** The session it was given in, by its audit tag (lib/auth/session.ts), never its token. */
    sessionTag: text("session_tag").notNull(),
    /** The user's home site at the time. */
    siteId: text("site_id")
      .notNull()
      .references(() => sites.id),
    reason: text("reason").notNull(),
    at: text("at").notNull(),
  },
  (t) => [index("cross_site_access_user_patient").on(t.userId, t.patientId, t.sessionTag)],
);

/** Append-only: triggers in the migrations reject UPDATE and DELETE. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: text("at").notNull(),
    userId: text("user_id"),
    action: text("action", { enum: AUDIT_ACTIONS }).notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    patientId: text("patient_id"),
    before: text("before", { mode: "json" }),
    after: text("after", { mode: "json" }),
  },
  (t) => [
    index("audit_user").on(t.userId, t.at),
    index("audit_patient").on(t.patientId, t.at),
    index("audit_at").on(t.at),
  ],
);

export type Site = typeof sites.$inferSelect;
export type CrossSiteAccess = typeof crossSiteAccess.$inferSelect;
export type User = typeof users.$inferSelect;
export type Patient = typeof patients.$inferSelect;
export type Course = typeof courses.$inferSelect;
export type CourseAgent = typeof courseAgents.$inferSelect;
export type CourseAgentChange = typeof courseAgentChanges.$inferSelect;
export type Cycle = typeof cycles.$inferSelect;
export type Dose = typeof doses.$inferSelect;
export type CumulativeDose = typeof cumulativeDoses.$inferSelect;
export type Assessment = typeof assessments.$inferSelect;
export type PlanVersion = typeof planVersions.$inferSelect;
export type PlanSignature = typeof planSignatures.$inferSelect;
export type Alert = typeof alerts.$inferSelect;
export type Acknowledgement = typeof acknowledgements.$inferSelect;
export type AuditRow = typeof auditLog.$inferSelect;
export type Intervention = typeof interventions.$inferSelect;
export type SelfReportInvitation = typeof selfReportInvitations.$inferSelect;
export type SelfReport = typeof selfReports.$inferSelect;
