import { z } from "zod";
import { AGENT_STATUSES, CYCLE_STATUSES, DOSE_UNITS, ROUTES, SETTINGS } from "@/lib/domain/codes";
import { agentCode, day, decision, id, instant, person } from "./common";
import { Alert, raisedByDecision } from "./alert";

export const Cycle = z.strictObject({
  id,
  courseId: id,
  number: z.number().int(),
  date: day,
  status: z.enum(CYCLE_STATUSES),
  chair: z.string().nullable(),
  /** HH:MM in the clinic's time zone. */
  appointmentTime: z.string().nullable(),
  version: z.number().int(),
});

const agentState = z.strictObject({ currentDose: z.number(), status: z.enum(AGENT_STATUSES) });

/** A course's agent with its state for the cycles to come and each decision that changed it. */
export const CourseAgent = z.strictObject({
  agent: agentCode,
  dose: z.number(),
  unit: z.enum(DOSE_UNITS),
  route: z.enum(ROUTES).nullable(),
  administrationsPerCycle: z.number().int(),
  currentDose: z.number(),
  status: z.enum(AGENT_STATUSES),
  history: z.array(
    z.strictObject({
      decision,
      from: agentState,
      to: agentState,
      reason: z.string(),
      decidedBy: person,
      at: instant,
      alertIds: z.array(id),
    }),
  ),
});

export const Course = z.strictObject({
  id,
  patientId: id,
  name: z.string(),
  startDate: day,
  cycleLengthDays: z.number().int(),
  setting: z.enum(SETTINGS).nullable(),
  /** The site the course is given at; its cycles are given there too (docs/sites.md). */
  siteId: id,
  createdAt: instant,
  createdBy: id,
  agents: z.array(CourseAgent),
  cycles: z.array(Cycle),
});

export const CourseList = z.strictObject({ courses: z.array(Course) });
/** A decision on an agent with no alert to decide: its courses as they now stand, and what it raised. */
export const AgentDecided = CourseList.extend({ raised: raisedByDecision });
export const CourseCreated = z.strictObject({ course: Course, alerts: z.array(Alert) });
export const CycleResponse = z.strictObject({ cycle: Cycle });

/** The patient's cumulative dose per agent, in each agent's unit. */
export const Cumulative = z.partialRecord(agentCode, z.number());

export const Dose = z.strictObject({
  id,
  version: z.number().int(),
  patientId: id,
  cycleId: id,
  agent: agentCode,
  dose: z.number(),
  unit: z.enum(DOSE_UNITS),
  route: z.enum(ROUTES).nullable(),
  administrations: z.number().int(),
  givenAt: instant.nullable(),
  givenOn: day,
  heightCm: z.number(),
  weightKg: z.number(),
  bsaM2: z.number(),
  cap: z.number().nullable(),
  capSource: z.enum(["plan", "agent-default"]),
  capPlanVersionId: id.nullable(),
  status: z.enum(["final", "entered-in-error"]),
  errorReason: z.string().nullable(),
  overrideReason: z.string().nullable(),
  recordedBy: id,
  recordedAt: instant,
});

export const DoseRecorded = z.strictObject({ dose: Dose, cumulative: Cumulative, alerts: z.array(Alert) });
export const DoseList = z.strictObject({ doses: z.array(Dose) });
export const DoseResponse = z.strictObject({ dose: Dose });
