import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { getAgent, type AgentCode } from "@/lib/domain/agents";
import type { Role, SignatureMeaning } from "@/lib/domain/codes";
import { DEFAULT_WARN_FRACTION } from "@/lib/domain/agents";
import { planComesIntoForce } from "@/lib/domain/signoff";
import type { PlanInput } from "@/lib/schemas/plan";
import { audit } from "./audit";
import { getDb, write, type Db, type Tx } from "./client";
import { ConflictError, NotFoundError } from "./errors";
import { evaluateAndStoreAlerts } from "./evaluation";
import { newId, now } from "./ids";
import { requirePatient } from "./patients";
import { planSignatures, planVersions, users, type PlanVersion } from "./schema";

function withSignatures(db: Db | Tx, rows: PlanVersion[]) {
  const ids = rows.map((r) => r.id);
  const sigs = ids.length
    ? db
        .select({ sig: planSignatures, displayName: users.displayName, username: users.username })
        .from(planSignatures)
        .innerJoin(users, eq(users.id, planSignatures.userId))
        .where(inArray(planSignatures.planVersionId, ids))
        .orderBy(asc(planSignatures.signedAt))
        .all()
    : [];
  return rows.map((p) => ({
    ...p,
    signatures: sigs
      .filter((s) => s.sig.planVersionId === p.id)
      .map((s) => ({ ...s.sig, signer: { id: s.sig.userId, displayName: s.displayName, username: s.username } })),
  }));
}
export type ApiPlan = ReturnType<typeof withSignatures>[number];

export async function listPlans(patientId: string) {
  const db = getDb();
  const rows = db
    .select()
    .from(planVersions)
    .where(eq(planVersions.patientId, patientId))
    .orderBy(asc(planVersions.agent), desc(planVersions.version))
    .all();
  const versions = withSignatures(db, rows);
  const agents = [...new Set(versions.map((v) => v.agent))];
  return agents.map((agent) => {
    const ofAgent = versions.filter((v) => v.agent === agent);
    return { agent, inForce: ofAgent.find((v) => v.status === "in-force") ?? null, versions: ofAgent };
  });
}

/** A new draft version; left-out fields come from the agent's defaults and template. */
export async function draftPlan(userId: string, patientId: string, agentCode: AgentCode, input: PlanInput) {
  const agent = getAgent(agentCode);
  return write((tx) => {
    requirePatient(tx, patientId);
    const latest = tx
      .select({ version: planVersions.version })
      .from(planVersions)
      .where(and(eq(planVersions.patientId, patientId), eq(planVersions.agent, agentCode)))
      .orderBy(desc(planVersions.version))
      .get();
    const row = tx
      .insert(planVersions)
      .values({
        id: newId(),
        patientId,
        agent: agentCode,
        version: (latest?.version ?? 0) + 1,
        status: "draft",
        cumulativeLimit:
          input.cumulativeLimit === undefined ? (agent.defaultLimit?.value ?? null) : input.cumulativeLimit,
        warnFraction: input.warnFraction ?? DEFAULT_WARN_FRACTION,
        doseCap: input.doseCap ?? null,
        rules: input.rules ?? [...agent.template.rules],
        notes: input.notes ?? null,
        createdBy: userId,
        createdAt: now(),
      })
      .returning()
      .get();
    audit(tx, { userId, action: "plan.draft", entity: "plan", entityId: row.id, patientId, after: row });
    return withSignatures(tx, [row])[0]!;
  });
}

export async function getPlanVersion(id: string) {
  const row = getDb().select().from(planVersions).where(eq(planVersions.id, id)).get();
  if (!row) throw new NotFoundError("The plan version");
  return row;
}

/**
 * Signs a version (the password was checked before). Once an oncologist and a nurse or a
 * pharmacist have agreed, the version comes into force, the one it replaces is superseded,
 * and the patient's record is evaluated under it at once.
 */
export async function signPlan(user: { id: string; role: Role }, planId: string, meaning: SignatureMeaning) {
  return write((tx) => {
    const plan = tx.select().from(planVersions).where(eq(planVersions.id, planId)).get();
    if (!plan) throw new NotFoundError("The plan version");
    if (plan.status === "superseded")
      throw new ConflictError("This version has been superseded; sign the current one.");
    const already = tx
      .select({ id: planSignatures.id })
      .from(planSignatures)
      .where(and(eq(planSignatures.planVersionId, planId), eq(planSignatures.userId, user.id)))
      .get();
    if (already) throw new ConflictError("You have already signed this version.");
    const signature = tx
      .insert(planSignatures)
      .values({ id: newId(), planVersionId: planId, userId: user.id, role: user.role, meaning, signedAt: now() })
      .returning()
      .get();
    audit(tx, {
      userId: user.id,
      action: `plan.sign.${meaning}`,
      entity: "plan",
      entityId: planId,
      patientId: plan.patientId,
      after: signature,
    });

    const signatures = tx.select().from(planSignatures).where(eq(planSignatures.planVersionId, planId)).all();
    if (plan.status === "draft" && planComesIntoForce(signatures)) {
      const at = now();
      const previous = tx
        .update(planVersions)
        .set({ status: "superseded" })
        .where(
          and(
            eq(planVersions.patientId, plan.patientId),
            eq(planVersions.agent, plan.agent),
            eq(planVersions.status, "in-force"),
          ),
        )
        .returning()
        .all();
      for (const p of previous) {
        audit(tx, {
          userId: user.id,
          action: "plan.supersede",
          entity: "plan",
          entityId: p.id,
          patientId: plan.patientId,
          before: { status: "in-force" },
          after: { status: "superseded" },
        });
      }
      tx.update(planVersions).set({ status: "in-force", inForceAt: at }).where(eq(planVersions.id, planId)).run();
      audit(tx, {
        userId: user.id,
        action: "plan.in-force",
        entity: "plan",
        entityId: planId,
        patientId: plan.patientId,
        before: { status: "draft" },
        after: { status: "in-force" },
      });
      evaluateAndStoreAlerts(tx, user.id, plan.patientId);
    }
    const current = tx.select().from(planVersions).where(eq(planVersions.id, planId)).get()!;
    const [apiPlan] = withSignatures(tx, [current]);
    return { signature: apiPlan!.signatures.find((s) => s.id === signature.id)!, plan: apiPlan! };
  });
}
