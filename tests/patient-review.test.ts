// The pre-cycle review's read models, seeded through the API as a ward would: the patient page's
// data, the flowsheet rows, the chart series (one exam, gaps, 40 cycles), the reduce target, the
// worklist's decisions and the override counts.
import { addDays, formatISO } from "date-fns";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  getPatientReview,
  listAlertsWithPatients,
  overrideCounts,
  reduceTarget,
  ruleMet,
} from "@/db/reads/patient-summary";
import { findPatientSummary } from "@/db/reads/patient-page";
import { worklist } from "@/db/reads/worklist";
import { axisMax, roundTicks } from "@/components/charts/chart-style";
import { agentTrends } from "@/components/charts/trend-data";
import { flowsheetRows } from "@/components/patient/flowsheet-rows";
import { clip, settingAfter } from "@/components/patient/format";
import { today } from "@/lib/dates";
import { ApiClient, signedIn, useTempDatabase } from "@/lib/testing/api";
import { normalExam } from "@/lib/testing/exam-body";

const day = (offset: number) => formatISO(addDays(new Date(`${today()}T12:00:00`), offset), { representation: "date" });

const EXAM = normalExam();
const GRADE_2 = {
  ...EXAM,
  vibration: { left: 9, right: null },
  symptoms: { ...EXAM.symptoms, numbness: 2, tingling: 2 },
  adlImpact: "instrumental",
  sensoryGrade: 2,
};

let cleanup: () => void;
let nurse: ApiClient;
let oncologist: ApiClient;

beforeAll(async () => {
  cleanup = useTempDatabase();
  nurse = await signedIn("nurse");
  oncologist = await signedIn("oncologist");
});
afterAll(() => cleanup());

let mrnCount = 0;
async function patientWithCourse(course: Record<string, unknown>) {
  const patient = await nurse.post("/api/patients", {
    mrn: `REVIEW-${++mrnCount}`,
    familyName: "Review",
    givenName: `Case ${mrnCount}`,
    birthDate: "1961-03-14",
    sex: "female",
    heightCm: 165,
    weightKg: 62,
    diagnosis: "Colon adenocarcinoma, stage III",
  });
  expect(patient.status).toBe(201);
  const created = await oncologist.post(`/api/patients/${patient.body.patient.id}/courses`, course);
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return { patientId: patient.body.patient.id as string, cycles: created.body.course.cycles as any[] };
}

describe("a FOLFOX patient with a grade 2 exam at cycle 2", () => {
  let patientId: string;
  let cycles: any[];

  beforeAll(async () => {
    ({ patientId, cycles } = await patientWithCourse({
      name: "FOLFOX adjuvant",
      startDate: day(-14),
      cycleLengthDays: 14,
      cycles: 12,
      setting: "adjuvant",
      agents: [{ agent: "oxaliplatin", dose: 85, unit: "mg/m2", route: "IV" }],
    }));
    const [c1, c2] = cycles;
    await nurse.post(`/api/patients/${patientId}/assessments`, { ...EXAM, cycleId: c1.id, assessedOn: c1.date });
    await nurse.post(`/api/cycles/${c1.id}/doses`, { agent: "oxaliplatin", dose: 85, unit: "mg/m2" });
    const graded = await nurse.post(`/api/patients/${patientId}/assessments`, {
      ...GRADE_2,
      cycleId: c2.id,
      assessedOn: c2.date,
    });
    expect(graded.body.alerts.map((a: any) => a.kind)).toContain("grade-reduce");
  });

  it("answers null for an unknown or malformed patient id", async () => {
    expect(await findPatientSummary("no-such-patient")).toBeNull();
  });

  it("reads the patient, the agent with its defaults, and the open alerts", async () => {
    const review = await getPatientReview(patientId, "2026-03-14");
    expect(review.age).toBe(65);
    expect(review.patient.bsa).toBeCloseTo(1.69, 2);
    const [oxaliplatin] = review.agents;
    expect(oxaliplatin).toMatchObject({ code: "oxaliplatin", cumulative: 85, plan: null, warnAt: 680 });
    expect(oxaliplatin!.terms.cumulativeLimit).toBe(850);
    expect(review.alerts.filter((a) => a.status === "open").map((a) => a.kind)).toEqual(
      expect.arrayContaining(["grade-reduce", "no-plan"]),
    );
  });

  it("lays out the flowsheet cycle by cycle with the running cumulative dose", async () => {
    const rows = flowsheetRows(await getPatientReview(patientId));
    expect(rows).toHaveLength(12);
    expect(rows[0]).toMatchObject({ firstOfCycle: true, cumulative: [{ agent: "oxaliplatin", value: 85 }] });
    expect(rows[0]!.doses).toHaveLength(1);
    expect(rows[1]!.exam?.sensoryGrade).toBe(2);
    expect(rows[11]).toMatchObject({ exam: null, doses: [], cumulative: [{ value: 85 }] });
  });

  it("plots each exam against the dose given before its day, with a gap where a side was not measured", async () => {
    const [trend] = agentTrends(await getPatientReview(patientId));
    expect(trend!.exams.map((e) => [e.exposure, e.grade])).toEqual([
      [0, 0],
      [85, 2],
    ]);
    expect(trend!.exams[1]).toMatchObject({ vibrationLeft: 9, vibrationRight: null });
    expect(trend).toMatchObject({ limit: 850, warnAt: 680 });
  });

  it("projects the eleven planned cycles and finds where the limit is reached", async () => {
    const [trend] = agentTrends(await getPatientReview(patientId));
    expect(trend!.steps[0]).toMatchObject({ given: 0, projected: null });
    expect(trend!.steps[1]).toMatchObject({ given: 85, projected: 85 });
    expect(trend!.steps.at(-1)).toMatchObject({ given: null, projected: 1020 });
    expect(trend!.projectedTotal).toBe(1020);
    // Exactly at the limit has reached it: 10 x 85 = 850 at cycle 10.
    expect(trend!.reachesLimit?.label).toMatch(/^Planned: cycle 10 of FOLFOX adjuvant/);
  });

  it("derives a reduce decision's next dose from the plan's rule (adjuvant 85 to 75 mg/m2)", async () => {
    const review = await getPatientReview(patientId);
    const alert = review.alerts.find((a) => a.kind === "grade-reduce")!;
    expect(reduceTarget(review, alert)).toMatchObject({ dose: 75, from: 85, unit: "mg/m2" });
    expect(reduceTarget(review, alert)!.basis).toContain("At grade 2");
    expect(ruleMet(review, alert)).toMatchObject({ minGrade: 2, action: "reduce" });
  });

  it("shows the decision on the worklist row of the cycle, and only an oncologist may decide", async () => {
    const review = await getPatientReview(patientId);
    const alert = review.alerts.find((a) => a.kind === "grade-reduce")!;
    const refused = await nurse.post(`/api/alerts/${alert.id}/acknowledge`, { decision: "reduce", reason: "x" });
    expect(refused.status).toBe(403);
    const decided = await oncologist.post(`/api/alerts/${alert.id}/acknowledge`, {
      decision: "reduce",
      reason: "Persistent grade 2 limiting instrumental ADL",
    });
    expect(decided.status).toBe(201);
    const row = (await worklist(cycles[1].date)).patients.find((p) => p.patientId === patientId)!;
    expect(row.decisions).toEqual([
      expect.objectContaining({
        alertId: alert.id,
        kind: "grade-reduce",
        decision: "reduce",
        decidedBy: "Test oncologist",
      }),
    ]);
    expect(row.openAlerts.map((a) => a.kind)).not.toContain("grade-reduce");
  });

  it("counts per kind how often alerts are decided with proceed", async () => {
    const open = await listAlertsWithPatients({ patientId, status: "open", kind: "no-plan" });
    expect(open[0]!.patient).toEqual({ name: "Review, Case 1", mrn: "REVIEW-1" });
    await oncologist.post(`/api/alerts/${open[0]!.id}/acknowledge`, { decision: "proceed", reason: "Plan next week" });
    const counts = await overrideCounts();
    expect(counts).toEqual(
      expect.arrayContaining([
        { kind: "no-plan", decided: 1, proceeded: 1 },
        { kind: "grade-reduce", decided: 1, proceeded: 0 },
      ]),
    );
  });
});

describe("records that are amended or entered in error", () => {
  it("keeps them in the flowsheet, marked, and leaves the error out of the charts", async () => {
    const { patientId, cycles } = await patientWithCourse({
      name: "Docetaxel",
      startDate: day(-21),
      cycleLengthDays: 21,
      cycles: 3,
      agents: [{ agent: "docetaxel", dose: 75, unit: "mg/m2" }],
    });
    const c1 = cycles[0];
    const wrong = await nurse.post(`/api/patients/${patientId}/assessments`, {
      ...GRADE_2,
      cycleId: c1.id,
      assessedOn: c1.date,
    });
    await nurse.post(`/api/assessments/${wrong.body.assessment.id}/entered-in-error`, { reason: "Wrong patient" });
    const right = await nurse.post(`/api/patients/${patientId}/assessments`, {
      ...EXAM,
      cycleId: c1.id,
      assessedOn: c1.date,
    });
    await nurse.patch(`/api/assessments/${right.body.assessment.id}`, { version: 1, reason: "Typo", motorGrade: 1 });
    const review = await getPatientReview(patientId);
    const rows = flowsheetRows(review).filter((r) => r.cycle?.id === c1.id);
    expect(rows.map((r) => [r.exam?.status, r.firstOfCycle])).toEqual([
      ["entered-in-error", true],
      ["amended", false],
    ]);
    const [trend] = agentTrends(review);
    expect(trend!.exams).toHaveLength(1);
    expect(trend!.exams[0]).toMatchObject({ amended: true, motor: 1 });
    // Grade 1 meets no rule of docetaxel's template: a reduce decision falls back to its dose levels.
    expect(reduceTarget(review, { agent: "docetaxel", cycleId: c1.id })).toEqual({
      dose: 60,
      from: 75,
      unit: "mg/m2",
      basis: "the agent's next dose level",
      // No docetaxel plan is agreed: the figure is the agent's default, and says so.
      says: "Default rule says",
    });
  });
});

describe("a long course", () => {
  it("handles 40 weekly cycles, given and planned, and marks a reduction", async () => {
    const { patientId, cycles } = await patientWithCourse({
      name: "Weekly paclitaxel",
      startDate: day(-7 * 30),
      cycleLengthDays: 7,
      cycles: 40,
      agents: [{ agent: "paclitaxel", dose: 80, unit: "mg/m2" }],
    });
    for (const [i, c] of cycles.slice(0, 30).entries()) {
      await nurse.post(`/api/patients/${patientId}/assessments`, { ...EXAM, cycleId: c.id, assessedOn: c.date });
      await nurse.post(`/api/cycles/${c.id}/doses`, { agent: "paclitaxel", dose: i < 20 ? 80 : 64, unit: "mg/m2" });
    }
    const review = await getPatientReview(patientId);
    expect(flowsheetRows(review)).toHaveLength(40);
    const [trend] = agentTrends(review);
    expect(trend!.exams).toHaveLength(30);
    expect(trend!.reductions).toEqual([{ exposure: 1600, date: cycles[20].date, from: 80, to: 64 }]);
    // 20 x 80 + 10 x 64 given, then 10 planned at the course dose of 80.
    expect(trend!.steps.filter((s) => s.given !== null).at(-1)!.given).toBe(2240);
    expect(trend!.projectedTotal).toBe(3040);
    expect(trend!.reachesLimit?.label).toMatch(/^Given: cycle 13/);
  });
});

describe("chart axes", () => {
  it("end on a round figure above the largest value, and tick evenly from zero", () => {
    expect(axisMax(850, 85)).toBe(900);
    expect(axisMax(1000, 2240)).toBe(2500);
    expect(axisMax(0)).toBe(1);
    expect(roundTicks(2500)).toEqual([0, 500, 1000, 1500, 2000, 2500]);
    expect(roundTicks(5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(roundTicks(900)).toEqual([0, 200, 400, 600, 800]);
  });

  it("cut a long reason at a word for the print view", () => {
    expect(clip("short", 10)).toBe("short");
    expect(clip("reduce to seventy five milligrams", 20)).toBe("reduce to seventy…");
  });
});

describe("a course's name with its setting", () => {
  it("adds the setting once, never after a name that already says it", () => {
    expect(settingAfter({ name: "FOLFOX", setting: "adjuvant" })).toBe(" (adjuvant)");
    expect(settingAfter({ name: "mFOLFOX6 (adjuvant)", setting: "adjuvant" })).toBe("");
    expect(settingAfter({ name: "CAPOX (adjuvant)", setting: "advanced" })).toBe(" (advanced)");
    expect(settingAfter({ name: "FOLFOX", setting: null })).toBe("");
  });
});
