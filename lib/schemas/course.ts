import { z } from "zod";
import { AGENT_CODES, getAgent } from "@/lib/domain/agents";
import { CYCLE_STATUSES, DOSE_UNITS, ROUTES, SETTINGS } from "@/lib/domain/codes";
import { implausibleDoseMessage, plausibility } from "@/lib/domain/plausibility";
import { clinicTimeZone, dayIn, formatDay, today } from "@/lib/dates";
import { instant, isoDay, reason, version } from "./common";

const agentCode = z.enum(AGENT_CODES, { error: "Not an agent of the library." });
const positiveDose = z.number().positive("Must be above 0.").max(100_000, "Too large.");

/**
 * The unit must be the agent's own: a dose in the wrong unit is a classic, dangerous error. A
 * dose past the agent's plausibility bound is a typing slip, refused naming the typical range.
 */
function plausibleForAgent(
  value: { agent: (typeof AGENT_CODES)[number]; unit: string; dose: number },
  ctx: z.RefinementCtx,
) {
  const agent = getAgent(value.agent);
  if (value.unit !== agent.unit) {
    ctx.addIssue({ code: "custom", path: ["unit"], message: `${agent.name} is dosed in ${agent.unit}.` });
  }
  if (plausibility(agent, value.dose) === "implausible") {
    ctx.addIssue({ code: "custom", path: ["dose"], message: implausibleDoseMessage(agent, value.dose) });
  }
}

/** A dose is recorded once given: its instant may not fall after the clinic's today. */
function givenByToday(value: { givenAt?: string }, ctx: z.RefinementCtx) {
  const at = value.givenAt === undefined ? null : new Date(value.givenAt);
  if (at === null) return;
  if (Number.isNaN(at.getTime())) {
    ctx.addIssue({ code: "custom", path: ["givenAt"], message: "This instant does not exist." });
  } else if (dayIn(at, clinicTimeZone()) > today()) {
    ctx.addIssue({ code: "custom", path: ["givenAt"], message: `Not after today, ${formatDay(today())}.` });
  }
}

export const CourseAgentInput = z
  .strictObject({
    agent: agentCode,
    dose: positiveDose,
    unit: z.enum(DOSE_UNITS),
    route: z.enum(ROUTES).optional(),
    administrationsPerCycle: z.number().int().min(1).max(366).optional(),
  })
  .superRefine(plausibleForAgent);

export const CourseInput = z.strictObject({
  name: z.string().trim().min(1, "Required.").max(200, "At most 200 characters."),
  startDate: isoDay,
  cycleLengthDays: z.number().int().min(1).max(365),
  cycles: z.number().int().min(1, "At least one cycle.").max(100, "At most 100 cycles."),
  setting: z.enum(SETTINGS).optional(),
  agents: z
    .array(CourseAgentInput)
    .min(1, "A course includes at least one neurotoxic agent.")
    .max(10)
    .refine((a) => new Set(a.map((x) => x.agent)).size === a.length, "List each agent once."),
});
export type CourseInput = z.infer<typeof CourseInput>;

/**
 * The course form asks for the setting whenever oxaliplatin is in the course: its reduced level
 * depends on it (75 mg/m2 adjuvant, 65 advanced). The API keeps `setting` optional for
 * integrators; the alert then names both levels and asks (docs/clinical-rules.md, "Templates").
 */
export const CourseFormInput = CourseInput.superRefine((c, ctx) => {
  if (c.setting === undefined && c.agents.some((a) => a.agent === "oxaliplatin")) {
    ctx.addIssue({
      code: "custom",
      path: ["setting"],
      message: "State the setting: oxaliplatin's reduced dose depends on it (75 mg/m2 adjuvant, 65 advanced).",
    });
  }
});

export const DoseInput = z
  .strictObject({
    agent: agentCode,
    dose: positiveDose,
    unit: z.enum(DOSE_UNITS),
    route: z.enum(ROUTES).optional(),
    givenAt: instant.optional(),
    administrations: z.number().int().min(1).max(366).optional(),
    /**
     * Why a dose is given against an oncologist's decision (held, stopped, above the reduced
     * dose). Optional here: a dose given is always recorded; the chair's form asks for it.
     */
    overrideReason: reason.optional(),
  })
  .superRefine(plausibleForAgent)
  .superRefine(givenByToday);
export type DoseInput = z.infer<typeof DoseInput>;

/** The infusion chair or bed on the unit, as written on it ("12", "B4"). */
export const chair = z
  .string()
  .trim()
  .min(1, "Name the chair, or clear it.")
  .max(12, "A chair is named in at most 12 characters.");

/** An appointment's clock time on the unit, 24-hour "HH:MM" in the clinic's zone. */
export const appointmentTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use a time from 00:00 to 23:59.");

export const CyclePatch = z.strictObject({
  version,
  date: isoDay.optional(),
  status: z.enum(CYCLE_STATUSES).optional(),
  /** null clears it. */
  chair: chair.nullable().optional(),
  /** null clears it. */
  appointmentTime: appointmentTime.nullable().optional(),
});
export type CyclePatch = z.infer<typeof CyclePatch>;
