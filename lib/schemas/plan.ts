import { z } from "zod";
import { RULE_ACTIONS, SIGNATURE_MEANINGS, DECISIONS } from "@/lib/domain/codes";
import { freeText, reason } from "./common";

export const GradeRuleInput = z
  .strictObject({
    minGrade: z.number().int().min(1, "Grade 1 to 4.").max(4, "Grade 1 to 4."),
    withPain: z.boolean().optional(),
    action: z.enum(RULE_ACTIONS),
    toDose: z.number().positive().max(100_000).optional(),
    percent: z.number().gt(0).lt(100, "Less than 100%: a full reduction is a stop.").optional(),
  })
  .superRefine((r, ctx) => {
    if (r.action !== "reduce" && (r.toDose !== undefined || r.percent !== undefined)) {
      ctx.addIssue({ code: "custom", path: ["action"], message: "Only a reduce rule names a dose or a percent." });
    }
    if (r.toDose !== undefined && r.percent !== undefined) {
      ctx.addIssue({ code: "custom", path: ["percent"], message: "Give a target dose or a percent, not both." });
    }
  });

export const PlanInput = z.strictObject({
  cumulativeLimit: z.number().positive().max(1_000_000).nullable().optional(),
  warnFraction: z.number().gt(0, "Above 0.").max(1, "At most 1.").optional(),
  doseCap: z.number().positive().max(100_000).nullable().optional(),
  rules: z.array(GradeRuleInput).max(20).optional(),
  notes: freeText.nullish(),
});
export type PlanInput = z.infer<typeof PlanInput>;

export const SignInput = z.strictObject({
  meaning: z.enum(SIGNATURE_MEANINGS),
  password: z.string().min(1, "Enter your password.").max(1024),
});
export type SignInput = z.infer<typeof SignInput>;

const decisionFields = {
  decision: z.enum(DECISIONS, { error: "Choose a decision." }),
  reason,
  /** With `reduce`, the dose per administration to go to, in the agent's unit (docs/api.md, "Version 1.1"). */
  toDose: z.number({ error: "Enter a dose." }).positive("Must be above 0.").max(100_000, "Too large.").optional(),
};

function toDoseOnlyToReduce(value: { decision: string; toDose?: number }, ctx: z.RefinementCtx) {
  if (value.toDose !== undefined && value.decision !== "reduce") {
    ctx.addIssue({ code: "custom", path: ["toDose"], message: "Only a decision to reduce names a dose." });
  }
}

export const AcknowledgeInput = z.strictObject(decisionFields).superRefine(toDoseOnlyToReduce);
export type AcknowledgeInput = z.infer<typeof AcknowledgeInput>;

/** One decision on several open alerts of one patient and one agent (docs/api.md, "Version 1.1"). */
export const BulkAcknowledgeInput = z
  .strictObject({
    alertIds: z
      .array(z.string().min(1).max(100), { error: "List the alerts to decide." })
      .min(1, "List the alerts to decide.")
      .max(500, "At most 500 alerts at once.")
      .refine((ids) => new Set(ids).size === ids.length, "List each alert once."),
    ...decisionFields,
  })
  .superRefine(toDoseOnlyToReduce);
export type BulkAcknowledgeInput = z.infer<typeof BulkAcknowledgeInput>;
