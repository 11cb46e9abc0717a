// Every endpoint of the JSON API, with who may call it and the zod schemas of what it takes and
// what it answers. It is plain data over the pure schemas, so the browser's typed client
// (lib/client/api.ts) takes its types from it (types only: no schema reaches a bundle). Route
// handlers are built from these (their answers are typed by the response
// schema), /api/openapi.json is generated from them, and every API test parses each success body
// with its schema (lib/testing/api.ts), so the published contract cannot drift from the code.
import type { ZodType } from "zod";
import type { z } from "zod/mini";
import { BEDSIDE_ROLES, CLINICAL_ROLES, PRESCRIBING_ROLES, type Role } from "@/lib/domain/codes";
import { AssessmentAmendment, AssessmentInput } from "@/lib/schemas/assessment";
import { EnteredInErrorInput } from "@/lib/schemas/common";
import { CourseInput, CyclePatch, DoseInput } from "@/lib/schemas/course";
import { PatientInput, PatientPatch, PatientQuery } from "@/lib/schemas/patient";
import { AcknowledgeInput, BulkAcknowledgeInput, PlanInput, SignInput } from "@/lib/schemas/plan";
import { InterventionInput, InterventionPatch } from "@/lib/schemas/intervention";
import { AlertListQuery, PatientAlertQuery, PeriodQuery, WorklistQuery } from "@/lib/schemas/queries";
import { SelfReportInput } from "@/lib/schemas/self-report";
import { NoteInput } from "@/lib/schemas/note";
import { BreakGlassInput, SiteInput } from "@/lib/schemas/site";
import { AuditQuery, SignInInput, UserInput, UserPatch } from "@/lib/schemas/user";
import { Acknowledged, AlertList, BulkAcknowledged } from "@/lib/schemas/responses/alert";
import {
  AlertAnalytics,
  FollowUps,
  InterventionList,
  InterventionRecorded,
  InterventionResponse,
  NoteAdded,
  NoteList,
} from "@/lib/schemas/responses/after-treatment";
import { AssessmentList, AssessmentRecorded, AssessmentResponse } from "@/lib/schemas/responses/assessment";
import {
  AgentDecided,
  CourseCreated,
  CourseList,
  CycleResponse,
  DoseList,
  DoseRecorded,
  DoseResponse,
} from "@/lib/schemas/responses/course";
import { PatientList, PatientResponse } from "@/lib/schemas/responses/patient";
import { PlanList, PlanResponse, PlanSigned } from "@/lib/schemas/responses/plan";
import { Invitation, Questionnaire, SelfReportList, SelfReportReceived } from "@/lib/schemas/responses/self-report";
import { AgentList, CsvFile, FhirBundle, Health, OpenApiDocument } from "@/lib/schemas/responses/system";
import { AuditList, UserList, UserResponse } from "@/lib/schemas/responses/user";
import { Worklist } from "@/lib/schemas/responses/worklist";
import { SiteAccess, SiteList, SiteResponse } from "@/lib/schemas/responses/site";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface EndpointDef {
  method: Method;
  path: string;
  summary: string;
  /** "public": no session needed; "signed-in": any role; else the roles allowed. */
  access: "public" | "signed-in" | readonly Role[];
  body?: z.core.$ZodType;
  query?: z.core.$ZodType;
  /** The success body's schema; null for an answer without a body (204). */
  response: ZodType | null;
  /** The success body's media type, when not application/json. */
  mediaType?: "application/fhir+json" | "text/csv";
  /** Also answers the same data as CSV when asked with `Accept: text/csv`. */
  alsoCsv?: true;
  /**
   * The one patient endpoint open before a reason is given for a patient of another site: the one
   * that records the reason (docs/sites.md). Every other endpoint of that patient's records (by the
   * patient's id, or a record's own: a cycle, a dose...) answers 403 `break_glass_required` until then.
   */
  breaksGlass?: true;
  success: number;
}

/** The parameters a path template names: "/api/patients/{id}/plans/{agent}" -> {id, agent}. */
export type PathParams<P extends string> = P extends `${string}{${infer Name}}${infer Rest}`
  ? { [K in Name | keyof PathParams<Rest>]: string }
  : Record<never, string>;

// Widened to Role[], so that `access.includes(user.role)` takes any role.
const CLINICAL: readonly Role[] = CLINICAL_ROLES;
const BEDSIDE: readonly Role[] = BEDSIDE_ROLES;
const PRESCRIBING: readonly Role[] = PRESCRIBING_ROLES;
const ADMIN: readonly Role[] = ["admin"];

// `const`: each path stays a literal type, so a handler knows its path parameters by name.
const def = <const T extends EndpointDef>(d: T) => d;

export const endpoints = {
  health: def({
    method: "GET",
    path: "/api/health",
    summary: "Liveness and database check",
    access: "public",
    response: Health,
    success: 200,
  }),
  openapi: def({
    method: "GET",
    path: "/api/openapi.json",
    summary: "This API as OpenAPI 3.1",
    access: "signed-in",
    response: OpenApiDocument,
    success: 200,
  }),
  signIn: def({
    method: "POST",
    path: "/api/session",
    summary: "Sign in",
    access: "public",
    body: SignInInput,
    response: UserResponse,
    success: 200,
  }),
  currentSession: def({
    method: "GET",
    path: "/api/session",
    summary: "The signed-in user",
    access: "signed-in",
    response: UserResponse,
    success: 200,
  }),
  signOut: def({
    method: "DELETE",
    path: "/api/session",
    summary: "Sign out (revokes the session)",
    access: "signed-in",
    response: null,
    success: 204,
  }),

  listUsers: def({
    method: "GET",
    path: "/api/users",
    summary: "List users",
    access: ADMIN,
    response: UserList,
    success: 200,
  }),
  createUser: def({
    method: "POST",
    path: "/api/users",
    summary: "Add a user",
    access: ADMIN,
    body: UserInput,
    response: UserResponse,
    success: 201,
  }),
  updateUser: def({
    method: "PATCH",
    path: "/api/users/{id}",
    summary: "Change role, disable, or reset password",
    access: ADMIN,
    body: UserPatch,
    response: UserResponse,
    success: 200,
  }),
  listSites: def({
    method: "GET",
    path: "/api/sites",
    summary: "The network's infusion centres (one on a single-centre install)",
    access: "signed-in",
    response: SiteList,
    success: 200,
  }),
  createSite: def({
    method: "POST",
    path: "/api/sites",
    summary: "Add an infusion centre (its code is fixed once made)",
    access: ADMIN,
    body: SiteInput,
    response: SiteResponse,
    success: 201,
  }),
  listAudit: def({
    method: "GET",
    path: "/api/audit",
    summary: "Browse the audit trail",
    access: ADMIN,
    query: AuditQuery,
    response: AuditList,
    success: 200,
  }),
  exportAudit: def({
    method: "GET",
    path: "/api/audit.csv",
    summary: "The audit trail as CSV, with the filters of the browse; actions in words",
    access: ADMIN,
    query: AuditQuery,
    response: CsvFile,
    mediaType: "text/csv",
    success: 200,
  }),

  listAgents: def({
    method: "GET",
    path: "/api/agents",
    summary: "The neurotoxic agent library",
    access: "signed-in",
    response: AgentList,
    success: 200,
  }),

  listPatients: def({
    method: "GET",
    path: "/api/patients",
    summary: "Search patients by name or MRN",
    access: CLINICAL,
    query: PatientQuery,
    response: PatientList,
    success: 200,
  }),
  createPatient: def({
    method: "POST",
    path: "/api/patients",
    summary: "Register a patient",
    access: BEDSIDE,
    body: PatientInput,
    response: PatientResponse,
    success: 201,
  }),
  getPatient: def({
    method: "GET",
    path: "/api/patients/{id}",
    summary: "Read a patient",
    access: CLINICAL,
    response: PatientResponse,
    success: 200,
  }),
  updatePatient: def({
    method: "PATCH",
    path: "/api/patients/{id}",
    summary: "Edit a patient",
    access: BEDSIDE,
    body: PatientPatch,
    response: PatientResponse,
    success: 200,
  }),

  breakGlass: def({
    method: "POST",
    path: "/api/patients/{id}/site-access",
    summary:
      "Open a patient treated only at other sites, with a reason (break the glass): audited, and the record is open for the rest of the session",
    access: CLINICAL,
    body: BreakGlassInput,
    response: SiteAccess,
    breaksGlass: true,
    success: 201,
  }),

  listCourses: def({
    method: "GET",
    path: "/api/patients/{id}/courses",
    summary: "A patient's courses with their cycles",
    access: CLINICAL,
    response: CourseList,
    success: 200,
  }),
  createCourse: def({
    method: "POST",
    path: "/api/patients/{id}/courses",
    summary: "Create a course and schedule its cycles",
    access: PRESCRIBING,
    body: CourseInput,
    response: CourseCreated,
    success: 201,
  }),
  updateCycle: def({
    method: "PATCH",
    path: "/api/cycles/{id}",
    summary: "Reschedule, hold or cancel a cycle; set its chair and appointment time",
    access: BEDSIDE,
    body: CyclePatch,
    response: CycleResponse,
    success: 200,
  }),
  recordDose: def({
    method: "POST",
    path: "/api/cycles/{id}/doses",
    summary: "Record a dose given",
    access: BEDSIDE,
    body: DoseInput,
    response: DoseRecorded,
    success: 201,
  }),
  listDoses: def({
    method: "GET",
    path: "/api/patients/{id}/doses",
    summary: "A patient's doses",
    access: CLINICAL,
    response: DoseList,
    success: 200,
  }),
  doseInError: def({
    method: "POST",
    path: "/api/doses/{id}/entered-in-error",
    summary: "Mark a dose entered-in-error",
    access: BEDSIDE,
    body: EnteredInErrorInput,
    response: DoseResponse,
    success: 200,
  }),

  listAssessments: def({
    method: "GET",
    path: "/api/patients/{id}/assessments",
    summary: "A patient's exams, oldest first",
    access: CLINICAL,
    response: AssessmentList,
    success: 200,
  }),
  recordAssessment: def({
    method: "POST",
    path: "/api/patients/{id}/assessments",
    summary: "Record a bedside exam",
    access: BEDSIDE,
    body: AssessmentInput,
    response: AssessmentRecorded,
    success: 201,
  }),
  amendAssessment: def({
    method: "PATCH",
    path: "/api/assessments/{id}",
    summary: "Amend an exam with a reason",
    access: BEDSIDE,
    body: AssessmentAmendment,
    response: AssessmentRecorded,
    success: 200,
  }),
  assessmentInError: def({
    method: "POST",
    path: "/api/assessments/{id}/entered-in-error",
    summary: "Mark an exam entered-in-error",
    access: BEDSIDE,
    body: EnteredInErrorInput,
    response: AssessmentResponse,
    success: 200,
  }),

  listPlans: def({
    method: "GET",
    path: "/api/patients/{id}/plans",
    summary: "Plans per agent with every version",
    access: CLINICAL,
    response: PlanList,
    success: 200,
  }),
  draftPlan: def({
    method: "PUT",
    path: "/api/patients/{id}/plans/{agent}",
    summary: "Draft a new plan version",
    access: PRESCRIBING,
    body: PlanInput,
    response: PlanResponse,
    success: 201,
  }),
  signPlan: def({
    method: "POST",
    path: "/api/plans/{id}/sign",
    summary: "Sign a plan version",
    access: CLINICAL,
    body: SignInput,
    response: PlanSigned,
    success: 201,
  }),

  listPatientAlerts: def({
    method: "GET",
    path: "/api/patients/{id}/alerts",
    summary: "A patient's alerts",
    access: CLINICAL,
    query: PatientAlertQuery,
    response: AlertList,
    success: 200,
  }),
  listAlerts: def({
    method: "GET",
    path: "/api/alerts",
    summary: "Alerts across patients",
    access: CLINICAL,
    query: AlertListQuery,
    response: AlertList,
    success: 200,
  }),
  acknowledgeAlert: def({
    method: "POST",
    path: "/api/alerts/{id}/acknowledge",
    summary: "Decide on an alert",
    access: ["oncologist"],
    body: AcknowledgeInput,
    response: Acknowledged,
    success: 201,
  }),
  acknowledgeAlerts: def({
    method: "POST",
    path: "/api/patients/{id}/alerts/acknowledge",
    summary: "One decision on several open alerts of one patient and one agent, all or nothing",
    access: ["oncologist"],
    body: BulkAcknowledgeInput,
    response: BulkAcknowledged,
    success: 201,
  }),

  decideOnAgent: def({
    method: "POST",
    path: "/api/patients/{id}/agents/{agent}/decision",
    summary: "A decision on an agent with no alert to decide: lift a hold at review, or hold, reduce, stop",
    access: ["oncologist"],
    body: AcknowledgeInput,
    response: AgentDecided,
    success: 201,
  }),

  worklist: def({
    method: "GET",
    path: "/api/worklist",
    summary: "Cycles due on a day, most urgent first",
    access: CLINICAL,
    query: WorklistQuery,
    response: Worklist,
    success: 200,
  }),
  inviteSelfReport: def({
    method: "POST",
    path: "/api/patients/{id}/self-report-invitations",
    summary: "A one-time code (30 minutes) for the patient's own report, with its QR code",
    access: BEDSIDE,
    response: Invitation,
    success: 201,
  }),
  openSelfReport: def({
    method: "GET",
    path: "/api/self-report/{code}",
    summary: "The questionnaire of a one-time code and the patient's given name; the use is audited",
    access: "public",
    response: Questionnaire,
    success: 200,
  }),
  submitSelfReport: def({
    method: "POST",
    path: "/api/self-report/{code}",
    summary: "The patient's answers; uses up the code (410 once used or expired, 429 after 10 unknown codes)",
    access: "public",
    body: SelfReportInput,
    response: SelfReportReceived,
    success: 201,
  }),
  listSelfReports: def({
    method: "GET",
    path: "/api/patients/{id}/self-reports",
    summary: "A patient's self-reports, newest first",
    access: CLINICAL,
    response: SelfReportList,
    success: 200,
  }),

  exportFhir: def({
    method: "GET",
    path: "/api/patients/{id}/fhir",
    summary: "The patient's record as a FHIR R4 Bundle (type collection); the read is audited",
    access: CLINICAL,
    response: FhirBundle,
    mediaType: "application/fhir+json",
    success: 200,
  }),
  exportFlowsheet: def({
    method: "GET",
    path: "/api/patients/{id}/flowsheet.csv",
    summary: "The patient's exams as a CSV flowsheet, one row per exam; the read is audited",
    access: CLINICAL,
    response: CsvFile,
    mediaType: "text/csv",
    success: 200,
  }),
  listFollowUps: def({
    method: "GET",
    path: "/api/follow-ups",
    summary: "Follow-up exams due after the last dose of an agent, not yet met, earliest first",
    access: CLINICAL,
    query: PeriodQuery,
    response: FollowUps,
    success: 200,
  }),
  listInterventions: def({
    method: "GET",
    path: "/api/patients/{id}/interventions",
    summary: "A patient's supportive care, oldest start first",
    access: CLINICAL,
    response: InterventionList,
    success: 200,
  }),
  listNotes: def({
    method: "GET",
    path: "/api/patients/{id}/notes",
    summary: "Notes on the patient's cycles and alerts, oldest first",
    access: CLINICAL,
    response: NoteList,
    success: 200,
  }),
  addNote: def({
    method: "POST",
    path: "/api/patients/{id}/notes",
    summary: "A note on a cycle or an alert (audited); never a decision",
    access: CLINICAL,
    body: NoteInput,
    response: NoteAdded,
    success: 201,
  }),
  recordIntervention: def({
    method: "POST",
    path: "/api/patients/{id}/interventions",
    summary: "Record supportive care (duloxetine, a referral, cryotherapy...); answers its warnings",
    access: CLINICAL,
    body: InterventionInput,
    response: InterventionRecorded,
    success: 201,
  }),
  updateIntervention: def({
    method: "PATCH",
    path: "/api/interventions/{id}",
    summary: "End supportive care, or record the patient's response",
    access: CLINICAL,
    body: InterventionPatch,
    response: InterventionResponse,
    success: 200,
  }),
  alertAnalytics: def({
    method: "GET",
    path: "/api/analytics/alerts",
    summary:
      "Alert analytics per kind and agent, and rules to revisit (JSON, or CSV with Accept: text/csv); the read is audited",
    access: PRESCRIBING,
    query: PeriodQuery,
    response: AlertAnalytics,
    alsoCsv: true,
    success: 200,
  }),
} as const satisfies Record<string, EndpointDef>;

/** Whether a role may call an endpoint: what a page offers follows what the API allows. */
export function mayCall(role: Role, name: keyof typeof endpoints): boolean {
  const access: EndpointDef["access"] = endpoints[name].access;
  return access === "public" || access === "signed-in" || access.includes(role);
}
