import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { AGENT_CODES, getAgent, type AgentCode } from "@/lib/domain/agents";
import type { Role, SignatureMeaning } from "@/lib/domain/codes";
import { templatePlan } from "@/lib/domain/plan-diff";
import { planComesIntoForce } from "@/lib/domain/signoff";
import type { PlanInput } from "@/lib/schemas/plan";
import { audit } from "./audit";
import { listCourses } from "./courses";
import { getDb, write, type Db, type Tx } from "./client";
import { ConflictError, NotFoundError } from "./errors";
import { evaluateAndStoreAlerts } from "./evaluation";
import { newId, now } from "./ids";
import { requirePatient } from "./patient-row";
import { getPatient } from "./patients";
import { planSignatures, planVersions, users, type PlanVersion } from "./schema";

/** Plan versions as the API shows them, each with its author and its signatures (oldest first). */
export function withSignatures(db: Db | Tx, rows: PlanVersion[]) {
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const sigs = db
    .select({ sig: planSignatures, displayName: users.displayName, username: users.username })
    .from(planSignatures)
    .innerJoin(users, eq(users.id, planSignatures.userId))
    .where(inArray(planSignatures.planVersionId, ids))
    .orderBy(asc(planSignatures.signedAt))
    .all();
  const authorRows = db
    .select({ id: users.id, displayName: users.displayName, username: users.username })
    .from(users)
    .where(inArray(users.id, [...new Set(rows.map((r) => r.createdBy))]))
    .all();
  return rows.map((p) => ({
    ...p,
    author: authorRows.find((a) => a.id === p.createdBy) ?? null,
    signatures: sigs
      .filter((s) => s.sig.planVersionId === p.id)
      .map((s) => ({ ...s.sig, signer: { id: s.sig.userId, displayName: s.displayName, username: s.username } })),
  }));
}
export type ApiPlan = ReturnType<typeof withSignatures>[number];
export type ApiSignature = ApiPlan["signatures"][number];

/** Per agent with any version: the version in force (or null) and every version, newest first. */
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

/**
 * A new draft version; left-out fields come from the agent's defaults and template. Any draft
 * still awaiting signature is superseded by it, so only the newest version can come into force
 * and no one signs terms that a colleague has since changed. The version in force stays in
 * force until the new one is agreed.
 */
export async function draftPlan(userId: string, patientId: string, agentCode: AgentCode, input: PlanInput) {
  const defaults = templatePlan(getAgent(agentCode));
  return write((tx) => {
    requirePatient(tx, patientId);
    const ofAgent = and(eq(planVersions.patientId, patientId), eq(planVersions.agent, agentCode));
    const latest = tx
      .select({ version: planVersions.version })
      .from(planVersions)
      .where(ofAgent)
      .orderBy(desc(planVersions.version))
      .get();
    const replacedDrafts = tx
      .update(planVersions)
      .set({ status: "superseded" })
      .where(and(ofAgent, eq(planVersions.status, "draft")))
      .returning()
      .all();
    for (const p of replacedDrafts) {
      audit(tx, {
        userId,
        action: "plan.supersede",
        entity: "plan",
        entityId: p.id,
        patientId,
        before: { status: "draft" },
        after: { status: "superseded" },
      });
    }
    const row = tx
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
      .get();
    audit(tx, { userId, action: "plan.draft", entity: "plan", entityId: row.id, patientId, after: row });
    return withSignatures(tx, [row])[0]!;
  });
}

/**
 * Signs a draft (the password was checked before). Signed terms never change: a version in force
 * or superseded takes no more signatures (409). Once an oncologist and a nurse or a pharmacist
 * have agreed, the draft comes into force, the one it replaces is superseded, and the patient's
 * record is evaluated under it at once.
 */
export async function signPlan(user: { id: string; role: Role }, planId: string, meaning: SignatureMeaning) {
  return write((tx) => {
    const plan = tx.select().from(planVersions).where(eq(planVersions.id, planId)).get();
    if (!plan) throw new NotFoundError("The plan version");
    switch (plan.status) {
      case "superseded":
        throw new ConflictError(`Version ${plan.version} has been superseded; sign the current one.`);
      case "in-force":
        throw new ConflictError(`Version ${plan.version} is already in force; a change needs a new version.`);
      case "draft":
        break;
    }
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
    if (planComesIntoForce(signatures)) {
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
      tx.update(planVersions).set({ status: "in-force", inForceAt: now() }).where(eq(planVersions.id, planId)).run();
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

/**
 * What the plan pages show: every agent of the patient's courses or plans (library order), and
 * `alsoAgent` when given, with its versions and the dose of the latest course that gives it,
 * which the ladder is worked out for.
 */
export async function plansOfPatient(patientId: string, alsoAgent?: AgentCode) {
  const patient = await getPatient(patientId);
  const [courses, plans] = await Promise.all([listCourses(patientId), listPlans(patientId)]);
  const named = new Set<string>([
    ...courses.flatMap((c) => c.agents.map((a) => a.agent)),
    ...plans.map((p) => p.agent),
    ...(alsoAgent ? [alsoAgent] : []),
  ]);
  const agents = AGENT_CODES.filter((code) => named.has(code)).map((code) => {
    const course = courses.findLast((c) => c.agents.some((a) => a.agent === code));
    const versions = plans.find((p) => p.agent === code)?.versions ?? [];
    return {
      agent: code,
      inForce: versions.find((v) => v.status === "in-force") ?? null,
      draft: versions.find((v) => v.status === "draft") ?? null,
      versions,
      course: course
        ? { name: course.name, setting: course.setting, dose: course.agents.find((a) => a.agent === code)!.dose }
        : null,
    };
  });
  return { patient, agents };
}
export type AgentPlanView = Awaited<ReturnType<typeof plansOfPatient>>["agents"][number];
