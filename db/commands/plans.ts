import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getAgent, type AgentCode } from "@/lib/domain/agents";
import type { Role, SignatureMeaning } from "@/lib/domain/codes";
import { coursesDecidedFor } from "@/lib/domain/decisions";
import { templatePlan } from "@/lib/domain/plan-diff";
import { reductionsNotBelow } from "@/lib/domain/plans";
import { planComesIntoForce } from "@/lib/domain/signoff";
import type { PlanInput } from "@/lib/schemas/plan";
import { audit } from "./audit";
import { write } from "../client";
import { ConflictError, InvalidError, NotFoundError } from "../errors";
import { evaluateAndStoreAlerts } from "./evaluation";
import { newId, now } from "../ids";
import { coursesOf } from "../reads/courses";
import { requirePatient } from "../reads/patient-row";
import { planSignatures, planVersions } from "../tables";
import { withSignatures } from "../reads/plans";

/**
 * A new draft version; left-out fields come from the agent's defaults and template. Any draft
 * still awaiting signature is superseded by it, so only the newest version can come into force
 * and no one signs terms that a colleague has since changed. The version in force stays in
 * force until the new one is agreed. A rule that reduces to a dose not below the one a course
 * of the agent gives now is refused (400 on its field): it would keep or raise the dose.
 */
export async function draftPlan(userId: string, patientId: string, agentCode: AgentCode, input: PlanInput) {
  const agent = getAgent(agentCode);
  const defaults = templatePlan(agent);
  return write(async (tx) => {
    await requirePatient(tx, patientId);
    for (const course of coursesDecidedFor(await coursesOf(tx, patientId), agentCode)) {
      const { currentDose } = course.agents.find((a) => a.agent === agentCode)!;
      const problems = reductionsNotBelow(input.rules ?? [], agent.unit, currentDose);
      if (Object.keys(problems).length > 0) throw new InvalidError(problems);
    }
    const ofAgent = and(eq(planVersions.patientId, patientId), eq(planVersions.agent, agentCode));
    const latest = (
      await tx
        .select({ version: planVersions.version })
        .from(planVersions)
        .where(ofAgent)
        .orderBy(desc(planVersions.version))
        .limit(1)
    )[0];
    const replacedDrafts = await tx
      .update(planVersions)
      .set({ status: "superseded" })
      .where(and(ofAgent, eq(planVersions.status, "draft")))
      .returning();
    for (const p of replacedDrafts) {
      await audit(tx, {
        userId,
        action: "plan.supersede",
        entity: "plan",
        entityId: p.id,
        patientId,
        before: { status: "draft" },
        after: { status: "superseded" },
      });
    }
    const row = (
      await tx
        .insert(planVersions)
        .values({
          id: newId(),
          patientId,
          agent: agentCode,
          version: (latest?.version ?? 0) + 1,
          status: "draft",
          cumulativeLimit: input.cumulativeLimit === undefined ? defaults.cumulativeLimit : input.cumulativeLimit,
          warnFraction: input.warnFraction ?? defaults.warnFraction,
          // Left out: the agent's default, marked so; null: the plan sets no cap.
          doseCap: input.doseCap === undefined ? defaults.doseCap : input.doseCap,
          doseCapSource: input.doseCap === undefined ? "agent-default" : "plan",
          rules: input.rules ?? [...defaults.rules],
          notes: input.notes ?? null,
          createdBy: userId,
          createdAt: now(),
        })
        .returning()
    )[0]!;
    await audit(tx, { userId, action: "plan.draft", entity: "plan", entityId: row.id, patientId, after: row });
    return (await withSignatures(tx, [row]))[0]!;
  });
}

/**
 * Signs a draft (the password was checked before). Signed terms never change: a version in force
 * or superseded takes no more signatures (409). Once an oncologist and a nurse or a pharmacist
 * have agreed, the draft comes into force, the one it replaces is superseded, and the patient's
 * record is evaluated under it at once.
 */
export async function signPlan(user: { id: string; role: Role }, planId: string, meaning: SignatureMeaning) {
  return write(async (tx) => {
    const plan = (await tx.select().from(planVersions).where(eq(planVersions.id, planId)).limit(1))[0];
    if (!plan) throw new NotFoundError("The plan version");
    switch (plan.status) {
      case "superseded":
        throw new ConflictError(`Version ${plan.version} has been superseded; sign the current one.`);
      case "in-force":
        throw new ConflictError(`Version ${plan.version} is already in force; a change needs a new version.`);
      case "draft":
        break;
    }
    const already = (
      await tx
        .select({ id: planSignatures.id })
        .from(planSignatures)
        .where(and(eq(planSignatures.planVersionId, planId), eq(planSignatures.userId, user.id)))
        .limit(1)
    )[0];
    if (already) throw new ConflictError("You have already signed this version.");
    const signature = (
      await tx
        .insert(planSignatures)
        .values({ id: newId(), planVersionId: planId, userId: user.id, role: user.role, meaning, signedAt: now() })
        .returning()
    )[0]!;
    await audit(tx, {
      userId: user.id,
      action: `plan.sign.${meaning}`,
      entity: "plan",
      entityId: planId,
      patientId: plan.patientId,
      after: signature,
    });

    const signatures = await tx.select().from(planSignatures).where(eq(planSignatures.planVersionId, planId));
    if (planComesIntoForce(signatures)) {
      const previous = await tx
        .update(planVersions)
        .set({ status: "superseded" })
        .where(
          and(
            eq(planVersions.patientId, plan.patientId),
            eq(planVersions.agent, plan.agent),
            eq(planVersions.status, "in-force"),
          ),
        )
        .returning();
      for (const p of previous) {
        await audit(tx, {
          userId: user.id,
          action: "plan.supersede",
          entity: "plan",
          entityId: p.id,
          patientId: plan.patientId,
          before: { status: "in-force" },
          after: { status: "superseded" },
        });
      }
      await tx.update(planVersions).set({ status: "in-force", inForceAt: now() }).where(eq(planVersions.id, planId));
      await audit(tx, {
        userId: user.id,
        action: "plan.in-force",
        entity: "plan",
        entityId: planId,
        patientId: plan.patientId,
        before: { status: "draft" },
        after: { status: "in-force" },
      });
      await evaluateAndStoreAlerts(tx, user.id, plan.patientId);
    }
    const current = (await tx.select().from(planVersions).where(eq(planVersions.id, planId)).limit(1))[0]!;
    const [apiPlan] = await withSignatures(tx, [current]);
    return { signature: apiPlan!.signatures.find((s) => s.id === signature.id)!, plan: apiPlan! };
  });
}
