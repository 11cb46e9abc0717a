import * as z from "zod/mini";
import { RULE_ACTIONS, SIGNATURE_MEANINGS, DECISIONS } from "@/lib/domain/codes";
import { freeText, reason } from "./common";

export const GradeRuleInput = z
  .strictObject({
    minGrade: z.number().check(z.int(), z.minimum(1, "Grade 1 to 4."), z.maximum(4, "Grade 1 to 4.")),
    withPain: z.optional(z.boolean()),
    action: z.enum(RULE_ACTIONS),
    toDose: z.optional(z.number().check(z.positive(), z.maximum(100_000))),
    percent: z.optional(z.number().check(z.gt(0), z.lt(100, "Less than 100%: a full reduction is a stop."))),
  })
  .check(
    z.superRefine((r, ctx) => {
      if (r.action !== "reduce" && (r.toDose !== undefined || r.percent !== undefined)) {
        ctx.addIssue({ code: "custom", path: ["action"], message: "Only a reduce rule names a dose or a percent." });
      }
      if (r.toDose !== undefined && r.percent !== undefined) {
        ctx.addIssue({ code: "custom", path: ["percent"], message: "Give a target dose or a percent, not both." });
      }
    }),
  );

export const PlanInput = z.strictObject({
  cumulativeLimit: z.optional(z.nullable(z.number().check(z.positive(), z.maximum(1_000_000)))),
  warnFraction: z.optional(z.number().check(z.gt(0, "Above 0."), z.maximum(1, "At most 1."))),
  doseCap: z.optional(z.nullable(z.number().check(z.positive(), z.maximum(100_000)))),
  rules: z.optional(z.array(GradeRuleInput).check(z.maxLength(20))),
  notes: z.nullish(freeText),
});
export type PlanInput = z.infer<typeof PlanInput>;

export const SignInput = z.strictObject({
  meaning: z.enum(SIGNATURE_MEANINGS),
  password: z.string().check(z.minLength(1, "Enter your password."), z.maxLength(1024)),
});
export type SignInput = z.infer<typeof SignInput>;

const decisionFields = {
  decision: z.enum(DECISIONS, { error: "Choose a decision." }),
  reason,
  /** With `reduce`, the dose per administration to go to, in the agent's unit (docs/api.md, "Version 1.1"). */
  toDose: z.optional(
    z.number({ error: "Enter a dose." }).check(
      z.positive("Must be above 0."),
      z.maximum(100_000, "Too large."),
      // The chair's field and every page show two places: 74.999 read as 75 and prefilled as 74.999.
      z.refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, "At most two decimal places."),
    ),
  ),
};

function toDoseOnlyToReduce(value: { decision: string; toDose?: number }, ctx: z.core.$RefinementCtx) {
  if (value.toDose !== undefined && value.decision !== "reduce") {
    ctx.addIssue({ code: "custom", path: ["toDose"], message: "Only a decision to reduce names a dose." });
  }
}

export const AcknowledgeInput = z.strictObject(decisionFields).check(z.superRefine(toDoseOnlyToReduce));
export type AcknowledgeInput = z.infer<typeof AcknowledgeInput>;

/** One decision on several open alerts of one patient and one agent (docs/api.md, "Version 1.1"). */
export const BulkAcknowledgeInput = z
  .strictObject({
    alertIds: z
      .array(z.string().check(z.minLength(1), z.maxLength(100)), { error: "List the alerts to decide." })
      .check(
        z.minLength(1, "List the alerts to decide."),
        z.maxLength(500, "At most 500 alerts at once."),
        z.refine((ids) => new Set(ids).size === ids.length, "List each alert once."),
      ),
    ...decisionFields,
  })
  .check(z.superRefine(toDoseOnlyToReduce));
export type BulkAcknowledgeInput = z.infer<typeof BulkAcknowledgeInput>;
