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

export const AcknowledgeInput = z.strictObject({ decision: z.enum(DECISIONS), reason });
export type AcknowledgeInput = z.infer<typeof AcknowledgeInput>;
