// Decisions reach the next dose (docs/api.md, "Version 1.1"): an oncologist's reduce, hold or stop changes the
// course agent's current dose or status, with its history; several alerts take one decision; a
// dose against a decision raises decision-override; typing slips and future dates are refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decisionChoices, pastLimitText } from "@/components/alerts/standing-decision";
import { openAlertsPage } from "@/db/reads/alerts-page";
import { getPatientReview, standingDecision } from "@/db/reads/patient-summary";
import { plansOfPatient } from "@/db/reads/plans";
import { shiftDay, today } from "@/lib/dates";
import { signedIn, useTempDatabase, type ApiClient } from "@/lib/testing/api";
import { normalExam } from "@/lib/testing/exam-body";

let cleanup: () => void;
let nurse: ApiClient;
let oncologist: ApiClient;
let mrn = 0;

beforeAll(async () => {
  cleanup = useTempDatabase();
  nurse = await signedIn("nurse");
  oncologist = await signedIn("oncologist");
});
afterAll(() => cleanup());

const START = "2026-03-02";

/** A patient on a course of 14-day cycles from START; cycle 1 given at the course dose. */
async function patientOnCourse(agents: { agent: string; dose: number; unit: string }[], setting = "adjuvant") {
  const { body: p } = await nurse.post("/api/patients", {
    mrn: `DEC-${++mrn}`,
    familyName: "Okafor",
    givenName: "Ada",
    birthDate: "1960-02-01",
    sex: "female",
    heightCm: 165,
    weightKg: 64,
  });
  const created = await oncologist.post(`/api/patients/${p.patient.id}/courses`, {
    name: "Course",
    startDate: START,
    cycleLengthDays: 14,
    cycles: 6,
    setting,
    agents,
  });
  expect(created.status).toBe(201);
  const cycles = created.body.course.cycles as { id: string; date: string }[];
  return { patientId: p.patient.id as string, cycles };
}

async function examWithGrade(patientId: string, cycle: { id: string; date: string }, grade: number) {
  const res = await nurse.post(`/api/patients/${patientId}/assessments`, {
    ...normalExam(),
    symptoms: { ...normalExam().symptoms, numbness: grade },
    adlImpact: grade >= 3 ? "self-care" : grade === 2 ? "instrumental" : "none",
    sensoryGrade: grade,
    cycleId: cycle.id,
    assessedOn: cycle.date,
  });
  expect(res.status).toBe(201);
  return res.body.alerts as { id: string; kind: string; agent: string }[];
}

async function agentState(patientId: string, agent: string) {
  const { body } = await nurse.get(`/api/patients/${patientId}/courses`);
  return body.courses[0].agents.find((a: { agent: string }) => a.agent === agent);
}

const oxaliplatin = { agent: "oxaliplatin", dose: 85, unit: "mg/m2" };

/** What every decision form on the patient's oxaliplatin says first (components/alerts/standing-decision.tsx). */
const oxaliplatinStanding = async (patientId: string) =>
  standingDecision(await getPatientReview(patientId), "oxaliplatin");

describe("a course agent carries its state for the cycles to come", () => {
  it("starts at the course's dose, active, with no history", async () => {
    const { patientId } = await patientOnCourse([oxaliplatin]);
    expect(await agentState(patientId, "oxaliplatin")).toMatchObject({
      dose: 85,
      currentDose: 85,
      status: "active",
      history: [],
    });
  });
});

describe("a decision changes the course", () => {
  it("reduce without a dose applies the plan rule (oxaliplatin 85 to 75 mg/m2 adjuvant), with its history", async () => {
    const { patientId, cycles } = await patientOnCourse([oxaliplatin]);
    const raised = await examWithGrade(patientId, cycles[1]!, 2);
    const gradeReduce = raised.find((a) => a.kind === "grade-reduce")!;
    const res = await oncologist.post(`/api/alerts/${gradeReduce.id}/acknowledge`, {
      decision: "reduce",
      reason: "Grade 2 numbness, limits cooking",
    });
    expect(res.status).toBe(201);
    expect(res.body.alert.status).toBe("acknowledged");
    const state = await agentState(patientId, "oxaliplatin");
    expect(state).toMatchObject({ dose: 85, currentDose: 75, status: "active" });
    expect(state.history).toEqual([
      expect.objectContaining({
        decision: "reduce",
        from: { currentDose: 85, status: "active" },
        to: { currentDose: 75, status: "active" },
        reason: "Grade 2 numbness, limits cooking",
        decidedBy: expect.objectContaining({ displayName: "Test oncologist" }),
      }),
    ]);
  });

  it("takes the oncologist's toDose, and refuses a reduction that is not below the current dose", async () => {
    const { patientId, cycles } = await patientOnCourse([oxaliplatin]);
    const [alert] = (await examWithGrade(patientId, cycles[1]!, 2)).filter((a) => a.kind === "grade-reduce");
    const same = await oncologist.post(`/api/alerts/${alert!.id}/acknowledge`, {
      decision: "reduce",
      reason: "r",
      toDose: 85,
    });
    expect(same.status).toBe(400);
    expect(same.body.error.fields.toDose).toContain("below the current dose of 85 mg/m2");
    // Three places read as 75 on every page and prefilled 74.999 at the chair: refused.
    const fine = await oncologist.post(`/api/alerts/${alert!.id}/acknowledge`, {
      decision: "reduce",
      reason: "r",
      toDose: 74.999,
    });
    expect(fine.status).toBe(400);
    expect(fine.body.error.fields.toDose).toBe("At most two decimal places.");
    const ok = await oncologist.post(`/api/alerts/${alert!.id}/acknowledge`, {
      decision: "reduce",
      reason: "r",
      toDose: 70,
    });
    expect(ok.status).toBe(201);
    expect((await agentState(patientId, "oxaliplatin")).currentDose).toBe(70);
  });

  it("refuses toDose with any decision but reduce", async () => {
    const { cycles, patientId } = await patientOnCourse([oxaliplatin]);
    const [alert] = await examWithGrade(patientId, cycles[1]!, 2);
    const res = await oncologist.post(`/api/alerts/${alert!.id}/acknowledge`, {
      decision: "hold",
      reason: "r",
      toDose: 70,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.toDose).toBeDefined();
  });

  it("a rule that names no dose makes toDose required, and nothing is decided without it", async () => {
    const { patientId, cycles } = await patientOnCourse([{ agent: "cisplatin", dose: 75, unit: "mg/m2" }]);
    const [alert] = (await examWithGrade(patientId, cycles[1]!, 2)).filter((a) => a.kind === "grade-hold");
    const res = await oncologist.post(`/api/alerts/${alert!.id}/acknowledge`, { decision: "reduce", reason: "r" });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.toDose).toContain("give the dose to reduce to");
    const { body } = await nurse.get(`/api/patients/${patientId}/alerts`);
    expect(body.alerts.find((a: { id: string }) => a.id === alert!.id).status).toBe("open");
    expect(await agentState(patientId, "cisplatin")).toMatchObject({ currentDose: 75, status: "active", history: [] });
  });

  it("hold holds until a later proceed; a dose given while held raises decision-override naming who and why", async () => {
    const { patientId, cycles } = await patientOnCourse([oxaliplatin]);
    const [alert] = await examWithGrade(patientId, cycles[1]!, 2);
    await oncologist.post(`/api/alerts/${alert!.id}/acknowledge`, {
      decision: "hold",
      reason: "grade 2, wait a cycle",
    });
    expect((await agentState(patientId, "oxaliplatin")).status).toBe("held");
    expect(await oxaliplatinStanding(patientId)).toMatchObject({
      status: "held",
      currentDose: 85,
      change: { decision: "hold", reason: "grade 2, wait a cycle", decidedBy: { displayName: "Test oncologist" } },
    });
    const { body: day } = await nurse.get(`/api/worklist?date=${cycles[1]!.date}`);
    const row = day.patients.find((p: { patientId: string }) => p.patientId === patientId);
    expect(row.agents[0]).toMatchObject({
      status: "held",
      change: { decision: "hold", decidedBy: "Test oncologist", reason: "grade 2, wait a cycle" },
    });

    const given = await nurse.post(`/api/cycles/${cycles[1]!.id}/doses`, {
      agent: "oxaliplatin",
      dose: 85,
      unit: "mg/m2",
    });
    expect(given.status).toBe(201);
    const override = given.body.alerts.find((a: { kind: string }) => a.kind === "decision-override");
    expect(override).toMatchObject({ severity: "critical", agent: "oxaliplatin" });
    expect(override.message).toContain('Test oncologist decided "hold"');
    expect(override.message).toContain("grade 2, wait a cycle");
    // Given without a reason, it is still recorded: the alert says no reason came with it.
    expect(override.message).toContain("No reason was given at the chair.");
    expect(given.body.dose.overrideReason).toBeNull();

    await oncologist.post(`/api/alerts/${override.id}/acknowledge`, { decision: "proceed", reason: "Back to grade 1" });
    expect((await agentState(patientId, "oxaliplatin")).status).toBe("active");
    expect(await oxaliplatinStanding(patientId)).toBeNull();
    const next = await nurse.post(`/api/cycles/${cycles[2]!.id}/doses`, {
      agent: "oxaliplatin",
      dose: 85,
      unit: "mg/m2",
    });
    expect(next.body.alerts.map((a: { kind: string }) => a.kind)).not.toContain("decision-override");
  });

  it("a dose above the reduced dose raises decision-override; at it, nothing", async () => {
    const { patientId, cycles } = await patientOnCourse([oxaliplatin]);
    const [alert] = (await examWithGrade(patientId, cycles[1]!, 2)).filter((a) => a.kind === "grade-reduce");
    await oncologist.post(`/api/alerts/${alert!.id}/acknowledge`, { decision: "reduce", reason: "grade 2" });
    const at = await nurse.post(`/api/cycles/${cycles[1]!.id}/doses`, {
      agent: "oxaliplatin",
      dose: 75,
      unit: "mg/m2",
    });
    expect(at.body.alerts.map((a: { kind: string }) => a.kind)).not.toContain("decision-override");
    const above = await nurse.post(`/api/cycles/${cycles[2]!.id}/doses`, {
      agent: "oxaliplatin",
      dose: 85,
      unit: "mg/m2",
      overrideReason: "Dr Lee on the phone: full dose, symptoms gone",
    });
    expect(above.status).toBe(201);
    expect(above.body.dose.overrideReason).toBe("Dr Lee on the phone: full dose, symptoms gone");
    const override = above.body.alerts.find((a: { kind: string }) => a.kind === "decision-override");
    expect(override.message).toContain('decided "reduce to 75 mg/m2"');
    expect(override.message).toContain("Given because: Dr Lee on the phone: full dose, symptoms gone");
    // One write: the reason is on the dose as listed, and no cycle note was written for it.
    const { body: listed } = await nurse.get(`/api/patients/${patientId}/doses`);
    expect(listed.doses.find((d: { id: string }) => d.id === above.body.dose.id).overrideReason).toBe(
      "Dr Lee on the phone: full dose, symptoms gone",
    );
  });

  it("an override reason over 10,000 characters, or blank, is refused and nothing is recorded", async () => {
    const { patientId, cycles } = await patientOnCourse([oxaliplatin]);
    for (const overrideReason of ["x".repeat(10_001), "   "]) {
      const res = await nurse.post(`/api/cycles/${cycles[1]!.id}/doses`, {
        agent: "oxaliplatin",
        dose: 85,
        unit: "mg/m2",
        overrideReason,
      });
      expect(res.status).toBe(400);
      expect(res.body.error.fields.overrideReason).toBeDefined();
    }
    const { body } = await nurse.get(`/api/patients/${patientId}/doses`);
    expect(body.doses).toHaveLength(0);
  });

  it("before any decision, a dose above the course's dose raises nothing new", async () => {
    const { cycles } = await patientOnCourse([oxaliplatin]);
    const res = await nurse.post(`/api/cycles/${cycles[0]!.id}/doses`, {
      agent: "oxaliplatin",
      dose: 95,
      unit: "mg/m2",
    });
    expect(res.body.alerts.map((a: { kind: string }) => a.kind)).not.toContain("decision-override");
  });

  it("stop is for good: a later proceed, reduce or hold is refused on its field, and a stop records the alert seen", async () => {
    const { patientId, cycles } = await patientOnCourse([oxaliplatin]);
    const [stopAlert] = (await examWithGrade(patientId, cycles[1]!, 3)).filter((a) => a.kind === "grade-stop");
    await oncologist.post(`/api/alerts/${stopAlert!.id}/acknowledge`, { decision: "stop", reason: "grade 3" });
    const given = await nurse.post(`/api/cycles/${cycles[1]!.id}/doses`, {
      agent: "oxaliplatin",
      dose: 85,
      unit: "mg/m2",
    });
    const override = given.body.alerts.find((a: { kind: string }) => a.kind === "decision-override");
    for (const decision of ["proceed", "reduce", "hold"]) {
      const refused = await oncologist.post(`/api/alerts/${override.id}/acknowledge`, {
        decision,
        reason: "seen",
        ...(decision === "reduce" ? { toDose: 65 } : {}),
      });
      expect(refused.status).toBe(400);
      expect(refused.body.error.fields.decision).toMatch(/^Oxaliplatin is stopped, for good: the only decision left/);
    }
    const { body: stillOpen } = await oncologist.get(`/api/patients/${patientId}/alerts?status=open`);
    expect(stillOpen.alerts.map((a: { id: string }) => a.id)).toContain(override.id);
    const seen = await oncologist.post(`/api/alerts/${override.id}/acknowledge`, { decision: "stop", reason: "seen" });
    expect(seen.status).toBe(201);
    expect(await agentState(patientId, "oxaliplatin")).toMatchObject({ status: "stopped" });
    expect(await oxaliplatinStanding(patientId)).toMatchObject({
      status: "stopped",
      change: { decision: "stop", reason: "grade 3" },
    });
  });

  it("projects the next cycle at the current dose a reduce set", async () => {
    const { patientId, cycles } = await patientOnCourse([oxaliplatin]);
    // 765 mg/m2 given in cycle 1 (nine administrations' worth).
    await nurse.post(`/api/cycles/${cycles[0]!.id}/doses`, {
      agent: "oxaliplatin",
      dose: 85,
      unit: "mg/m2",
      administrations: 9,
    });
    const [alert] = (await examWithGrade(patientId, cycles[1]!, 2)).filter((a) => a.kind === "grade-reduce");
    await oncologist.post(`/api/alerts/${alert!.id}/acknowledge`, {
      decision: "reduce",
      reason: "grade 2",
      toDose: 80,
    });
    const res = await nurse.post(`/api/cycles/${cycles[1]!.id}/doses`, {
      agent: "oxaliplatin",
      dose: 80,
      unit: "mg/m2",
    });
    // 845 given; the next cycle at 80 would take it past 850.
    expect(res.body.alerts.map((a: { kind: string }) => a.kind)).toContain("dose-projected");
    const projected = res.body.alerts.find((a: { kind: string }) => a.kind === "dose-projected");
    expect(projected.message).toContain("80 mg/m2");
    // Every decision form on her oxaliplatin says first that it is reduced, and to what.
    expect(await oxaliplatinStanding(patientId)).toMatchObject({
      status: "reduced",
      currentDose: 80,
      change: { decision: "reduce", reason: "grade 2" },
    });
    // The plan page's ladder is worked out from the dose the reduction left, not the one prescribed.
    const { agents } = await plansOfPatient(patientId, "oxaliplatin");
    expect(agents.find((a) => a.agent === "oxaliplatin")!.course).toMatchObject({ dose: 80, prescribed: 85 });
  });
});

describe("a reduction decided on a projection past the limit", () => {
  const openProjections = async (patientId: string) => {
    const { body } = await nurse.get(`/api/patients/${patientId}/alerts`);
    return (body.alerts as { id: string; kind: string; status: string; message: string }[]).filter(
      (a) => a.kind === "dose-projected" && a.status === "open",
    );
  };

  /** 765 + 40 = 805 mg/m2 given: the next cycle at 85 would take it to 890, past the 850 default. */
  const patientNearTheLimit = async () => {
    const { patientId, cycles } = await patientOnCourse([oxaliplatin]);
    await nurse.post(`/api/cycles/${cycles[0]!.id}/doses`, { ...oxaliplatin, administrations: 9 });
    await nurse.post(`/api/cycles/${cycles[1]!.id}/doses`, { ...oxaliplatin, dose: 40 });
    return patientId;
  };

  it("is asked about again while the reduced dose still passes the limit, and no more once it does not", async () => {
    const patientId = await patientNearTheLimit();
    const [at85] = await openProjections(patientId);
    expect(at85!.message).toContain("85 mg/m2");

    // Reduced to 60, the next cycle still takes it to 865: a new alert, open, at the new amount.
    const reduced = await oncologist.post(`/api/alerts/${at85!.id}/acknowledge`, {
      decision: "reduce",
      reason: "Slow the approach to the limit",
      toDose: 60,
    });
    expect(reduced.status, JSON.stringify(reduced.body)).toBe(201);
    const [at60, ...others] = await openProjections(patientId);
    expect(others).toEqual([]);
    expect(at60!.id).not.toBe(at85!.id);
    expect(at60!.message).toContain(
      "60 mg/m2) would take the cumulative dose from 805 mg/m2 to 865 mg/m2, past the 850 mg/m2",
    );
    // The decision's answer names the alert it raised, for the form to say at once.
    expect(reduced.body.raised).toEqual([at60]);

    // Reduced to 40, it stays at 845: nothing more to ask, and nothing raised.
    const within = await oncologist.post(`/api/alerts/${at60!.id}/acknowledge`, {
      decision: "reduce",
      reason: "Keep within the limit",
      toDose: 40,
    });
    expect(within.body.raised).toEqual([]);
    expect(await openProjections(patientId)).toEqual([]);
  });

  it("once held, says with Proceed that lifting the hold would pass the limit, which no projection counts meanwhile", async () => {
    const patientId = await patientNearTheLimit();
    const [projected] = await openProjections(patientId);
    await oncologist.post(`/api/alerts/${projected!.id}/acknowledge`, { decision: "hold", reason: "Near the limit" });
    expect(await openProjections(patientId)).toEqual([]);
    const review = await getPatientReview(patientId);
    const standing = standingDecision(review, "oxaliplatin");
    const resuming = pastLimitText(review, "oxaliplatin", standing!.currentDose);
    expect(resuming).toBe(" That takes the cumulative dose to 890 mg/m², past the 850 mg/m² limit.");
    // Within it, nothing is said: 805 + 40 = 845.
    expect(pastLimitText(review, "oxaliplatin", 40)).toBe("");
    const { hints } = decisionChoices(standing, "oxaliplatin", null, resuming);
    expect(hints.proceed).toBe(
      "Lifts the hold: the next cycle gives 85 mg/m². That takes the cumulative dose to 890 mg/m², past the 850 mg/m² limit.",
    );
  });

  it("is not asked about again after a proceed, which keeps the amount", async () => {
    const patientId = await patientNearTheLimit();
    const [projected] = await openProjections(patientId);
    await oncologist.post(`/api/alerts/${projected!.id}/acknowledge`, {
      decision: "proceed",
      reason: "Last cycle of the plan; the team accepts 890",
    });
    expect(await openProjections(patientId)).toEqual([]);
  });
});

describe("the holds the neuropathy has settled since, listed on the alerts page", () => {
  const settledOf = async (patientId: string) =>
    (await openAlertsPage({ status: "open" }, () => [])).holds.filter((h) => h.patientId === patientId);

  it("lists a hold with no alert open once an exam since is grade 1 or less, and no more once it is lifted", async () => {
    const { patientId, cycles } = await patientOnCourse([oxaliplatin]);
    const [alert] = await examWithGrade(patientId, cycles[1]!, 2);
    await oncologist.post(`/api/alerts/${alert!.id}/acknowledge`, { decision: "hold", reason: "grade 2, wait" });
    expect(await settledOf(patientId)).toEqual([]);

    expect(await examWithGrade(patientId, cycles[2]!, 1)).toEqual([]);
    const [settled, ...others] = await settledOf(patientId);
    expect(others).toEqual([]);
    expect(settled).toMatchObject({
      name: "Okafor, Ada",
      agent: "oxaliplatin",
      course: { atHold: { grade: 2 }, latest: { grade: 1, assessedOn: cycles[2]!.date }, settled: true },
    });

    await oncologist.post(`/api/patients/${patientId}/agents/oxaliplatin/decision`, {
      decision: "proceed",
      reason: "Grade 1 now",
    });
    expect(await settledOf(patientId)).toEqual([]);
  });

  it("leaves out a hold whose latest exam is still above grade 1", async () => {
    const { patientId, cycles } = await patientOnCourse([oxaliplatin]);
    const [alert] = await examWithGrade(patientId, cycles[1]!, 2);
    await oncologist.post(`/api/alerts/${alert!.id}/acknowledge`, { decision: "hold", reason: "grade 2, wait" });
    await examWithGrade(patientId, cycles[2]!, 1);
    expect(await settledOf(patientId)).toHaveLength(1);
    await examWithGrade(patientId, cycles[3]!, 2);
    expect(await settledOf(patientId)).toEqual([]);
  });
});

describe("a decision on an agent with no alert to decide", () => {
  const decideOn = (client: ApiClient, patientId: string, agent: string, body: object) =>
    client.post(`/api/patients/${patientId}/agents/${agent}/decision`, body);

  it("lifts a hold at review once its alerts are decided, with its history and audit", async () => {
    const { patientId, cycles } = await patientOnCourse([oxaliplatin]);
    const [alert] = await examWithGrade(patientId, cycles[1]!, 2);
    await oncologist.post(`/api/alerts/${alert!.id}/acknowledge`, {
      decision: "hold",
      reason: "grade 2, wait a cycle",
    });
    // Settled at the next exam: no alert is open, and nothing else could lift the hold.
    expect(await examWithGrade(patientId, cycles[2]!, 1)).toEqual([]);
    const res = await decideOn(oncologist, patientId, "oxaliplatin", { decision: "proceed", reason: "Grade 1 now" });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.raised).toEqual([]);
    const state = await agentState(patientId, "oxaliplatin");
    expect(state).toMatchObject({ status: "active", currentDose: 85 });
    expect(state.history.at(-1)).toMatchObject({
      decision: "proceed",
      from: { status: "held" },
      to: { status: "active" },
      reason: "Grade 1 now",
      alertIds: [],
    });
  });

  it("refuses a decision that would change nothing (409), and writes nothing", async () => {
    const { patientId } = await patientOnCourse([oxaliplatin]);
    const res = await decideOn(oncologist, patientId, "oxaliplatin", { decision: "proceed", reason: "Fine" });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toBe("Nothing to change: oxaliplatin is active at 85 mg/m2.");
    expect((await agentState(patientId, "oxaliplatin")).history).toEqual([]);
  });

  it("reduces ahead of an alert to the oncologist's dose, and refuses one not below the current dose", async () => {
    const { patientId } = await patientOnCourse([oxaliplatin]);
    const up = await decideOn(oncologist, patientId, "oxaliplatin", { decision: "reduce", toDose: 90, reason: "x" });
    expect(up.status).toBe(400);
    expect(up.body.error.fields).toHaveProperty("toDose");
    const down = await decideOn(oncologist, patientId, "oxaliplatin", {
      decision: "reduce",
      toDose: 65,
      reason: "Frail",
    });
    expect(down.status).toBe(201);
    expect(await agentState(patientId, "oxaliplatin")).toMatchObject({ currentDose: 65, status: "active" });
  });

  it("is the oncologist's alone, and names no agent the patient is not given", async () => {
    const { patientId } = await patientOnCourse([oxaliplatin]);
    expect((await decideOn(nurse, patientId, "oxaliplatin", { decision: "hold", reason: "x" })).status).toBe(403);
    expect((await decideOn(oncologist, patientId, "paclitaxel", { decision: "hold", reason: "x" })).status).toBe(404);
    expect((await decideOn(oncologist, patientId, "aspirin", { decision: "hold", reason: "x" })).status).toBe(404);
  });
});

describe("several alerts, one decision", () => {
  async function twoAlerts() {
    const { patientId, cycles } = await patientOnCourse([oxaliplatin]);
    await examWithGrade(patientId, cycles[0]!, 0);
    const raised = await examWithGrade(patientId, cycles[1]!, 2);
    const ids = raised.filter((a) => a.agent === "oxaliplatin" && a.kind !== "no-plan").map((a) => a.id);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    return { patientId, cycles, ids };
  }

  it("decides every listed alert with one reason, and changes the course once", async () => {
    const { patientId, ids } = await twoAlerts();
    const res = await oncologist.post(`/api/patients/${patientId}/alerts/acknowledge`, {
      alertIds: ids,
      decision: "reduce",
      reason: "Grade 2 and worse than baseline",
    });
    expect(res.status).toBe(201);
    expect(res.body.acknowledgements).toHaveLength(ids.length);
    expect(res.body.alerts.map((a: { status: string }) => a.status)).toEqual(ids.map(() => "acknowledged"));
    const state = await agentState(patientId, "oxaliplatin");
    expect(state.currentDose).toBe(75);
    expect(state.history).toHaveLength(1);
    expect(state.history[0].alertIds).toEqual(ids);
  });

  it("refuses the whole request for an id already decided, naming it", async () => {
    const { patientId, ids } = await twoAlerts();
    await oncologist.post(`/api/alerts/${ids[0]}/acknowledge`, { decision: "proceed", reason: "seen" });
    const res = await oncologist.post(`/api/patients/${patientId}/alerts/acknowledge`, {
      alertIds: ids,
      decision: "hold",
      reason: "r",
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields["alertIds.0"]).toContain("already acknowledged");
    const { body } = await nurse.get(`/api/patients/${patientId}/alerts`);
    expect(body.alerts.map((a: { id: string }) => a.id)).toContain(ids[1]);
    expect((await agentState(patientId, "oxaliplatin")).status).toBe("active");
  });

  it("refuses an alert of another patient (400) or an unknown id (404), deciding nothing", async () => {
    const first = await twoAlerts();
    const second = await twoAlerts();
    const mixed = await oncologist.post(`/api/patients/${first.patientId}/alerts/acknowledge`, {
      alertIds: [first.ids[0], second.ids[0]],
      decision: "hold",
      reason: "r",
    });
    expect(mixed.status).toBe(400);
    expect(mixed.body.error.fields["alertIds.1"]).toContain("another patient");
    const unknown = await oncologist.post(`/api/patients/${first.patientId}/alerts/acknowledge`, {
      alertIds: [first.ids[0], "no-such-alert"],
      decision: "hold",
      reason: "r",
    });
    expect(unknown.status).toBe(404);
    const { body } = await nurse.get(`/api/patients/${first.patientId}/alerts`);
    for (const id of first.ids) expect(body.alerts.map((a: { id: string }) => a.id)).toContain(id);
  });

  it("refuses alerts of two agents in one decision", async () => {
    const { patientId, cycles } = await patientOnCourse([
      oxaliplatin,
      { agent: "paclitaxel", dose: 80, unit: "mg/m2" },
    ]);
    const raised = await examWithGrade(patientId, cycles[1]!, 3);
    const oxa = raised.find((a) => a.agent === "oxaliplatin" && a.kind === "grade-stop")!;
    const pac = raised.find((a) => a.agent === "paclitaxel" && a.kind === "grade-reduce")!;
    const res = await oncologist.post(`/api/patients/${patientId}/alerts/acknowledge`, {
      alertIds: [oxa.id, pac.id],
      decision: "stop",
      reason: "r",
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields["alertIds.1"]).toContain("one agent");
  });

  it("is the oncologist's alone", async () => {
    const { patientId, ids } = await twoAlerts();
    const res = await nurse.post(`/api/patients/${patientId}/alerts/acknowledge`, {
      alertIds: ids,
      decision: "hold",
      reason: "r",
    });
    expect(res.status).toBe(403);
  });
});

describe("typing slips and dates ahead are refused", () => {
  it("refuses a course dose past the bound, naming the typical range, and accepts the bound itself", async () => {
    const { body: p } = await nurse.post("/api/patients", {
      mrn: `DEC-${++mrn}`,
      familyName: "Slip",
      givenName: "Tom",
      birthDate: "1960-02-01",
      sex: "male",
      heightCm: 175,
      weightKg: 80,
    });
    const course = (dose: number) => ({
      name: "FOLFOX",
      startDate: START,
      cycleLengthDays: 14,
      cycles: 2,
      setting: "adjuvant",
      agents: [{ agent: "oxaliplatin", dose, unit: "mg/m2" }],
    });
    const slip = await oncologist.post(`/api/patients/${p.patient.id}/courses`, course(100000));
    expect(slip.status).toBe(400);
    expect(slip.body.error.fields["agents.0.dose"]).toContain("85-130 mg/m2");
    expect((await oncologist.post(`/api/patients/${p.patient.id}/courses`, course(390.01))).status).toBe(400);
    expect((await oncologist.post(`/api/patients/${p.patient.id}/courses`, course(390))).status).toBe(201);
  });

  it("refuses a dose past the bound", async () => {
    const { cycles } = await patientOnCourse([oxaliplatin]);
    const res = await nurse.post(`/api/cycles/${cycles[0]!.id}/doses`, {
      agent: "oxaliplatin",
      dose: 100000,
      unit: "mg/m2",
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.dose).toContain("typical range is 85-130 mg/m2");
  });

  it("refuses an exam dated after today, and accepts one dated today", async () => {
    const { patientId } = await patientOnCourse([oxaliplatin]);
    const tomorrow = await nurse.post(`/api/patients/${patientId}/assessments`, {
      ...normalExam(),
      assessedOn: shiftDay(today(), 1),
    });
    expect(tomorrow.status).toBe(400);
    expect(tomorrow.body.error.fields.assessedOn).toContain("Not after today");
    const todays = await nurse.post(`/api/patients/${patientId}/assessments`, { ...normalExam(), assessedOn: today() });
    expect(todays.status).toBe(201);
  });

  it("refuses a dose given after today, or counted on a cycle dated after today", async () => {
    const { patientId } = await patientOnCourse([oxaliplatin]);
    const { body: c } = await oncologist.post(`/api/patients/${patientId}/courses`, {
      name: "Ahead",
      startDate: shiftDay(today(), 7),
      cycleLengthDays: 14,
      cycles: 1,
      setting: "adjuvant",
      agents: [oxaliplatin],
    });
    const ahead = c.course.cycles[0].id;
    const counted = await nurse.post(`/api/cycles/${ahead}/doses`, { agent: "oxaliplatin", dose: 85, unit: "mg/m2" });
    expect(counted.status).toBe(400);
    expect(counted.body.error.fields.givenAt).toContain("after today");
    const later = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const givenLater = await nurse.post(`/api/cycles/${ahead}/doses`, {
      agent: "oxaliplatin",
      dose: 85,
      unit: "mg/m2",
      givenAt: later,
    });
    expect(givenLater.status).toBe(400);
    expect(givenLater.body.error.fields.givenAt).toContain("Not after today");
    const now = await nurse.post(`/api/cycles/${ahead}/doses`, {
      agent: "oxaliplatin",
      dose: 85,
      unit: "mg/m2",
      givenAt: new Date().toISOString(),
    });
    expect(now.status).toBe(201);
  });
});
