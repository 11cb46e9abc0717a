// A cap judges a dose once, when it is recorded, with the body and the cap in force then; the
// dose keeps them (docs/clinical-rules.md, "Dose caps"). Played through the API.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedIn, TEST_PASSWORD, useTempDatabase, type ApiClient } from "@/lib/testing/api";

let cleanup: () => void;
let nurse: ApiClient;
let oncologist: ApiClient;
beforeAll(async () => {
  cleanup = useTempDatabase();
  nurse = await signedIn("nurse");
  oncologist = await signedIn("oncologist");
});
afterAll(() => cleanup());

let mrn = 0;
async function patientWith(weightKg: number, heightCm = 170): Promise<string> {
  mrn += 1;
  const res = await nurse.post("/api/patients", {
    mrn: `CAP-${mrn}`,
    familyName: "Lindqvist",
    givenName: "Eva",
    birthDate: "1960-06-01",
    sex: "female",
    heightCm,
    weightKg,
  });
  return res.body.patient.id;
}

async function course(patientId: string, agent: string, dose: number, unit: string) {
  const res = await oncologist.post(`/api/patients/${patientId}/courses`, {
    name: agent,
    startDate: "2026-01-05",
    cycleLengthDays: 21,
    cycles: 4,
    agents: [{ agent, dose, unit }],
  });
  return res.body.course.cycles as { id: string; number: number }[];
}

async function planInForce(patientId: string, agent: string, body: object) {
  const drafted = await oncologist.put(`/api/patients/${patientId}/plans/${agent}`, body);
  for (const signer of [oncologist, nurse]) {
    await signer.post(`/api/plans/${drafted.body.plan.id}/sign`, { meaning: "agreed", password: TEST_PASSWORD });
  }
  return drafted.body.plan.id as string;
}

const openKinds = async (patientId: string) =>
  ((await nurse.get(`/api/patients/${patientId}/alerts`)).body.alerts as { kind: string }[]).map((a) => a.kind).sort();

describe("a dose keeps what it was judged with", () => {
  it("stores the height, weight, body surface area and the cap with whose it is", async () => {
    const patientId = await patientWith(80, 180);
    const [c1] = await course(patientId, "carboplatin", 750, "mg");
    const res = await nurse.post(`/api/cycles/${c1!.id}/doses`, { agent: "carboplatin", dose: 750, unit: "mg" });
    expect(res.status).toBe(201);
    expect(res.body.dose).toMatchObject({
      heightCm: 180,
      weightKg: 80,
      bsaM2: 2,
      cap: 900,
      capSource: "agent-default",
      capPlanVersionId: null,
    });
  });

  it("never re-judges a past dose when the weight changes (no false single-dose-cap)", async () => {
    const patientId = await patientWith(60);
    const [c1] = await course(patientId, "oxaliplatin", 85, "mg/m2");
    await planInForce(patientId, "oxaliplatin", { doseCap: 160 });
    // 85 mg/m2 at 170 cm and 60 kg (1.68 m2) is about 143 mg, under the plan's 160 mg.
    const given = await nurse.post(`/api/cycles/${c1!.id}/doses`, { agent: "oxaliplatin", dose: 85, unit: "mg/m2" });
    expect(given.body.alerts).toEqual([]);
    const edited = await nurse.patch(`/api/patients/${patientId}`, { version: 1, weightKg: 95 });
    expect(edited.status).toBe(200);
    expect(await openKinds(patientId)).not.toContain("single-dose-cap");
  });

  it("never re-judges a past dose when a plan with a lower cap comes into force", async () => {
    const patientId = await patientWith(70);
    const [c1] = await course(patientId, "carboplatin", 850, "mg");
    await nurse.post(`/api/cycles/${c1!.id}/doses`, { agent: "carboplatin", dose: 850, unit: "mg" });
    await planInForce(patientId, "carboplatin", { doseCap: 800 });
    expect(await openKinds(patientId)).not.toContain("single-dose-cap");
  });

  it("judges the next dose with the plan now in force, naming the plan's cap", async () => {
    const patientId = await patientWith(70);
    const [, c2] = await course(patientId, "carboplatin", 850, "mg");
    const planId = await planInForce(patientId, "carboplatin", { doseCap: 800 });
    const res = await nurse.post(`/api/cycles/${c2!.id}/doses`, { agent: "carboplatin", dose: 850, unit: "mg" });
    expect(res.body.dose).toMatchObject({ cap: 800, capSource: "plan", capPlanVersionId: planId });
    expect(res.body.alerts.map((a: { message: string }) => a.message)).toEqual([
      "Carboplatin 850 mg in one administration is above the cap of 800 mg set by the plan. Check the dose before it is given again.",
    ]);
  });
});

describe("a plan's doseCap: left out is the agent's default, null is no cap", () => {
  it("with doseCap null, carboplatin 1000 mg raises no single-dose-cap", async () => {
    const patientId = await patientWith(70);
    const [c1] = await course(patientId, "carboplatin", 1000, "mg");
    await planInForce(patientId, "carboplatin", { doseCap: null });
    const res = await nurse.post(`/api/cycles/${c1!.id}/doses`, { agent: "carboplatin", dose: 1000, unit: "mg" });
    expect(res.body.dose).toMatchObject({ cap: null, capSource: "plan" });
    expect(res.body.alerts.map((a: { kind: string }) => a.kind)).not.toContain("single-dose-cap");
  });

  it("with doseCap left out, carboplatin 1000 mg is above the agent's default, and the alert says whose", async () => {
    const patientId = await patientWith(70);
    const [c1] = await course(patientId, "carboplatin", 1000, "mg");
    await planInForce(patientId, "carboplatin", {});
    const res = await nurse.post(`/api/cycles/${c1!.id}/doses`, { agent: "carboplatin", dose: 1000, unit: "mg" });
    const cap = res.body.alerts.find((a: { kind: string }) => a.kind === "single-dose-cap");
    expect(cap.message).toContain("above the cap of 900 mg (agent default, FDA and NCI guidance)");
  });
});

describe("brentuximab's cap is the dose at 100 kg of the course's dose level", () => {
  it("a dose capped at 180 mg for a 110 kg patient (1.636 mg/kg) raises nothing", async () => {
    const patientId = await patientWith(110);
    const [c1] = await course(patientId, "brentuximab-vedotin", 1.8, "mg/kg");
    const res = await nurse.post(`/api/cycles/${c1!.id}/doses`, {
      agent: "brentuximab-vedotin",
      dose: 180 / 110,
      unit: "mg/kg",
    });
    expect(res.body.dose.cap).toBeCloseTo(180, 9);
    expect(res.body.alerts.map((a: { kind: string }) => a.kind)).not.toContain("single-dose-cap");
  });

  it("is stated as that rule in GET /api/agents, never as 100 mg", async () => {
    const res = await nurse.get("/api/agents");
    const brentuximab = res.body.agents.find((a: { code: string }) => a.code === "brentuximab-vedotin");
    expect(brentuximab.cap.value).toBeUndefined();
    expect(brentuximab.cap.text).toMatch(/^the dose at 100 kg/);
    const carboplatin = res.body.agents.find((a: { code: string }) => a.code === "carboplatin");
    expect(carboplatin.cap).toMatchObject({ value: 900, basis: "FDA and NCI guidance" });
  });
});
