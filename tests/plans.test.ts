// Dose-reduction plans through the JSON API (docs/api.md, "Plans"): drafting from the
// template, sign-off by an oncologist and a nurse or pharmacist, versions that never change once
// signed, and alerts evaluated under a plan the moment it comes into force.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAgent } from "@/lib/domain/agents";
import { ApiClient, signedIn, TEST_PASSWORD, useTempDatabase } from "@/lib/testing/api";
import { testSql } from "@/lib/testing/sql";
import { readSnapshot } from "@/db/client";
import { draftsAwaiting } from "@/db/reads/plans";
import type { Role } from "@/lib/domain/codes";
import { DEFAULT_SITE_ID } from "@/lib/domain/sites";

let cleanup: () => void;
let nurse: ApiClient;
let oncologist: ApiClient;
let secondOncologist: ApiClient;
let pharmacist: ApiClient;
let admin: ApiClient;

beforeAll(async () => {
  cleanup = useTempDatabase();
  [nurse, oncologist, secondOncologist, pharmacist, admin] = await Promise.all([
    signedIn("nurse"),
    signedIn("oncologist"),
    signedIn("oncologist"),
    signedIn("pharmacist"),
    signedIn("admin"),
  ]);
});
afterAll(() => cleanup());

let mrnSeq = 0;
async function newPatient(): Promise<string> {
  const res = await nurse.post("/api/patients", {
    mrn: `PLAN-${++mrnSeq}`,
    familyName: "Plan",
    givenName: `Patient ${mrnSeq}`,
    birthDate: "1960-04-02",
    sex: "female",
    heightCm: 165,
    weightKg: 70,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.patient.id;
}

async function draft(client: ApiClient, patientId: string, agent: string, body: object = {}) {
  const res = await client.put(`/api/patients/${patientId}/plans/${agent}`, body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.plan as { id: string; version: number; status: string };
}

const sign = (client: ApiClient, planId: string, meaning = "agreed", password = TEST_PASSWORD) =>
  client.post(`/api/plans/${planId}/sign`, { meaning, password });

async function statusOf(patientId: string, planId: string): Promise<string> {
  const res = await nurse.get(`/api/patients/${patientId}/plans`);
  const versions = (res.body.plans as { versions: { id: string; status: string }[] }[]).flatMap((p) => p.versions);
  return versions.find((v) => v.id === planId)!.status;
}

/** A patient on adjuvant FOLFOX at 85 mg/m2 (12 cycles of 14 days), `doses` cycles given. */
async function patientWithOxaliplatinDoses(doses: number): Promise<string> {
  const patientId = await newPatient();
  const course = await oncologist.post(`/api/patients/${patientId}/courses`, {
    name: "FOLFOX",
    startDate: "2025-01-06",
    cycleLengthDays: 14,
    cycles: 12,
    setting: "adjuvant",
    agents: [{ agent: "oxaliplatin", dose: 85, unit: "mg/m2" }],
  });
  expect(course.status, JSON.stringify(course.body)).toBe(201);
  for (const cycle of course.body.course.cycles.slice(0, doses)) {
    const dose = await nurse.post(`/api/cycles/${cycle.id}/doses`, { agent: "oxaliplatin", dose: 85, unit: "mg/m2" });
    expect(dose.status, JSON.stringify(dose.body)).toBe(201);
  }
  return patientId;
}

describe("drafting a plan version", () => {
  it("fills the fields left out from the agent's defaults and template", async () => {
    const patientId = await newPatient();
    const res = await oncologist.put(`/api/patients/${patientId}/plans/oxaliplatin`, {});
    expect(res.status).toBe(201);
    expect(res.body.plan).toMatchObject({
      patientId,
      agent: "oxaliplatin",
      version: 1,
      status: "draft",
      cumulativeLimit: 850,
      warnFraction: 0.8,
      doseCap: null,
      rules: getAgent("oxaliplatin").template.rules,
      notes: null,
      signatures: [],
    });
  });

  it("takes the agent's default cap, and keeps a limit of none where the agent has none", async () => {
    const plan = await draft(pharmacist, await newPatient(), "carboplatin");
    expect(plan).toMatchObject({
      cumulativeLimit: null,
      doseCap: 900,
      doseCapSource: "agent-default",
      rules: [{ minGrade: 3, action: "stop" }],
    });
  });

  it("keeps a doseCap of null as no cap, set by the plan", async () => {
    const plan = await draft(pharmacist, await newPatient(), "carboplatin", { doseCap: null });
    expect(plan).toMatchObject({ doseCap: null, doseCapSource: "plan" });
  });

  it("keeps what the team set, including an explicit 'no limit'", async () => {
    const rules = [{ minGrade: 2, action: "reduce", toDose: 65 }];
    const plan = await draft(oncologist, await newPatient(), "oxaliplatin", {
      cumulativeLimit: null,
      warnFraction: 0.7,
      rules,
      notes: "MDT",
    });
    expect(plan).toMatchObject({ cumulativeLimit: null, warnFraction: 0.7, rules, notes: "MDT" });
  });

  it("lets a pharmacist draft but not a nurse or an admin", async () => {
    const patientId = await newPatient();
    expect((await pharmacist.put(`/api/patients/${patientId}/plans/docetaxel`, {})).status).toBe(201);
    expect((await nurse.put(`/api/patients/${patientId}/plans/docetaxel`, {})).status).toBe(403);
    expect((await admin.put(`/api/patients/${patientId}/plans/docetaxel`, {})).status).toBe(403);
  });

  it("names the field of an invalid rule, and refuses an unknown agent or patient", async () => {
    const patientId = await newPatient();
    const bad = await oncologist.put(`/api/patients/${patientId}/plans/oxaliplatin`, {
      rules: [{ minGrade: 2, action: "reduce", percent: 100 }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toHaveProperty("rules.0.percent");
    expect((await oncologist.put(`/api/patients/${patientId}/plans/aspirin`, {})).status).toBe(404);
    expect((await oncologist.put(`/api/patients/no-such-patient/plans/oxaliplatin`, {})).status).toBe(404);
  });
});

describe("a reduce rule's own dose against the course's current dose", () => {
  it("refuses a rule that would reduce to the current dose or above, naming its field, and drafts nothing", async () => {
    const patientId = await patientWithOxaliplatinDoses(0);
    const versions = testSql("SELECT count(*) FROM plan_versions");
    const before = Number(await versions.value());
    const res = await oncologist.put(`/api/patients/${patientId}/plans/oxaliplatin`, {
      rules: [
        { minGrade: 2, action: "reduce", toDose: 65 },
        { minGrade: 3, action: "reduce", toDose: 90 },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual({
      "rules.1.toDose": "Not below the current dose of 85 mg/m2: a reduction must give less.",
    });
    expect(Number(await versions.value())).toBe(before);
  });

  it("drafts a rule below the current dose, and any dose for an agent with no course", async () => {
    const patientId = await patientWithOxaliplatinDoses(0);
    await draft(oncologist, patientId, "oxaliplatin", { rules: [{ minGrade: 2, action: "reduce", toDose: 65 }] });
    await draft(oncologist, patientId, "paclitaxel", { rules: [{ minGrade: 2, action: "reduce", toDose: 200 }] });
  });
});

describe("sign-off", () => {
  it("puts a version in force only once an oncologist and a pharmacist have agreed", async () => {
    const patientId = await newPatient();
    const plan = await draft(oncologist, patientId, "oxaliplatin");
    const first = await sign(oncologist, plan.id);
    expect(first.status).toBe(201);
    expect(first.body.plan.status).toBe("draft");
    expect(first.body.signature).toMatchObject({ role: "oncologist", meaning: "agreed" });
    expect(first.body.signature.signer.displayName).toBe("Test oncologist");
    expect(first.body.signature.signedAt).toEqual(expect.any(String));

    const second = await sign(pharmacist, plan.id);
    expect(second.status).toBe(201);
    expect(second.body.plan.status).toBe("in-force");
    const list = await nurse.get(`/api/patients/${patientId}/plans`);
    expect(list.body.plans).toEqual([
      expect.objectContaining({ agent: "oxaliplatin", inForce: expect.objectContaining({ id: plan.id }) }),
    ]);
  });

  it("counts an oncologist and a nurse too", async () => {
    const patientId = await newPatient();
    const plan = await draft(oncologist, patientId, "paclitaxel");
    await sign(nurse, plan.id);
    expect((await sign(oncologist, plan.id)).body.plan.status).toBe("in-force");
  });

  it("counts 'authored' for nothing", async () => {
    const patientId = await newPatient();
    const plan = await draft(oncologist, patientId, "oxaliplatin");
    expect((await sign(oncologist, plan.id, "authored")).status).toBe(201);
    expect((await sign(nurse, plan.id)).body.plan.status).toBe("draft");
    expect((await sign(secondOncologist, plan.id)).body.plan.status).toBe("in-force");
  });

  it("does not put a version in force on two oncologists' agreement", async () => {
    const patientId = await newPatient();
    const plan = await draft(oncologist, patientId, "oxaliplatin");
    await sign(oncologist, plan.id);
    expect((await sign(secondOncologist, plan.id)).body.plan.status).toBe("draft");
  });

  it("never puts a version in force on a nurse's signature alone, nor a nurse's and a pharmacist's", async () => {
    const patientId = await newPatient();
    const plan = await draft(pharmacist, patientId, "oxaliplatin");
    expect((await sign(nurse, plan.id)).body.plan.status).toBe("draft");
    expect((await sign(pharmacist, plan.id)).body.plan.status).toBe("draft");
    const list = await nurse.get(`/api/patients/${patientId}/plans`);
    expect(list.body.plans[0].inForce).toBeNull();
  });

  it("lets each user sign a version once, whatever the meaning (409)", async () => {
    const plan = await draft(oncologist, await newPatient(), "oxaliplatin");
    expect((await sign(oncologist, plan.id, "authored")).status).toBe(201);
    const again = await sign(oncologist, plan.id, "agreed");
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/already signed/);
  });

  it("signs nothing with a wrong password (403): no signature row, no audit row", async () => {
    const patientId = await newPatient();
    const plan = await draft(oncologist, patientId, "oxaliplatin");
    const auditRows = testSql("SELECT count(*) FROM audit_log");
    const auditBefore = await auditRows.value();

    const res = await sign(oncologist, plan.id, "agreed", "not my password at all");
    expect(res.status).toBe(403);
    expect(res.body.error.fields).toHaveProperty("password");
    expect(await testSql("SELECT * FROM plan_signatures WHERE plan_version_id = ?").all(plan.id)).toEqual([]);
    expect(await auditRows.value()).toBe(auditBefore);
    expect(
      await testSql("SELECT * FROM audit_log WHERE entity_id = ? AND action LIKE 'plan.sign%'").all(plan.id),
    ).toEqual([]);
    expect(await statusOf(patientId, plan.id)).toBe("draft");
  });

  it("refuses an admin (403) and a missing plan version (404)", async () => {
    const plan = await draft(oncologist, await newPatient(), "oxaliplatin");
    expect((await sign(admin, plan.id)).status).toBe(403);
    expect((await sign(oncologist, "no-such-plan")).status).toBe(404);
  });
});

describe("versions", () => {
  it("supersedes version 1 when version 2 is agreed, and keeps version 1 readable", async () => {
    const patientId = await newPatient();
    const v1 = await draft(oncologist, patientId, "oxaliplatin");
    await sign(oncologist, v1.id);
    await sign(pharmacist, v1.id);

    const v2 = await draft(oncologist, patientId, "oxaliplatin", { cumulativeLimit: 700 });
    expect(v2.version).toBe(2);
    // Until version 2 is agreed, version 1 stays in force.
    expect(await statusOf(patientId, v1.id)).toBe("in-force");
    await sign(oncologist, v2.id);
    await sign(nurse, v2.id);

    const list = await nurse.get(`/api/patients/${patientId}/plans`);
    const [oxaliplatin] = list.body.plans;
    expect(oxaliplatin.inForce.id).toBe(v2.id);
    expect(oxaliplatin.versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
      [2, "in-force"],
      [1, "superseded"],
    ]);
    const old = oxaliplatin.versions[1];
    expect(old).toMatchObject({ cumulativeLimit: 850, inForceAt: expect.any(String) });
    expect(old.signatures.map((s: { role: string }) => s.role)).toEqual(["oncologist", "pharmacist"]);
  });

  it("takes no more signatures on a version in force or superseded (409): signed terms never change", async () => {
    const patientId = await newPatient();
    const v1 = await draft(oncologist, patientId, "docetaxel");
    await sign(oncologist, v1.id);
    await sign(pharmacist, v1.id);
    expect((await sign(nurse, v1.id)).status).toBe(409);

    const v2 = await draft(oncologist, patientId, "docetaxel", { cumulativeLimit: 400 });
    await sign(oncologist, v2.id);
    await sign(pharmacist, v2.id);
    const late = await sign(nurse, v1.id);
    expect(late.status).toBe(409);
    expect(late.body.error.message).toMatch(/superseded/);
  });

  it("supersedes a draft awaiting signature when a newer draft is made, so only the newest can come into force", async () => {
    const patientId = await newPatient();
    const v1 = await draft(oncologist, patientId, "oxaliplatin");
    await sign(oncologist, v1.id);
    const v2 = await draft(pharmacist, patientId, "oxaliplatin", { cumulativeLimit: 800 });
    expect(v2.version).toBe(2);
    expect(await statusOf(patientId, v1.id)).toBe("superseded");
    expect((await sign(nurse, v1.id)).status).toBe(409);
    await sign(oncologist, v2.id);
    expect((await sign(nurse, v2.id)).body.plan.status).toBe("in-force");
  });
});

describe("the drafts awaiting a signature, as each signer's worklist lists them", () => {
  const userOf = async (client: ApiClient) =>
    (await client.get("/api/session")).body.user as { id: string; role: Role };
  /** The versions of this patient's plans that wait for the client's signature (at the site, when given). */
  const awaiting = async (client: ApiClient, patientId: string, siteId?: string) => {
    const user = await userOf(client);
    const drafts = await readSnapshot((tx) => draftsAwaiting(tx, user, siteId));
    return drafts.filter((d) => d.patient.id === patientId).map((d) => d.plan.version);
  };

  it("lists a new draft for every clinical role, its author too, until each need is met; then no one", async () => {
    const patientId = await newPatient();
    const plan = await draft(oncologist, patientId, "oxaliplatin");
    for (const client of [oncologist, secondOncologist, nurse, pharmacist])
      expect(await awaiting(client, patientId)).toEqual([1]);
    expect(await awaiting(admin, patientId)).toEqual([]);

    await sign(oncologist, plan.id);
    // An oncologist has agreed: the other oncologist is not asked; a nurse or a pharmacist still is.
    expect(await awaiting(oncologist, patientId)).toEqual([]);
    expect(await awaiting(secondOncologist, patientId)).toEqual([]);
    expect(await awaiting(nurse, patientId)).toEqual([1]);
    expect(await awaiting(pharmacist, patientId)).toEqual([1]);

    await sign(pharmacist, plan.id);
    for (const client of [oncologist, secondOncologist, nurse, pharmacist])
      expect(await awaiting(client, patientId)).toEqual([]);
  });

  it("keeps asking whoever only authored it, and lists only the newest draft once another replaces it", async () => {
    const patientId = await newPatient();
    const v1 = await draft(pharmacist, patientId, "oxaliplatin");
    await sign(pharmacist, v1.id, "authored");
    // Signed once: not asked again, though 'authored' met nothing.
    expect(await awaiting(pharmacist, patientId)).toEqual([]);
    expect(await awaiting(nurse, patientId)).toEqual([1]);

    await draft(oncologist, patientId, "oxaliplatin", { cumulativeLimit: 800 });
    expect(await awaiting(pharmacist, patientId)).toEqual([2]);
    expect(await awaiting(nurse, patientId)).toEqual([2]);
  });

  it("at one site, lists the patients treated there and those treated nowhere yet", async () => {
    const treatedHere = await patientWithOxaliplatinDoses(0);
    const notTreated = await newPatient();
    await draft(oncologist, treatedHere, "oxaliplatin");
    await draft(oncologist, notTreated, "oxaliplatin");
    expect(await awaiting(nurse, treatedHere, DEFAULT_SITE_ID)).toEqual([1]);
    expect(await awaiting(nurse, notTreated, DEFAULT_SITE_ID)).toEqual([1]);
    expect(await awaiting(nurse, treatedHere, "another-site")).toEqual([]);
    expect(await awaiting(nurse, notTreated, "another-site")).toEqual([1]);
  });
});

describe("effects on alerts", () => {
  const alertsOf = async (patientId: string, status = "open") =>
    ((await nurse.get(`/api/patients/${patientId}/alerts?status=${status}`)).body.alerts as { kind: string }[])
      .map((a) => a.kind)
      .sort();

  it("raises no-plan for a course with a neurotoxic agent and no plan in force", async () => {
    const patientId = await patientWithOxaliplatinDoses(0);
    expect(await alertsOf(patientId)).toContain("no-plan");
  });

  it("evaluates the record under a lower limit the moment it is agreed, and resolves no-plan", async () => {
    // Six cycles of 85 mg/m2: 510 mg/m2, below 80% of the default 850 (680).
    const patientId = await patientWithOxaliplatinDoses(6);
    expect(await alertsOf(patientId)).toEqual(["no-plan"]);

    const plan = await draft(oncologist, patientId, "oxaliplatin", { cumulativeLimit: 500 });
    await sign(oncologist, plan.id);
    // A draft changes nothing: the defaults still apply.
    expect(await alertsOf(patientId)).toEqual(["no-plan"]);

    await sign(pharmacist, plan.id);
    expect(await alertsOf(patientId)).toEqual(["dose-approaching", "dose-limit"]);
    expect(await alertsOf(patientId, "resolved")).toEqual(["no-plan"]);
  });

  it("raises only dose-approaching when the new limit's warning level is crossed but not the limit", async () => {
    // 510 mg/m2 against a limit of 600: past 80% (480), short of the limit.
    const patientId = await patientWithOxaliplatinDoses(6);
    const plan = await draft(oncologist, patientId, "oxaliplatin", { cumulativeLimit: 600 });
    await sign(oncologist, plan.id);
    await sign(nurse, plan.id);
    expect(await alertsOf(patientId)).toEqual(["dose-approaching"]);
  });
});
