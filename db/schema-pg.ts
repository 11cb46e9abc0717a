// The PostgreSQL schema: db/schema.ts (SQLite, where each table and column is explained) table for
// table, with the same names, keys, indexes and foreign keys, and column types chosen so that every
// table's inferred row types are the same in both (tests/foundation/pg-schema-parity.test.ts holds
// them together): `real` is `double precision`, JSON text is `jsonb`, booleans are `boolean`, the
// counters' ids are identity columns. The timestamps and days stay ISO-8601 text as in SQLite (the app
// writes and compares them as strings; timestamptz would hand back another spelling of the instant).
import { sql } from "drizzle-orm";
import { boolean, doublePrecision, index, integer, jsonb, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
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
  type AlertKind,
  type RiskFactor,
} from "@/lib/domain/codes";
import { INTERVENTION_KINDS, INTERVENTION_RESPONSES } from "@/lib/domain/interventions";
import type { SelfReportAnswers } from "@/lib/domain/self-report";
import { DEFAULT_SITE_ID } from "@/lib/domain/sites";
import type { StoredFindings, StoredRule } from "./schema";

const id = () => text("id").primaryKey();
const createdAt = () => text("created_at").notNull();

export const sites = pgTable(
  "sites",
  {
    id: id(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("sites_code_nocase").on(sql`upper(${t.code})`)],
);

const siteId = () =>
  text("site_id")
    .notNull()
    .default(DEFAULT_SITE_ID)
    .references(() => sites.id);

export const users = pgTable(
  "users",
  {
    id: id(),
    username: text("username").notNull(),
    displayName: text("display_name").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    passwordHash: text("password_hash").notNull(),
    siteId: siteId(),
    disabled: boolean("disabled").notNull().default(false),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("users_username_nocase").on(sql`lower(${t.username})`)],
);

export const sessions = pgTable(
  "sessions",
  {
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

export const passwordAttempts = pgTable(
  "password_attempts",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    purpose: text("purpose", { enum: ["sign-in", "plan-signing"] }).notNull(),
    username: text("username").notNull(),
    client: text("client").notNull(),
    at: text("at").notNull(),
  },
  (t) => [index("password_attempts_account").on(t.username, t.purpose, t.at), index("password_attempts_at").on(t.at)],
);

export const patients = pgTable(
  "patients",
  {
    id: id(),
    mrn: text("mrn").notNull(),
    familyName: text("family_name").notNull(),
    givenName: text("given_name").notNull(),
    birthDate: text("birth_date").notNull(),
    sex: text("sex", { enum: SEXES }).notNull(),
    heightCm: doublePrecision("height_cm").notNull(),
    weightKg: doublePrecision("weight_kg").notNull(),
    diagnosis: text("diagnosis"),
    riskFactors: jsonb("risk_factors").$type<RiskFactor[]>().notNull(),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [
    uniqueIndex("patients_mrn_nocase").on(sql`upper(${t.mrn})`),
    index("patients_name").on(t.familyName, t.givenName),
  ],
);

export const courses = pgTable(
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
    siteId: siteId(),
    createdBy: text("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("courses_patient").on(t.patientId), index("courses_patient_site").on(t.patientId, t.siteId)],
);

export const courseAgents = pgTable(
  "course_agents",
  {
    id: id(),
    courseId: text("course_id")
      .notNull()
      .references(() => courses.id),
    agent: text("agent").$type<AgentCode>().notNull(),
    dose: doublePrecision("dose").notNull(),
    unit: text("unit", { enum: DOSE_UNITS }).notNull(),
    route: text("route", { enum: ROUTES }),
    administrationsPerCycle: integer("administrations_per_cycle").notNull().default(1),
    currentDose: doublePrecision("current_dose").notNull().default(0),
    status: text("status", { enum: AGENT_STATUSES }).notNull().default("active"),
  },
  (t) => [uniqueIndex("course_agents_course_agent").on(t.courseId, t.agent)],
);

export const courseAgentChanges = pgTable(
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
    fromDose: doublePrecision("from_dose").notNull(),
    toDose: doublePrecision("to_dose").notNull(),
    fromStatus: text("from_status", { enum: AGENT_STATUSES }).notNull(),
    toStatus: text("to_status", { enum: AGENT_STATUSES }).notNull(),
    reason: text("reason").notNull(),
    alertIds: jsonb("alert_ids").$type<string[]>().notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    at: text("at").notNull(),
  },
  (t) => [index("course_agent_changes_patient").on(t.patientId, t.at)],
);

export const cycles = pgTable(
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
    chair: text("chair"),
    appointmentTime: text("appointment_time"),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("cycles_course_number").on(t.courseId, t.number),
    index("cycles_date").on(t.date),
    index("cycles_patient").on(t.patientId),
  ],
);

export const doses = pgTable(
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
    dose: doublePrecision("dose").notNull(),
    unit: text("unit", { enum: DOSE_UNITS }).notNull(),
    route: text("route", { enum: ROUTES }),
    administrations: integer("administrations").notNull().default(1),
    givenAt: text("given_at"),
    givenOn: text("given_on").notNull(),
    heightCm: doublePrecision("height_cm").notNull().default(0),
    weightKg: doublePrecision("weight_kg").notNull().default(0),
    bsaM2: doublePrecision("bsa_m2").notNull().default(0),
    cap: doublePrecision("cap"),
    capSource: text("cap_source", { enum: CAP_SOURCES }).notNull().default("agent-default"),
    capPlanVersionId: text("cap_plan_version_id"),
    status: text("status", { enum: DOSE_STATUSES }).notNull(),
    errorReason: text("error_reason"),
    overrideReason: text("override_reason"),
    version: integer("version").notNull().default(1),
    recordedBy: text("recorded_by")
      .notNull()
      .references(() => users.id),
    recordedAt: text("recorded_at").notNull(),
  },
  (t) => [
    index("doses_patient_agent").on(t.patientId, t.agent, t.givenOn),
    index("doses_cycle").on(t.cycleId),
    index("doses_given_on").on(t.givenOn),
  ],
);

export const cumulativeDoses = pgTable(
  "cumulative_doses",
  {
    id: id(),
    patientId: text("patient_id")
      .notNull()
      .references(() => patients.id),
    agent: text("agent").$type<AgentCode>().notNull(),
    total: doublePrecision("total").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [uniqueIndex("cumulative_doses_patient_agent").on(t.patientId, t.agent)],
);

export const assessments = pgTable(
  "assessments",
  {
    id: id(),
    patientId: text("patient_id")
      .notNull()
      .references(() => patients.id),
    cycleId: text("cycle_id").references(() => cycles.id),
    assessedOn: text("assessed_on").notNull(),
    findings: jsonb("findings").$type<StoredFindings>().notNull(),
    sensoryGrade: integer("sensory_grade").notNull(),
    motorGrade: integer("motor_grade").notNull(),
    notes: text("notes"),
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
  (t) => [
    index("assessments_patient").on(t.patientId, t.assessedOn, t.recordedAt),
    index("assessments_cycle").on(t.cycleId),
  ],
);

export const selfReportInvitations = pgTable(
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
    expiresAt: text("expires_at").notNull(),
    openedAt: text("opened_at"),
  },
  (t) => [
    uniqueIndex("self_report_invitations_code").on(t.codeHash),
    index("self_report_invitations_patient").on(t.patientId),
  ],
);

export const selfReports = pgTable(
  "self_reports",
  {
    id: id(),
    patientId: text("patient_id")
      .notNull()
      .references(() => patients.id),
    invitationId: text("invitation_id")
      .notNull()
      .references(() => selfReportInvitations.id),
    reportedOn: text("reported_on").notNull(),
    submittedAt: text("submitted_at").notNull(),
    answers: jsonb("answers").$type<SelfReportAnswers>().notNull(),
  },
  (t) => [
    uniqueIndex("self_reports_invitation").on(t.invitationId),
    index("self_reports_patient").on(t.patientId, t.submittedAt),
  ],
);

export const selfReportFailures = pgTable(
  "self_report_failures",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    client: text("client").notNull(),
    at: text("at").notNull(),
  },
  (t) => [index("self_report_failures_client").on(t.client, t.at)],
);

export const assessmentVersions = pgTable(
  "assessment_versions",
  {
    id: id(),
    assessmentId: text("assessment_id")
      .notNull()
      .references(() => assessments.id),
    version: integer("version").notNull(),
    snapshot: jsonb("snapshot").notNull(),
    replacedBy: text("replaced_by")
      .notNull()
      .references(() => users.id),
    replacedAt: text("replaced_at").notNull(),
    reason: text("reason").notNull(),
  },
  (t) => [uniqueIndex("assessment_versions_version").on(t.assessmentId, t.version)],
);

export const planVersions = pgTable(
  "plan_versions",
  {
    id: id(),
    patientId: text("patient_id")
      .notNull()
      .references(() => patients.id),
    agent: text("agent").$type<AgentCode>().notNull(),
    version: integer("version").notNull(),
    status: text("status", { enum: PLAN_STATUSES }).notNull(),
    cumulativeLimit: doublePrecision("cumulative_limit"),
    warnFraction: doublePrecision("warn_fraction").notNull(),
    doseCap: doublePrecision("dose_cap"),
    doseCapSource: text("dose_cap_source", { enum: CAP_SOURCES }).notNull().default("plan"),
    rules: jsonb("rules").$type<StoredRule[]>().notNull(),
    notes: text("notes"),
    createdBy: text("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    inForceAt: text("in_force_at"),
  },
  (t) => [
    uniqueIndex("plan_versions_version").on(t.patientId, t.agent, t.version),
    index("plan_versions_status").on(t.status, t.createdAt),
  ],
);

export const planSignatures = pgTable(
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

export const alerts = pgTable(
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
  (t) => [
    index("alerts_patient").on(t.patientId, t.status),
    index("alerts_status").on(t.status, t.severity),
    index("alerts_status_raised").on(t.status, t.raisedAt),
    index("alerts_cycle").on(t.cycleId),
  ],
);

export const acknowledgements = pgTable("acknowledgements", {
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

export const interventions = pgTable(
  "interventions",
  {
    id: id(),
    patientId: text("patient_id")
      .notNull()
      .references(() => patients.id),
    kind: text("kind", { enum: INTERVENTION_KINDS }).notNull(),
    startedOn: text("started_on").notNull(),
    endedOn: text("ended_on"),
    dose: doublePrecision("dose"),
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

export const notes = pgTable(
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

export const crossSiteAccess = pgTable(
  "cross_site_access",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    patientId: text("patient_id")
      .notNull()
      .references(() => patients.id),
    sessionTag: text("session_tag").notNull(),
    siteId: text("site_id")
      .notNull()
      .references(() => sites.id),
    reason: text("reason").notNull(),
    at: text("at").notNull(),
  },
  (t) => [index("cross_site_access_user_patient").on(t.userId, t.patientId, t.sessionTag)],
);

export const auditLog = pgTable(
  "audit_log",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    at: text("at").notNull(),
    userId: text("user_id"),
    action: text("action", { enum: AUDIT_ACTIONS }).notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    patientId: text("patient_id"),
    before: jsonb("before"),
    after: jsonb("after"),
  },
  (t) => [
    index("audit_user").on(t.userId, t.at),
    index("audit_patient").on(t.patientId, t.at),
    index("audit_at").on(t.at),
  ],
);
