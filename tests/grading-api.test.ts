// The suggested grade as the API answers it: a blank symptom stays null ("not asked") and the
// suggestion names it; a reflex weaker than at the baseline is an abnormal finding, named
// (docs/clinical-rules.md, "Grading").
import { afterAll, beforeAll, expect, it } from "vitest";
import { signedIn, useTempDatabase, type ApiClient } from "@/lib/testing/api";
import { normalExam } from "@/lib/testing/exam-body";

let cleanup: () => void;
let nurse: ApiClient;
let patientId: string;
beforeAll(async () => {
  cleanup = useTempDatabase();
  nurse = await signedIn("nurse");
  const { body } = await nurse.post("/api/patients", {
    mrn: "GRADE-1",
    familyName: "Okafor",
    givenName: "Ada",
    birthDate: "1958-04-11",
    sex: "female",
    heightCm: 165,
    weightKg: 62,
  });
  patientId = body.patient.id;
});
afterAll(() => cleanup());

it("stores a blank pain as null, never 0, and the suggestion says it was not asked", async () => {
  const exam = normalExam();
  const res = await nurse.post(`/api/patients/${patientId}/assessments`, {
    ...exam,
    assessedOn: "2026-01-05",
    ankleReflex: { left: "reduced", right: "absent" },
    symptoms: { ...exam.symptoms, pain: null, balance: null },
  });
  expect(res.status).toBe(201);
  expect(res.body.assessment.symptoms.pain).toBeNull();
  // The baseline exam: reflexes already weak before treatment are not findings.
  expect(res.body.assessment.suggestion).toEqual({
    grade: 0,
    because: [],
    notAsked: ["neuropathic pain", "balance"],
    notDone: [],
  });
  const listed = await nurse.get(`/api/patients/${patientId}/assessments`);
  expect(listed.body.assessments[0].symptoms.pain).toBeNull();
});

it("suggests grade 1 for a reflex weaker than at the baseline, and flags grade 0 recorded", async () => {
  const res = await nurse.post(`/api/patients/${patientId}/assessments`, {
    ...normalExam(),
    assessedOn: "2026-01-19",
    ankleReflex: { left: "reinforcement", right: "absent" },
  });
  expect(res.status).toBe(201);
  expect(res.body.assessment.suggestion.because).toEqual([
    "left ankle reflex present only with reinforcement, reduced at baseline",
  ]);
  expect(res.body.assessment.gradeDeparture).toEqual({ suggested: 1, recorded: 0 });
});
