import * as z from "zod/mini";
import { AGENT_CODES, getAgent } from "@/lib/domain/agents";
import { CYCLE_STATUSES, DOSE_UNITS, ROUTES, SETTINGS } from "@/lib/domain/codes";
import { implausibleDoseMessage, plausibility } from "@/lib/domain/plausibility";
import { clinicTimeZone, dayIn, formatDay, today } from "@/lib/dates";
import { instant, isoDay, name, reason, seenCount, version } from "./common";

const agentCode = z.enum(AGENT_CODES, { error: "Not an agent of the library." });
// In the nurse's words, not zod's ("expected number, received undefined"): an empty field is the usual case.
const positiveDose = z
  .number({ error: (issue) => (issue.input === undefined ? "Enter a dose." : "Enter the dose as a number.") })
  .check(z.positive("Must be above 0."), z.maximum(100_000, "Too large."));

/**
 * The unit must be the agent's own: a dose in the wrong unit is a classic, dangerous error. A
 * dose past the agent's plausibility bound is a typing slip, refused naming the typical range.
 */
function plausibleForAgent(
  value: { agent: (typeof AGENT_CODES)[number]; unit: string; dose: number },
  ctx: z.core.$RefinementCtx,
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
function givenByToday(value: { givenAt?: string }, ctx: z.core.$RefinementCtx) {
  const at = value.givenAt === undefined ? null : new Date(value.givenAt);
  if (at === null) return;
  if (Number.isNaN(at.getTime())) {
    ctx.addIssue({ code: "custom", path: ["givenAt"], message: "This instant does not exist." });
  } else if (dayIn(at, clinicTimeZone()) > today()) {
    ctx.addIssue({ code: "custom", path: ["givenAt"], message: `Not after today, ${formatDay(today())}.` });
  }
}

const administrations = z
  .number()
  .check(z.int("A whole number of administrations."), z.minimum(1, "At least 1."), z.maximum(366, "At most 366."));

export const CourseAgentInput = z
  .strictObject({
    agent: agentCode,
    dose: positiveDose,
    unit: z.enum(DOSE_UNITS),
    route: z.optional(z.enum(ROUTES)),
    administrationsPerCycle: z.optional(administrations),
  })
  .check(z.superRefine(plausibleForAgent));

export const CourseInput = z.strictObject({
  name,
  startDate: isoDay,
  cycleLengthDays: z.number().check(z.int(), z.minimum(1), z.maximum(365)),
  cycles: z.number().check(z.int(), z.minimum(1, "At least one cycle."), z.maximum(100, "At most 100 cycles.")),
  setting: z.optional(z.enum(SETTINGS)),
  /** The site it is given at; left out, the prescriber's home site (docs/sites.md). */
  siteId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  agents: z.array(CourseAgentInput).check(
    z.minLength(1, "A course includes at least one neurotoxic agent."),
    z.maxLength(10),
    z.refine((a) => new Set(a.map((x) => x.agent)).size === a.length, "List each agent once."),
  ),
});
export type CourseInput = z.infer<typeof CourseInput>;

/**
 * The course form asks for the setting whenever oxaliplatin is in the course: its reduced level
 * depends on it (75 mg/m2 adjuvant, 65 advanced). The API keeps `setting` optional for
 * integrators; the alert then names both levels and asks (docs/clinical-rules.md, "Templates").
 */
export const CourseFormInput = CourseInput.check(
  z.superRefine((c, ctx) => {
    if (c.setting === undefined && c.agents.some((a) => a.agent === "oxaliplatin")) {
      ctx.addIssue({
        code: "custom",
        path: ["setting"],
        message: "State the setting: oxaliplatin's reduced dose depends on it (75 mg/m2 adjuvant, 65 advanced).",
      });
    }
  }),
);

export const DoseInput = z
  .strictObject({
    agent: agentCode,
    dose: positiveDose,
    unit: z.enum(DOSE_UNITS),
    route: z.optional(z.enum(ROUTES)),
    givenAt: z.optional(instant),
    administrations: z.optional(administrations),
    /**
     * Why a dose is given against an oncologist's decision (held, stopped, above the reduced
     * dose). Optional here: a dose given is always recorded; the chair's form asks for it.
     */
    overrideReason: z.optional(reason),
    /**
     * How many doses of this agent the recording screen showed for the cycle: when the cycle holds
     * another number, another screen recorded one meanwhile and this one is refused (409), so a
     * dose is not given twice from two tabs. Left out, nothing is compared (docs/api.md).
     */
    dosesSeen: seenCount,
  })
  .check(z.superRefine(plausibleForAgent), z.superRefine(givenByToday));
export type DoseInput = z.infer<typeof DoseInput>;

/** The infusion chair or bed on the unit, as written on it ("12", "B4"). */
export const chair = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, "Name the chair, or clear it."),
    z.maxLength(12, "A chair is named in at most 12 characters."),
  );

/** An appointment's clock time on the unit, 24-hour "HH:MM" in the clinic's zone. */
export const appointmentTime = z
  .string()
  .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use a time from 00:00 to 23:59."));

export const CyclePatch = z.strictObject({
  version,
  date: z.optional(isoDay),
  status: z.optional(z.enum(CYCLE_STATUSES)),
  /** null clears it. */
  chair: z.optional(z.nullable(chair)),
  /** null clears it. */
  appointmentTime: z.optional(z.nullable(appointmentTime)),
});
export type CyclePatch = z.infer<typeof CyclePatch>;
