// A patient with every kind of record, seeded through the API as each role would make it, so
// every page has something to show: a course whose cycle 2 is today (the worklist), exams (one
// amended, one entered-in-error), doses (one entered-in-error), a plan in force and a newer draft,
// open and decided alerts; and a user made by the admin. `text` goes into every free-text field
// (names, diagnosis, course name, notes, reasons, display name), for the hostile-text spec.
import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";
import { apiAs, day, uniqueMrn, USERS, type E2eRole } from "./fixtures";

export interface FullRecord {
  patientId: string;
  cycleIds: string[];
  agent: "oxaliplatin";
  userId: string;
}

const EXAM = {
  monofilament: { left: { felt: 5, tested: 5 }, right: { felt: 5, tested: 5 } },
  vibration: { left: 14, right: 13 },
  ankleReflex: { left: "normal", right: "normal" },
  symptoms: { numbness: 0, tingling: 0, pain: 0, coldDysesthesia: true, balance: false, falls: 0, fineMotor: false },
  adlImpact: "none",
  sensoryGrade: 0,
  motorGrade: 0,
};

/** Numb, tingling feet that limit cooking and shopping: CTCAE grade 2, which meets the template's reduce rule. */
const GRADE_2_EXAM = {
  ...EXAM,
  monofilament: { left: { felt: 3, tested: 5 }, right: { felt: 4, tested: 5 } },
  vibration: { left: 8, right: 9 },
  symptoms: { ...EXAM.symptoms, numbness: 2, tingling: 2, pain: 1 },
  adlImpact: "instrumental",
  sensoryGrade: 2,
};

async function ok(res: Promise<APIResponse>, status = 201): Promise<any> {
  const answer = await res;
  expect(answer.status(), `${answer.url()}: ${await answer.text()}`).toBe(status);
  return answer.json();
}

export async function seedFullRecord(text?: string): Promise<FullRecord> {
  const api = {} as Record<E2eRole, APIRequestContext>;
  for (const role of Object.keys(USERS) as E2eRole[]) api[role] = await apiAs(role);
  const { nurse, oncologist, admin } = api;
  try {
    const mrn = uniqueMrn("FULL");
    const { patient } = await ok(
      nurse.post("/api/patients", {
        data: {
          mrn,
          familyName: text ?? `Lindqvist-${mrn.slice(-4)}`,
          givenName: text ?? "Maja",
          birthDate: "1958-11-02",
          sex: "female",
          heightCm: 164,
          weightKg: 61,
          diagnosis: text ?? "Rectal adenocarcinoma, stage III",
          riskFactors: ["diabetes"],
        },
      }),
    );
    const base = `/api/patients/${patient.id}`;
    const { course } = await ok(
      oncologist.post(`${base}/courses`, {
        data: {
          name: text ?? "CAPOX",
          startDate: day(-14),
          cycleLengthDays: 14,
          cycles: 8,
          setting: "adjuvant",
          agents: [{ agent: "oxaliplatin", dose: 130, unit: "mg/m2", route: "IV" }],
        },
      }),
    );
    const [cycle1, cycle2] = course.cycles;
    const notes = text ?? "Cold-triggered tingling in the fingers for two days after the infusion.";

    const { assessment: baseline } = await ok(
      nurse.post(`${base}/assessments`, { data: { ...EXAM, cycleId: cycle1.id, assessedOn: cycle1.date, notes } }),
    );
    await ok(
      nurse.patch(`/api/assessments/${baseline.id}`, {
        data: {
          version: 1,
          reason: text ?? "Right foot re-tested with a new filament.",
          vibration: { left: 14, right: 14 },
        },
      }),
      200,
    );
    await ok(
      nurse.post(`/api/cycles/${cycle1.id}/doses`, { data: { agent: "oxaliplatin", dose: 130, unit: "mg/m2" } }),
    );
    const { dose: wrongDose } = await ok(
      nurse.post(`/api/cycles/${cycle1.id}/doses`, { data: { agent: "oxaliplatin", dose: 13, unit: "mg/m2" } }),
    );
    await ok(
      nurse.post(`/api/doses/${wrongDose.id}/entered-in-error`, { data: { reason: text ?? "Typed 13 for 130." } }),
      200,
    );

    const { assessment: misfiled } = await ok(
      nurse.post(`${base}/assessments`, { data: { ...EXAM, cycleId: cycle2.id, assessedOn: cycle2.date, notes } }),
    );
    await ok(
      nurse.post(`/api/assessments/${misfiled.id}/entered-in-error`, { data: { reason: text ?? "Wrong patient." } }),
      200,
    );

    // A plan in force (oncologist and nurse agree), then today's grade 2 exam under it.
    const { plan } = await ok(
      oncologist.put(`${base}/plans/oxaliplatin`, { data: { notes: text ?? "Tumour board." } }),
    );
    for (const role of ["oncologist", "nurse"] as const) {
      await ok(
        api[role].post(`/api/plans/${plan.id}/sign`, { data: { meaning: "agreed", password: USERS[role].password } }),
      );
    }
    const { alerts } = await ok(
      nurse.post(`${base}/assessments`, {
        data: { ...GRADE_2_EXAM, cycleId: cycle2.id, assessedOn: cycle2.date, notes },
      }),
    );
    // A newer draft awaiting signatures, and one alert decided while the others stay open.
    await ok(
      oncologist.put(`${base}/plans/oxaliplatin`, { data: { cumulativeLimit: 800, notes: text ?? "Lower limit." } }),
    );
    expect(alerts.length, "today's grade 2 exam raises alerts").toBeGreaterThan(0);
    const decided = alerts[0];
    await ok(
      oncologist.post(`/api/alerts/${decided.id}/acknowledge`, {
        data: { decision: "reduce", reason: text ?? "Reduce to 100 mg/m2 from cycle 3." },
      }),
    );
    const { user } = await ok(
      admin.post("/api/users", {
        data: {
          username: `full.${mrn.toLowerCase()}`,
          displayName: text ?? "Full Record Nurse",
          role: "nurse",
          password: "a passphrase of at least fifteen",
        },
      }),
    );
    return {
      patientId: patient.id,
      cycleIds: course.cycles.map((c: { id: string }) => c.id),
      agent: "oxaliplatin",
      userId: user.id,
    };
  } finally {
    for (const context of Object.values(api)) await context.dispose();
  }
}
