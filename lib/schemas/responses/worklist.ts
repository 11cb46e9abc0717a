import { z } from "zod";
import { AGENT_STATUSES, CYCLE_STATUSES, DOSE_UNITS, SEVERITIES } from "@/lib/domain/codes";
import { URGENCIES, WORKLIST_FILTERS } from "@/lib/domain/worklist";
import { agentCode, alertKind, day, decision, id, instant } from "./common";
import { Site } from "./site";

const WorklistAgent = z.strictObject({
  agent: agentCode,
  name: z.string(),
  cumulative: z.number(),
  limit: z.number().nullable(),
  warnAt: z.number().nullable(),
  unit: z.enum(DOSE_UNITS),
  currentDose: z.number(),
  status: z.enum(AGENT_STATUSES),
  /** Whether this cycle has a dose of the agent that counts: a cycle reads "given" from its first dose. */
  givenInCycle: z.boolean(),
  change: z
    .strictObject({
      decision,
      decidedBy: z.string(),
      at: instant,
      reason: z.string(),
      from: z.strictObject({ currentDose: z.number() }),
      to: z.strictObject({ currentDose: z.number() }),
    })
    .nullable(),
});

/** One cycle of the day's worklist (docs/api.md, "Worklist"), most urgent first. */
export const WorklistRow = z.strictObject({
  urgency: z.enum(URGENCIES),
  patientId: id,
  mrn: z.string(),
  name: z.string(),
  course: z.string(),
  /** The site the cycle is given at: its course's. */
  siteId: id,
  cycleId: id,
  cycleNumber: z.number().int(),
  cycleStatus: z.enum(CYCLE_STATUSES),
  cycleVersion: z.number().int(),
  chair: z.string().nullable(),
  appointmentTime: z.string().nullable(),
  assessed: z.boolean(),
  latestGrade: z.number().int().nullable(),
  previousGrade: z.number().int().nullable(),
  agents: z.array(WorklistAgent),
  openAlerts: z.array(z.strictObject({ id, kind: alertKind, severity: z.enum(SEVERITIES), agent: agentCode })),
  decisions: z.array(
    z.strictObject({
      agent: agentCode,
      kind: alertKind,
      decision,
      alertId: id,
      decidedBy: z.string(),
      decidedAt: instant,
    }),
  ),
});

export const Worklist = z.strictObject({
  date: day,
  filter: z.enum(WORKLIST_FILTERS),
  q: z.string(),
  counts: z.strictObject({
    all: z.number().int(),
    "not-assessed": z.number().int(),
    alerts: z.number().int(),
    held: z.number().int(),
  }),
  /** The site shown; null for every site (docs/sites.md). */
  site: Site.nullable(),
  patients: z.array(WorklistRow),
});
