// After treatment (docs/api.md, "Version 1.1"): follow-ups that fall due, supportive care with its warnings and
// versioned updates, recovery per patient and for the clinic, and the alert analytics with its
// CSV and its audit row. Seeded through the API as a ward would.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clinicRecovery, followUpsDue, patientRecovery } from "@/db/reads/after-treatment";
import { CRYOTHERAPY_WITH_OXALIPLATIN } from "@/lib/domain/interventions";
import { COASTING_NOTE, monthsAfter } from "@/lib/domain/follow-ups";
import { shiftDay, today } from "@/lib/dates";
import { ApiClient, signedIn, useTempDatabase } from "@/lib/testing/api";
import { normalExam } from "@/lib/testing/exam-body";
import { testSql } from "@/lib/testing/sql";

const day = (offset: number) => shiftDay(today(), offset);
const EXAM = normalExam();
const graded = (grade: number) => ({
  ...EXAM,
  symptoms: { ...EXAM.symptoms, numbness: grade, tingling: grade },
  adlImpact: grade >= 2 ? "instrumental" : "none",
  sensoryGrade: grade,
});

let cleanup: () => void;
let nurse: ApiClient;
let oncologist: ApiClient;
let pharmacist: ApiClient;
let admin: ApiClient;

beforeAll(async () => {
  cleanup = useTempDatabase();
  nurse = await signedIn("nurse");
  oncologist = await signedIn("oncologist");
  pharmacist = await signedIn("pharmacist");
  admin = await signedIn("admin");
});
afterAll(() => cleanup());

let mrnCount = 0;
/** A patient whose two-cycle course of `agent` ended `daysAgo` days ago, every cycle examined at `grades`. */
async function finishedCourse(agent: "oxaliplatin" | "paclitaxel", daysAgo: number, grades: [number, number]) {
  const patient = await nurse.post("/api/patients", {
    mrn: `AFTER-${++mrnCount}-${Date.now()}`,
    familyName: "After",
    givenName: `Case ${mrnCount}`,
    birthDate: "1958-04-02",
    sex: "female",
    heightCm: 164,
    weightKg: 63,
  });
  expect(patient.status).toBe(201);
  const id = patient.body.patient.id as string;
  const course = await oncologist.post(`/api/patients/${id}/courses`, {
    name: agent === "oxaliplatin" ? "FOLFOX" : "Weekly paclitaxel",
    startDate: day(-daysAgo - 14),
    cycleLengthDays: 14,
    cycles: 2,
    agents: [
      agent === "oxaliplatin"
        ? { agent, dose: 85, unit: "mg/m2", route: "IV" }
        : { agent, dose: 80, unit: "mg/m2", route: "IV" },
    ],
  });
  expect(course.status, JSON.stringify(course.body)).toBe(201);
  for (const [i, cycle] of (course.body.course.cycles as { id: string; date: string }[]).entries()) {
    const exam = await nurse.post(`/api/patients/${id}/assessments`, {
      ...graded(grades[i]!),
      cycleId: cycle.id,
      assessedOn: cycle.date,
    });
    expect(exam.status, JSON.stringify(exam.body)).toBe(201);
    const dose = await nurse.post(`/api/cycles/${cycle.id}/doses`, {
      agent,
      dose: agent === "oxaliplatin" ? 85 : 80,
      unit: "mg/m2",
    });
    expect(dose.status).toBe(201);
  }
  return { patientId: id, lastDoseOn: day(-daysAgo) };
}

const followUpExam = (patientId: string, assessedOn: string, grade: number) =>
  nurse.post(`/api/patients/${patientId}/assessments`, { ...graded(grade), cycleId: null, assessedOn });

describe("GET /api/follow-ups", () => {
  let coasting: { patientId: string; lastDoseOn: string };
  let taxane: { patientId: string; lastDoseOn: string };

  beforeAll(async () => {
    coasting = await finishedCourse("oxaliplatin", 40, [1, 2]);
    taxane = await finishedCourse("paclitaxel", 200, [1, 2]);
  });

  it("lists the exams due in the period with the contract's fields, and the coasting note for platinum", async () => {
    const res = await nurse.get(`/api/follow-ups?from=${day(-60)}&to=${day(60)}`);
    expect(res.status).toBe(200);
    const mine = res.body.followUps.filter((f: any) => f.patientId === coasting.patientId);
    expect(mine).toEqual([
      expect.objectContaining({
        agent: "oxaliplatin",
        dueOn: monthsAfter(coasting.lastDoseOn, 1),
        reason: "1 month after the last oxaliplatin dose.",
        lastGrade: 2,
        lastDoseOn: coasting.lastDoseOn,
        mrn: expect.stringMatching(/^AFTER-/),
        name: expect.stringMatching(/^After, Case/),
        note: COASTING_NOTE,
      }),
      expect.objectContaining({ dueOn: monthsAfter(coasting.lastDoseOn, 3), note: COASTING_NOTE }),
    ]);
  });

  it("gives no coasting note to a taxane, and none after three months", async () => {
    const res = await nurse.get(`/api/follow-ups?from=${day(-365)}&to=${day(400)}`);
    const taxaneDue = res.body.followUps.filter((f: any) => f.patientId === taxane.patientId);
    expect(taxaneDue.map((f: any) => f.dueOn)).toEqual(
      [1, 3, 6, 12].map((m) => monthsAfter(taxane.lastDoseOn, m)).filter((d) => d <= day(400)),
    );
    expect(taxaneDue.every((f: any) => f.note === null)).toBe(true);
  });

  it("drops a due date once a follow-up exam within 14 days meets it, but not one 15 days off", async () => {
    const oneMonth = monthsAfter(coasting.lastDoseOn, 1);
    const period = `from=${day(-60)}&to=${day(60)}`;
    expect((await followUpExam(coasting.patientId, shiftDay(oneMonth, -15), 2)).status).toBe(201);
    let due = (await nurse.get(`/api/follow-ups?${period}`)).body.followUps.filter(
      (f: any) => f.patientId === coasting.patientId,
    );
    expect(due.map((f: any) => f.dueOn)).toContain(oneMonth);
    expect((await followUpExam(coasting.patientId, shiftDay(oneMonth, -14), 2)).status).toBe(201);
    due = (await nurse.get(`/api/follow-ups?${period}`)).body.followUps.filter(
      (f: any) => f.patientId === coasting.patientId,
    );
    expect(due.map((f: any) => f.dueOn)).toEqual([monthsAfter(coasting.lastDoseOn, 3)]);
  });

  it("lists nothing for an agent with a cycle still planned", async () => {
    const patient = await nurse.post("/api/patients", {
      mrn: `ONGOING-${Date.now()}`,
      familyName: "Ongoing",
      givenName: "Course",
      birthDate: "1960-01-01",
      sex: "male",
      heightCm: 175,
      weightKg: 80,
    });
    const course = await oncologist.post(`/api/patients/${patient.body.patient.id}/courses`, {
      name: "FOLFOX",
      startDate: day(-60),
      cycleLengthDays: 14,
      cycles: 12,
      agents: [{ agent: "oxaliplatin", dose: 85, unit: "mg/m2" }],
    });
    await nurse.post(`/api/cycles/${course.body.course.cycles[0].id}/doses`, {
      agent: "oxaliplatin",
      dose: 85,
      unit: "mg/m2",
    });
    const all = (await nurse.get(`/api/follow-ups?from=${day(-400)}&to=${day(400)}`)).body.followUps;
    expect(all.some((f: any) => f.patientId === patient.body.patient.id)).toBe(false);
  });

  it("takes a default period, refuses a bad one, and is for clinical roles only", async () => {
    const res = await pharmacist.get("/api/follow-ups");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ from: day(-90), to: day(28) });
    const bad = await nurse.get(`/api/follow-ups?from=${day(10)}&to=${day(0)}`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toHaveProperty("to");
    expect((await nurse.get("/api/follow-ups?from=2026-02-30")).status).toBe(400);
    expect((await admin.get("/api/follow-ups")).status).toBe(403);
    expect((await new ApiClient().get("/api/follow-ups")).status).toBe(401);
  });

  it("matches what the follow-up read model gives for one day (the worklist's section)", async () => {
    const oneMonth = monthsAfter(coasting.lastDoseOn, 3);
    const onDay = await followUpsDue(oneMonth, oneMonth);
    expect(onDay.filter((f) => f.patientId === coasting.patientId).map((f) => f.dueOn)).toEqual([oneMonth]);
  });
});

describe("supportive care: /api/patients/{id}/interventions and /api/interventions/{id}", () => {
  let oxaliplatinPatient: string;
  let taxanePatient: string;

  beforeAll(async () => {
    oxaliplatinPatient = (await finishedCourse("oxaliplatin", 30, [1, 2])).patientId;
    taxanePatient = (await finishedCourse("paclitaxel", 30, [0, 1])).patientId;
  });

  it("records duloxetine with its dose, lists it, and audits the write", async () => {
    const res = await oncologist.post(`/api/patients/${oxaliplatinPatient}/interventions`, {
      kind: "duloxetine",
      startedOn: day(-7),
      dose: 30,
      notes: "Burning feet at night; 30 mg for a week, then 60 mg.",
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toEqual({
      intervention: expect.objectContaining({
        kind: "duloxetine",
        startedOn: day(-7),
        endedOn: null,
        dose: 30,
        response: null,
        version: 1,
      }),
      warnings: [],
    });
    const list = await nurse.get(`/api/patients/${oxaliplatinPatient}/interventions`);
    expect(list.status).toBe(200);
    expect(list.body.interventions.map((i: any) => i.id)).toContain(res.body.intervention.id);
    const auditRow = await testSql(
      "SELECT action FROM audit_log WHERE entity = 'intervention' AND entity_id = ?",
    ).value(res.body.intervention.id);
    expect(auditRow).toBe("intervention.create");
  });

  it("records cryotherapy for a patient with oxaliplatin, with a warning; without one for a taxane", async () => {
    const withOxaliplatin = await nurse.post(`/api/patients/${oxaliplatinPatient}/interventions`, {
      kind: "cryotherapy",
      startedOn: day(-1),
    });
    expect(withOxaliplatin.status).toBe(201);
    expect(withOxaliplatin.body.warnings).toEqual([CRYOTHERAPY_WITH_OXALIPLATIN]);
    const withTaxane = await nurse.post(`/api/patients/${taxanePatient}/interventions`, {
      kind: "cryotherapy",
      startedOn: day(-1),
    });
    expect(withTaxane.status).toBe(201);
    expect(withTaxane.body.warnings).toEqual([]);
  });

  it("refuses what does not fit, naming the field, and changes nothing", async () => {
    const before = (await nurse.get(`/api/patients/${taxanePatient}/interventions`)).body.interventions.length;
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: "duloxetine", startedOn: day(-1) }, "dose"],
      [{ kind: "exercise", startedOn: day(-1), dose: 30 }, "dose"],
      [{ kind: "acupuncture", startedOn: day(-1) }, "kind"],
      [{ kind: "exercise", startedOn: day(-1), endedOn: day(-2) }, "endedOn"],
      [{ kind: "exercise", startedOn: "2026-13-01" }, "startedOn"],
      [{ kind: "exercise", startedOn: day(-1), notes: "x".repeat(10_001) }, "notes"],
    ];
    for (const [body, field] of cases) {
      const res = await nurse.post(`/api/patients/${taxanePatient}/interventions`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(res.body.error.fields)).toContain(field);
    }
    expect((await nurse.get(`/api/patients/${taxanePatient}/interventions`)).body.interventions).toHaveLength(before);
  });

  it("updates the end and the response with the version read; a stale version gets 409 with the record", async () => {
    const created = await nurse.post(`/api/patients/${taxanePatient}/interventions`, {
      kind: "physical-therapy",
      startedOn: day(-20),
    });
    const id = created.body.intervention.id;
    const ended = await nurse.patch(`/api/interventions/${id}`, { version: 1, endedOn: day(-2), response: "better" });
    expect(ended.status, JSON.stringify(ended.body)).toBe(200);
    expect(ended.body.intervention).toMatchObject({
      endedOn: day(-2),
      response: "better",
      version: 2,
      kind: "physical-therapy",
    });
    const stale = await oncologist.patch(`/api/interventions/${id}`, { version: 1, response: "worse" });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toMatchObject({ version: 2, response: "better" });
    const early = await nurse.patch(`/api/interventions/${id}`, { version: 2, endedOn: day(-30) });
    expect(early.status).toBe(400);
    expect(early.body.error.fields).toHaveProperty("endedOn");
    const fixed = await nurse.patch(`/api/interventions/${id}`, { version: 2, kind: "exercise" });
    expect(fixed.status).toBe(400);
    expect((await nurse.patch(`/api/interventions/${id}`, { version: 2, response: "excellent" })).status).toBe(400);
    expect((await nurse.patch("/api/interventions/not-an-id", { version: 1, response: "same" })).status).toBe(404);
  });

  it("404s for an unknown patient, and is for clinical roles only", async () => {
    expect((await nurse.get("/api/patients/nobody/interventions")).status).toBe(404);
    expect(
      (await nurse.post("/api/patients/nobody/interventions", { kind: "exercise", startedOn: day(0) })).status,
    ).toBe(404);
    expect((await admin.get(`/api/patients/${taxanePatient}/interventions`)).status).toBe(403);
    expect((await new ApiClient().get(`/api/patients/${taxanePatient}/interventions`)).status).toBe(401);
  });

  it("is never deleted, and changes in the database only one version at a time in its changeable fields", async () => {
    const { intervention } = (
      await nurse.post(`/api/patients/${taxanePatient}/interventions`, { kind: "balance-training", startedOn: day(-3) })
    ).body;
    await expect(testSql("DELETE FROM interventions WHERE id = ?").run(intervention.id)).rejects.toThrow(
      /never deleted/,
    );
    await expect(
      testSql("UPDATE interventions SET kind = 'exercise', version = 2 WHERE id = ?").run(intervention.id),
    ).rejects.toThrow(/one version at a time/);
    await expect(
      testSql("UPDATE interventions SET notes = 'quiet edit' WHERE id = ?").run(intervention.id),
    ).rejects.toThrow(/one version at a time/);
    await testSql("UPDATE interventions SET notes = 'as PATCH does', version = 2 WHERE id = ?").run(intervention.id);
  });
});

describe("recovery", () => {
  it("plots a patient's grade over the months since the last dose, per agent", async () => {
    const { patientId, lastDoseOn } = await finishedCourse("oxaliplatin", 120, [1, 2]);
    await followUpExam(patientId, shiftDay(lastDoseOn, 30), 3);
    await followUpExam(patientId, shiftDay(lastDoseOn, 91), 1);
    const [oxaliplatin] = await patientRecovery(patientId);
    expect(oxaliplatin!.agent).toBe("oxaliplatin");
    expect(oxaliplatin!.lastDoseOn).toBe(lastDoseOn);
    expect(oxaliplatin!.points.map((p) => [p.assessedOn, p.grade])).toEqual([
      [lastDoseOn, 2],
      [shiftDay(lastDoseOn, 30), 3],
      [shiftDay(lastDoseOn, 91), 1],
    ]);
  });

  it("estimates the clinic's time to grade <= 1 per agent, with the number at risk", async () => {
    const taxane = await finishedCourse("paclitaxel", 300, [2, 2]);
    await followUpExam(taxane.patientId, shiftDay(taxane.lastDoseOn, 61), 1); // recovered at 2 months
    const stillMarked = await finishedCourse("paclitaxel", 300, [2, 3]);
    await followUpExam(stillMarked.patientId, shiftDay(stillMarked.lastDoseOn, 183), 2); // censored at 6 months
    const paclitaxel = (await clinicRecovery()).find((r) => r.agent === "paclitaxel")!;
    expect(paclitaxel.patients).toBe(2);
    expect(paclitaxel.recovered).toBe(1);
    expect(paclitaxel.steps.map((s) => [s.atRisk, s.events, s.survival])).toEqual([
      [2, 1, 0.5],
      [1, 0, 0.5],
    ]);
    expect(paclitaxel.medianMonths).toBeCloseTo(61 / (365.2425 / 12), 9);
    expect(paclitaxel.atRisk.slice(0, 3)).toEqual([
      { months: 0, atRisk: 2 },
      { months: 3, atRisk: 1 },
      { months: 6, atRisk: 1 },
    ]);
  });
});

describe("GET /api/analytics/alerts", () => {
  it("counts per kind and agent, lists rules to revisit, trends by month, and is audited", async () => {
    const res = await oncologist.get(`/api/analytics/alerts?from=${day(-400)}&to=${day(0)}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ from: day(-400), to: day(0), revisit: [] });
    expect(res.body.assessments).toBeGreaterThan(10);
    const noPlan = res.body.rows.find((r: any) => r.kind === "no-plan" && r.agent === "oxaliplatin");
    expect(noPlan).toMatchObject({ acknowledged: 0, proceedShare: null, enteredInErrorShare: 0 });
    expect(noPlan.raised).toBeGreaterThan(0);
    expect(noPlan.per100Assessments).toBeCloseTo((noPlan.raised / res.body.assessments) * 100, 1);
    expect(Object.keys(res.body.rows[0]).sort()).toEqual(
      [
        "kind",
        "agent",
        "raised",
        "per100Assessments",
        "acknowledged",
        "proceedShare",
        "medianHoursToDecision",
        "p90HoursToDecision",
        "enteredInErrorShare",
      ].sort(),
    );
    expect(res.body.months.at(-1).month).toBe(day(0).slice(0, 7));
    const audited = await testSql(
      "SELECT count(*) FROM audit_log WHERE action = 'analytics.alerts.read'",
    ).value<number>();
    expect(audited).toBeGreaterThanOrEqual(1);
  });

  it("counts decisions, their hours, and alerts resolved because their exam was entered in error", async () => {
    const { patientId } = await finishedCourse("oxaliplatin", 20, [0, 0]);
    const exam = await followUpExam(patientId, day(-1), 3);
    const worsening = exam.body.alerts.filter((a: any) => a.kind === "worsening");
    expect(worsening).toHaveLength(1);
    const period = `from=${day(-400)}&to=${day(0)}`;
    const before = (await pharmacist.get(`/api/analytics/alerts?${period}`)).body.rows.find(
      (r: any) => r.kind === "worsening" && r.agent === "oxaliplatin",
    ) ?? { raised: 0 };
    await nurse.post(`/api/assessments/${exam.body.assessment.id}/entered-in-error`, { reason: "Wrong patient." });
    const after = (await pharmacist.get(`/api/analytics/alerts?${period}`)).body.rows.find(
      (r: any) => r.kind === "worsening" && r.agent === "oxaliplatin",
    );
    expect(after.raised).toBe(before.raised);
    expect(after.enteredInErrorShare).toBeGreaterThan(0);

    const second = await followUpExam(patientId, day(0), 3);
    const alert = second.body.alerts.find((a: any) => a.kind === "worsening");
    const decided = await oncologist.post(`/api/alerts/${alert.id}/acknowledge`, {
      decision: "proceed",
      reason: "Known.",
    });
    expect(decided.status).toBe(201);
    const row = (await oncologist.get(`/api/analytics/alerts?${period}`)).body.rows.find(
      (r: any) => r.kind === "worsening" && r.agent === "oxaliplatin",
    );
    expect(row.acknowledged).toBeGreaterThanOrEqual(1);
    expect(row.proceedShare).toBeGreaterThan(0);
    expect(row.medianHoursToDecision).toBeGreaterThanOrEqual(0);
  });

  it("answers CSV with Accept: text/csv", async () => {
    const res = await pharmacist.call("GET", `/api/analytics/alerts?from=${day(-400)}&to=${day(0)}`, undefined, {
      headers: { accept: "text/csv" },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const [header, ...rows] = (res.body as string).trim().split("\r\n");
    expect(header).toBe(
      "kind,agent,raised,per_100_assessments,acknowledged,proceed_share,median_hours_to_decision,p90_hours_to_decision,entered_in_error_share,rule_to_revisit",
    );
    expect(rows.some((r) => r.startsWith("no-plan,oxaliplatin,"))).toBe(true);
  });

  it("is for oncologists and pharmacists, and checks its period", async () => {
    expect((await nurse.get("/api/analytics/alerts")).status).toBe(403);
    expect((await admin.get("/api/analytics/alerts")).status).toBe(403);
    expect((await new ApiClient().get("/api/analytics/alerts")).status).toBe(401);
    const bad = await oncologist.get(`/api/analytics/alerts?from=${day(0)}&to=${day(-1)}`);
    expect(bad.status).toBe(400);
    expect((await oncologist.get("/api/analytics/alerts?format=xml")).status).toBe(400);
    const defaults = await oncologist.get("/api/analytics/alerts");
    expect(defaults.body).toMatchObject({ from: day(-364), to: day(0) });
  });
});
