import "server-only";
import { and, asc, desc, eq, exists, inArray, notExists, or, sql } from "drizzle-orm";
import { AGENT_CODES, type AgentCode } from "@/lib/domain/agents";
import type { Role } from "@/lib/domain/codes";
import { awaitsSigner } from "@/lib/domain/signoff";
import { coursesOf, type ApiCourse } from "./courses";
import { readSnapshot, type Tx } from "../client";
import { patientOf } from "./patients";
import { courses, patients, planSignatures, planVersions, users } from "../tables";
import type { PlanVersion } from "../schema";

/** Plan versions as the API shows them, each with its author and its signatures (oldest first). */
export async function withSignatures(db: Tx, rows: PlanVersion[]) {
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const sigs = await db
    .select({ sig: planSignatures, displayName: users.displayName, username: users.username })
    .from(planSignatures)
    .innerJoin(users, eq(users.id, planSignatures.userId))
    .where(inArray(planSignatures.planVersionId, ids))
    .orderBy(asc(planSignatures.signedAt));
  const authorRows = await db
    .select({ id: users.id, displayName: users.displayName, username: users.username })
    .from(users)
    .where(inArray(users.id, [...new Set(rows.map((r) => r.createdBy))]));
  return rows.map((p) => ({
    ...p,
    author: authorRows.find((a) => a.id === p.createdBy) ?? null,
    signatures: sigs
      .filter((s) => s.sig.planVersionId === p.id)
      .map((s) => ({ ...s.sig, signer: { id: s.sig.userId, displayName: s.displayName, username: s.username } })),
  }));
}
export type ApiPlan = Awaited<ReturnType<typeof withSignatures>>[number];
export type ApiSignature = ApiPlan["signatures"][number];

/** Per agent with any version: the version in force (or null) and every version, newest first. */
export async function plansOf(tx: Tx, patientId: string) {
  const rows = await tx
    .select()
    .from(planVersions)
    .where(eq(planVersions.patientId, patientId))
    .orderBy(asc(planVersions.agent), desc(planVersions.version));
  const versions = await withSignatures(tx, rows);
  const agents = [...new Set(versions.map((v) => v.agent))];
  return agents.map((agent) => {
    const ofAgent = versions.filter((v) => v.agent === agent);
    return { agent, inForce: ofAgent.find((v) => v.status === "in-force") ?? null, versions: ofAgent };
  });
}

export async function listPlans(patientId: string) {
  return readSnapshot(async (tx) => plansOf(tx, patientId));
}

/**
 * What the plan pages show: every agent of the patient's courses or plans (library order), and
 * `alsoAgent` when given, with its versions and the dose of the latest course that gives it,
 * which the ladder is worked out for.
 */
export async function plansOfPatient(patientId: string, alsoAgent?: AgentCode) {
  return readSnapshot(async (tx) => planViewOf(tx, patientId, alsoAgent));
}

/**
 * The course the ladder is worked out for: its dose for the cycles to come (`dose`, after any
 * decision to reduce, as the next reduction starts from it), and the dose prescribed.
 */
function courseDoseOf(course: ApiCourse, code: AgentCode) {
  const agent = course.agents.find((a) => a.agent === code)!;
  return { name: course.name, setting: course.setting, dose: agent.currentDose, prescribed: agent.dose };
}

async function planViewOf(tx: Tx, patientId: string, alsoAgent?: AgentCode) {
  const patient = await patientOf(tx, patientId);
  const courses = await coursesOf(tx, patientId);
  const plans = await plansOf(tx, patientId);
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
      course: course ? courseDoseOf(course, code) : null,
    };
  });
  return { patient, agents };
}
export type AgentPlanView = Awaited<ReturnType<typeof plansOfPatient>>["agents"][number];

/**
 * The drafts that wait for this user's signature, oldest first: ones they have not signed whose
 * missing agreement their role would meet (lib/domain/signoff.ts). With a site, only patients
 * treated there or not yet treated anywhere, as on the worklist; the plan page still asks a
 * reason for another site's patient.
 */
export async function draftsAwaiting(tx: Tx, user: { id: string; role: Role }, siteId?: string) {
  const coursesOfPlanPatient = (atSite?: string) =>
    tx
      .select({ one: sql`1` })
      .from(courses)
      .where(and(eq(courses.patientId, planVersions.patientId), atSite ? eq(courses.siteId, atSite) : undefined));
  const rows = await tx
    .select()
    .from(planVersions)
    .where(
      and(
        eq(planVersions.status, "draft"),
        siteId ? or(exists(coursesOfPlanPatient(siteId)), notExists(coursesOfPlanPatient())) : undefined,
      ),
    )
    .orderBy(asc(planVersions.createdAt));
  const waiting = (await withSignatures(tx, rows)).filter((plan) => awaitsSigner(plan.signatures, user));
  if (waiting.length === 0) return [];
  const people = await tx
    .select({ id: patients.id, familyName: patients.familyName, givenName: patients.givenName, mrn: patients.mrn })
    .from(patients)
    .where(inArray(patients.id, [...new Set(waiting.map((plan) => plan.patientId))]));
  return waiting.map((plan) => {
    const { id, familyName, givenName, mrn } = people.find((p) => p.id === plan.patientId)!;
    return { plan, patient: { id, name: `${familyName}, ${givenName}`, mrn } };
  });
}
export type DraftAwaiting = Awaited<ReturnType<typeof draftsAwaiting>>[number];
