// A realistic record to export, seeded through the API: a myeloma patient on VTd (bortezomib SC
// on days 1, 4, 8, 11 and daily thalidomide) with a dose corrected as entered-in-error, exams
// amended and entered-in-error, a follow-up exam, plan versions in every status, and alerts both
// open and acknowledged.
import { expect } from "vitest";
import { type ApiClient, TEST_PASSWORD } from "@/lib/testing/api";
import { normalExam } from "@/lib/testing/exam-body";

type Json = Record<string, any>;

export const NORMAL_EXAM = normalExam(5, { left: 12, right: 12 });

async function ok(response: Promise<{ status: number; body: any }>): Promise<Json> {
  const res = await response;
  expect([200, 201], JSON.stringify(res.body)).toContain(res.status);
  return res.body;
}

export interface Staff {
  nurse: ApiClient;
  oncologist: ApiClient;
}

async function draftAndSign(staff: Staff, patientId: string, agent: string, plan: Json): Promise<Json> {
  const { plan: draft } = await ok(staff.oncologist.put(`/api/patients/${patientId}/plans/${agent}`, plan));
  for (const signer of [staff.oncologist, staff.nurse]) {
    await ok(signer.post(`/api/plans/${draft.id}/sign`, { meaning: "agreed", password: TEST_PASSWORD }));
  }
  return draft;
}

export async function seedMyelomaPatient(staff: Staff, mrn: string): Promise<{ patientId: string }> {
  const { nurse, oncologist } = staff;
  const { patient } = await ok(
    nurse.post("/api/patients", {
      mrn,
      familyName: "Okafor",
      givenName: "Adaeze",
      birthDate: "1957-09-23",
      sex: "female",
      heightCm: 164,
      weightKg: 68,
      diagnosis: "Multiple myeloma",
      riskFactors: ["diabetes"],
    }),
  );
  const patientId: string = patient.id;

  // Bortezomib: v1 in force, then v2 replaces it; v3 is drafted and replaced by the v4 draft.
  await draftAndSign(staff, patientId, "bortezomib", {});
  await draftAndSign(staff, patientId, "bortezomib", {
    rules: [
      { minGrade: 1, withPain: true, action: "reduce", toDose: 1 },
      { minGrade: 2, action: "hold" },
      { minGrade: 4, action: "stop" },
    ],
    notes: "Agreed at the myeloma MDT: reduce at grade 1 with pain.",
  });
  await ok(oncologist.put(`/api/patients/${patientId}/plans/bortezomib`, { warnFraction: 0.7 }));
  await ok(oncologist.put(`/api/patients/${patientId}/plans/bortezomib`, { warnFraction: 0.75 }));

  // Thalidomide has no plan: the course raises a no-plan alert that stays open.
  const { course } = await ok(
    oncologist.post(`/api/patients/${patientId}/courses`, {
      name: "VTd induction",
      startDate: "2025-01-06",
      cycleLengthDays: 21,
      cycles: 4,
      agents: [
        { agent: "bortezomib", dose: 1.3, unit: "mg/m2", route: "SC", administrationsPerCycle: 4 },
        { agent: "thalidomide", dose: 100, unit: "mg", route: "PO", administrationsPerCycle: 21 },
      ],
    }),
  );
  const [c1, c2, c3] = course.cycles as Json[];

  const dose = (cycle: Json, body: Json) => ok(nurse.post(`/api/cycles/${cycle.id}/doses`, body));
  const exam = (body: Json) => ok(nurse.post(`/api/patients/${patientId}/assessments`, { ...NORMAL_EXAM, ...body }));

  await exam({ cycleId: c1!.id, assessedOn: c1!.date, notes: "Baseline before the first dose." });
  await dose(c1!, { agent: "bortezomib", dose: 1.3, unit: "mg/m2", administrations: 4 });
  await dose(c1!, {
    agent: "thalidomide",
    dose: 100,
    unit: "mg",
    administrations: 21,
    givenAt: "2025-01-06T09:30:00+01:00",
  });

  const graded = await exam({
    cycleId: c2!.id,
    assessedOn: c2!.date,
    symptoms: { ...NORMAL_EXAM.symptoms, numbness: 1, tingling: 1, pain: 2 },
    sensoryGrade: 1,
  });
  await ok(
    nurse.patch(`/api/assessments/${graded.assessment.id}`, {
      version: graded.assessment.version,
      reason: "Vibration re-tested with a new fork",
      vibration: { left: 9, right: 10 },
    }),
  );
  const wrong = await exam({ cycleId: c2!.id, assessedOn: c2!.date, sensoryGrade: 3, adlImpact: "self-care" });
  await ok(
    nurse.post(`/api/assessments/${wrong.assessment.id}/entered-in-error`, {
      reason: "Recorded for the wrong patient",
    }),
  );
  const typo = await dose(c2!, { agent: "bortezomib", dose: 3.1, unit: "mg/m2" });
  await ok(nurse.post(`/api/doses/${typo.dose.id}/entered-in-error`, { reason: "Typed 3.1 for 1.3" }));
  await dose(c2!, { agent: "bortezomib", dose: 1, unit: "mg/m2", administrations: 4 });

  await exam({
    cycleId: c3!.id,
    assessedOn: c3!.date,
    monofilament: { left: { felt: 3, tested: 5 }, right: { felt: 5, tested: 5 } },
    vibration: { left: 4, right: null },
    ankleReflex: { left: "absent", right: "reinforcement" },
    symptoms: { numbness: 2, tingling: 2, pain: 3, coldDysesthesia: null, balance: true, falls: 1, fineMotor: true },
    adlImpact: "instrumental",
    sensoryGrade: 2,
    motorGrade: 1,
    notes: 'Fell at home, "tripped on a rug"; walks with a stick.',
  });
  await exam({
    cycleId: null,
    assessedOn: "2025-05-02",
    symptoms: { ...NORMAL_EXAM.symptoms, numbness: 1 },
    sensoryGrade: 1,
    notes: "Follow-up after the course:\nnumbness easing.",
  });

  const { alerts } = await ok(nurse.get(`/api/patients/${patientId}/alerts?status=open`));
  // Bortezomib's plan names the reduced dose (1 mg/m2); thalidomide's names none, so a reduce
  // there would have to say its dose.
  const decided = (alerts as Json[]).find((a) => a.kind !== "no-plan" && a.agent === "bortezomib");
  await ok(
    oncologist.post(`/api/alerts/${decided!.id}/acknowledge`, {
      decision: "reduce",
      toDose: 1,
      reason: "Reduced as the plan says.",
    }),
  );
  return { patientId };
}
