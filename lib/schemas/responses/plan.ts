import { z } from "zod";
import { PLAN_STATUSES, ROLES, RULE_ACTIONS, SIGNATURE_MEANINGS } from "@/lib/domain/codes";
import { agentCode, id, instant } from "./common";

const signer = z.strictObject({ id, displayName: z.string(), username: z.string() });

export const GradeRule = z.strictObject({
  minGrade: z.number().int(),
  withPain: z.boolean().optional(),
  action: z.enum(RULE_ACTIONS),
  toDose: z.number().optional(),
  percent: z.number().optional(),
});

export const Signature = z.strictObject({
  id,
  planVersionId: id,
  userId: id,
  signer,
  role: z.enum(ROLES),
  meaning: z.enum(SIGNATURE_MEANINGS),
  signedAt: instant,
});

/** A plan version (docs/api.md, "Plans"); `doseCapSource` says whether the cap is the plan's or the agent's default. */
export const PlanVersion = z.strictObject({
  id,
  patientId: id,
  agent: agentCode,
  version: z.number().int(),
  status: z.enum(PLAN_STATUSES),
  cumulativeLimit: z.number().nullable(),
  warnFraction: z.number(),
  doseCap: z.number().nullable(),
  doseCapSource: z.enum(["plan", "agent-default"]),
  rules: z.array(GradeRule),
  notes: z.string().nullable(),
  author: signer.nullable(),
  signatures: z.array(Signature),
  createdAt: instant,
  createdBy: id,
  inForceAt: instant.nullable(),
});

export const PlanList = z.strictObject({
  plans: z.array(z.strictObject({ agent: agentCode, inForce: PlanVersion.nullable(), versions: z.array(PlanVersion) })),
});
export const PlanResponse = z.strictObject({ plan: PlanVersion });
export const PlanSigned = z.strictObject({ signature: Signature, plan: PlanVersion });
