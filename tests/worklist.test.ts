// A worklist for a full unit (issue 13, item 9), through the API as the ward's clients use it:
// the chair and appointment time a nurse sets on a cycle (with its version, audited), the order
// (urgency, then time), the views and the search on name or MRN.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shiftDay, today } from "@/lib/dates";
import { ApiClient, signedIn, useTempDatabase } from "@/lib/testing/api";
import { normalExam } from "@/lib/testing/exam-body";
import { testSql } from "@/lib/testing/sql";

const EXAM = normalExam();
/** Numbness that limits shopping and cooking: grade 2, which meets the default reduce rule (a warning). */
const GRADE_2 = {
  ...EXAM,
  symptoms: { ...EXAM.symptoms, numbness: 2, tingling: 2 },
  adlImpact: "instrumental",
  sensoryGrade: 2,
};
/** Numbness that limits self-care: grade 3, which meets the default hold rule (critical). */
const GRADE_3 = { ...GRADE_2, symptoms: { ...GRADE_2.symptoms, numbness: 3 }, adlImpact: "self-care", sensoryGrade: 3 };

let cleanup: () => void;
let nurse: ApiClient;
let oncologist: ApiClient;
let pharmacist: ApiClient;
const day = today();

beforeAll(async () => {
  cleanup = useTempDatabase();
  [nurse, oncologist, pharmacist] = await Promise.all([
    signedIn("nurse"),
    signedIn("oncologist"),
    signedIn("pharmacist"),
  ]);
});
afterAll(() => cleanup());

/** A patient whose FOLFOX cycle 1 is today; returns the patient and that cycle. */
async function dueToday(familyName: string, mrn: string) {
  const patient = await nurse.post("/api/patients", {
    mrn,
    familyName,
    givenName: "Ward",
    birthDate: "1960-05-01",
    sex: "female",
    heightCm: 165,
    weightKg: 62,
  });
  expect(patient.status, JSON.stringify(patient.body)).toBe(201);
  const course = await oncologist.post(`/api/patients/${patient.body.patient.id}/courses`, {
    name: "FOLFOX",
    startDate: day,
    cycleLengthDays: 14,
    cycles: 6,
    agents: [{ agent: "oxaliplatin", dose: 85, unit: "mg/m2" }],
  });
  expect(course.status, JSON.stringify(course.body)).toBe(201);
  return { patientId: patient.body.patient.id as string, cycle: course.body.course.cycles[0] };
}

async function examine(cycle: { id: string }, patientId: string, exam: object) {
  const res = await nurse.post(`/api/patients/${patientId}/assessments`, {
    ...exam,
    cycleId: cycle.id,
    assessedOn: day,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
}

async function schedule(cycle: { id: string; version: number }, set: { chair?: string; appointmentTime?: string }) {
  const res = await nurse.patch(`/api/cycles/${cycle.id}`, { version: cycle.version, ...set });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.cycle;
}

const auditOf = (cycleId: string) =>
  testSql("SELECT action, before, after FROM audit_log WHERE entity_id = ? ORDER BY id").all<{
    action: string;
    before: string;
    after: string;
  }>(cycleId);

describe("a cycle's chair and appointment time", () => {
  it("are set by a nurse or an oncologist with the version they read, and audited", async () => {
    const { cycle } = await dueToday("Chairset", "WL-CHAIR-1");
    expect(cycle).toMatchObject({ chair: null, appointmentTime: null, version: 1 });

    const byNurse = await nurse.patch(`/api/cycles/${cycle.id}`, {
      version: 1,
      chair: " 12 ",
      appointmentTime: "08:30",
    });
    expect(byNurse.status).toBe(200);
    expect(byNurse.body.cycle).toMatchObject({ chair: "12", appointmentTime: "08:30", status: "planned", version: 2 });

    const byOncologist = await oncologist.patch(`/api/cycles/${cycle.id}`, { version: 2, appointmentTime: "09:15" });
    expect(byOncologist.body.cycle).toMatchObject({ chair: "12", appointmentTime: "09:15", version: 3 });

    const cleared = await nurse.patch(`/api/cycles/${cycle.id}`, { version: 3, chair: null });
    expect(cleared.body.cycle).toMatchObject({ chair: null, appointmentTime: "09:15", version: 4 });

    const trail = (await auditOf(cycle.id)).filter((a) => a.action === "cycle.update");
    expect(trail).toHaveLength(3);
    expect(JSON.parse(trail[0]!.before)).toMatchObject({ chair: null, appointmentTime: null });
    expect(JSON.parse(trail[0]!.after)).toMatchObject({ chair: "12", appointmentTime: "08:30" });
  });

  it("answers 409 to a stale version and keeps what the other person set", async () => {
    const { cycle } = await dueToday("Stale", "WL-CHAIR-2");
    await schedule(cycle, { chair: "3" });
    const before = (await auditOf(cycle.id)).length;
    const stale = await oncologist.patch(`/api/cycles/${cycle.id}`, { version: 1, chair: "7" });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("conflict");
    expect(await auditOf(cycle.id)).toHaveLength(before);
    const row = (await nurse.get(`/api/worklist?date=${day}&q=WL-CHAIR-2`)).body.patients[0];
    expect(row.chair).toBe("3");
  });

  it.each([
    { body: { appointmentTime: "24:00" }, field: "appointmentTime", title: "an hour past 23" },
    { body: { appointmentTime: "8:30" }, field: "appointmentTime", title: "a time without its leading zero" },
    { body: { appointmentTime: "08:60" }, field: "appointmentTime", title: "minute 60" },
    { body: { chair: "   " }, field: "chair", title: "a blank chair (clear it with null)" },
    { body: { chair: "x".repeat(13) }, field: "chair", title: "a chair of 13 characters" },
  ])("refuses $title with 400 naming the field", async ({ body, field }) => {
    const { cycle } = await dueToday("Refused", `WL-BAD-${field}-${Math.random().toString(36).slice(2, 7)}`);
    const res = await nurse.patch(`/api/cycles/${cycle.id}`, { version: 1, ...body });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields)).toEqual([field]);
  });

  it("accepts the boundaries 00:00, 23:59 and a chair of 12 characters", async () => {
    const { cycle } = await dueToday("Bounds", "WL-BOUNDS");
    const first = await schedule(cycle, { appointmentTime: "00:00", chair: "x".repeat(12) });
    expect((await schedule(first, { appointmentTime: "23:59" })).appointmentTime).toBe("23:59");
  });

  it("may not be set by a pharmacist", async () => {
    const { cycle } = await dueToday("Pharmacy", "WL-PHARM");
    const res = await pharmacist.patch(`/api/cycles/${cycle.id}`, { version: 1, chair: "4" });
    expect(res.status).toBe(403);
  });
});

describe("the worklist of a full unit", () => {
  // One search prefix for this ward, so the rows of the other tests stay out of its answers.
  const ward: Record<string, { patientId: string; cycle: any }> = {};
  beforeAll(async () => {
    for (const name of ["Critical", "Warning", "Early", "Late", "Untimed", "Examined", "Held"])
      ward[name] = await dueToday(name, `UNIT-${name.toUpperCase()}`);
    await examine(ward.Critical!.cycle, ward.Critical!.patientId, GRADE_3);
    await examine(ward.Warning!.cycle, ward.Warning!.patientId, GRADE_2);
    await examine(ward.Examined!.cycle, ward.Examined!.patientId, EXAM);
    ward.Critical!.cycle = await schedule(ward.Critical!.cycle, { appointmentTime: "15:00", chair: "1" });
    ward.Warning!.cycle = await schedule(ward.Warning!.cycle, { appointmentTime: "07:30", chair: "2" });
    ward.Early!.cycle = await schedule(ward.Early!.cycle, { appointmentTime: "08:00", chair: "3" });
    ward.Late!.cycle = await schedule(ward.Late!.cycle, { appointmentTime: "10:45" });
    ward.Examined!.cycle = await schedule(ward.Examined!.cycle, { appointmentTime: "07:00" });
    const held = await nurse.patch(`/api/cycles/${ward.Held!.cycle.id}`, {
      version: ward.Held!.cycle.version,
      status: "held",
    });
    expect(held.status).toBe(200);
  });

  const names = (res: { body: { patients: { name: string }[] } }) => res.body.patients.map((p) => p.name.split(",")[0]);

  it("lists the most urgent first, then by appointment time, a cycle without a time last", async () => {
    const res = await nurse.get(`/api/worklist?date=${day}&q=UNIT-`);
    expect(res.status).toBe(200);
    // Critical (15:00) before Warning (07:30): urgency first. Then not assessed: the held cycle
    // first, though untimed, then by time, the untimed ones by name; the examined patient at 07:00
    // comes last of all.
    expect(names(res)).toEqual(["Critical", "Warning", "Held", "Early", "Late", "Untimed", "Examined"]);
    expect(res.body.patients[0]).toMatchObject({ chair: "1", appointmentTime: "15:00", urgency: "critical" });
  });

  it("counts each view under the same search", async () => {
    const res = await nurse.get(`/api/worklist?date=${day}&q=UNIT-`);
    expect(res.body.counts).toEqual({ all: 7, "not-assessed": 4, alerts: 2, held: 1 });
  });

  it.each([
    { filter: "not-assessed", expected: ["Held", "Early", "Late", "Untimed"] },
    { filter: "alerts", expected: ["Critical", "Warning"] },
    { filter: "held", expected: ["Held"] },
    { filter: "all", expected: ["Critical", "Warning", "Held", "Early", "Late", "Untimed", "Examined"] },
  ])("shows under $filter only its rows, in the same order", async ({ filter, expected }) => {
    const res = await nurse.get(`/api/worklist?date=${day}&q=UNIT-&filter=${filter}`);
    expect(res.status).toBe(200);
    expect(res.body.filter).toBe(filter);
    expect(names(res)).toEqual(expected);
  });

  it("finds a patient by MRN or by name, whatever the case, and treats % and _ as letters", async () => {
    expect(names(await nurse.get(`/api/worklist?date=${day}&q=unit-late`))).toEqual(["Late"]);
    expect(names(await nurse.get(`/api/worklist?date=${day}&q=untimed`))).toEqual(["Untimed"]);
    expect(names(await nurse.get(`/api/worklist?date=${day}&q=${encodeURIComponent("Early, Ward")}`))).toEqual([
      "Early",
    ]);
    expect((await nurse.get(`/api/worklist?date=${day}&q=${encodeURIComponent("%")}`)).body.patients).toEqual([]);
    expect((await nurse.get(`/api/worklist?date=${day}&q=UNIT_`)).body.patients).toEqual([]);
  });

  it("refuses a view it does not know, and a search over 200 characters", async () => {
    const unknown = await nurse.get(`/api/worklist?date=${day}&filter=urgent`);
    expect(unknown.status).toBe(400);
    expect(Object.keys(unknown.body.error.fields)).toEqual(["filter"]);
    const long = await nurse.get(`/api/worklist?date=${day}&q=${"a".repeat(201)}`);
    expect(long.status).toBe(400);
  });
});

describe("the held view", () => {
  it("shows a cycle whose agent an oncologist held, though the cycle itself is still planned", async () => {
    const { patientId, cycle } = await dueToday("Heldagent", "HOLDAGENT-1");
    const exam = await nurse.post(`/api/patients/${patientId}/assessments`, {
      ...GRADE_2,
      cycleId: cycle.id,
      assessedOn: day,
    });
    expect(exam.status, JSON.stringify(exam.body)).toBe(201);
    const alert = exam.body.alerts.find((a: { kind: string }) => a.kind === "grade-reduce");
    const decided = await oncologist.post(`/api/alerts/${alert.id}/acknowledge`, {
      decision: "hold",
      reason: "Grade 2 with pain at night: hold oxaliplatin this cycle.",
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
    const held = await nurse.get(`/api/worklist?date=${day}&q=HOLDAGENT-&filter=held`);
    expect(held.body.patients.map((p: { mrn: string }) => p.mrn)).toEqual(["HOLDAGENT-1"]);
    expect(held.body.patients[0].cycleStatus).toBe("planned");
  });
});

describe("the grade on a row", () => {
  it("is the latest exam's, beside the latest of an earlier day, an exam entered-in-error left out whatever its day", async () => {
    const { patientId, cycle } = await dueToday("Graded", "WL-GRADE-1");
    const row = async () => (await nurse.get(`/api/worklist?date=${day}&q=WL-GRADE-1`)).body.patients[0];
    expect(await row()).toMatchObject({ latestGrade: null, previousGrade: null, assessed: false });

    // A follow-up exam days before, then two on the day: the later recorded is the latest.
    const earlier = await nurse.post(`/api/patients/${patientId}/assessments`, {
      ...GRADE_3,
      cycleId: null,
      assessedOn: shiftDay(day, -3),
    });
    expect(earlier.status, JSON.stringify(earlier.body)).toBe(201);
    await examine(cycle, patientId, EXAM);
    expect(await row()).toMatchObject({ latestGrade: 0, previousGrade: 3, assessed: true });
    // A second exam of the same day is the latest; the trend is still against the earlier day,
    // not against the first exam of today (two screens' exams of one day read as a change).
    await examine(cycle, patientId, GRADE_2);
    expect(await row()).toMatchObject({ latestGrade: 2, previousGrade: 3, assessed: true });

    const latest = (await nurse.get(`/api/patients/${patientId}/assessments`)).body.assessments.at(-1);
    const marked = await nurse.post(`/api/assessments/${latest.id}/entered-in-error`, { reason: "Wrong patient." });
    expect(marked.status, JSON.stringify(marked.body)).toBe(200);
    expect(await row()).toMatchObject({ latestGrade: 0, previousGrade: 3, assessed: true });
  });

  it("is not assessed when the cycle's only exam was entered in error", async () => {
    const { patientId, cycle } = await dueToday("Unassessed", "WL-GRADE-2");
    const exam = await nurse.post(`/api/patients/${patientId}/assessments`, {
      ...EXAM,
      cycleId: cycle.id,
      assessedOn: day,
    });
    expect(exam.status, JSON.stringify(exam.body)).toBe(201);
    await nurse.post(`/api/assessments/${exam.body.assessment.id}/entered-in-error`, { reason: "Wrong cycle." });
    const row = (await nurse.get(`/api/worklist?date=${day}&q=WL-GRADE-2`)).body.patients[0];
    expect(row).toMatchObject({ latestGrade: null, previousGrade: null, assessed: false });
  });
});
