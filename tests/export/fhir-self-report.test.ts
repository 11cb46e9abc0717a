// The patient's self-reports in the FHIR export: the Questionnaire once, a QuestionnaireResponse
// per report with the patient as its author, the whole Bundle checked by both validators.
import type { Bundle, Questionnaire, QuestionnaireResponse } from "@medplum/fhirtypes";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { today } from "@/lib/dates";
import { QUESTIONS } from "@/lib/self-report-questions";
import { ApiClient, signedIn, useTempDatabase } from "@/lib/testing/api";
import { calmAnswers } from "@/lib/testing/self-report-body";
import { bundleIssues, fhirValidator } from "./fhir-validator";

let cleanup: () => void;
let bundle: Bundle;
let patientId: string;
let validate: Awaited<ReturnType<typeof fhirValidator>>;

beforeAll(async () => {
  cleanup = useTempDatabase();
  const nurse = await signedIn("nurse");
  const oncologist = await signedIn("oncologist");
  const patient = await nurse.post("/api/patients", {
    mrn: `FHIR-SR-${Date.now().toString(36).toUpperCase()}`,
    familyName: "Okonkwo",
    givenName: "Chidi",
    birthDate: "1970-05-20",
    sex: "male",
    heightCm: 178,
    weightKg: 80,
  });
  patientId = patient.body.patient.id;
  await oncologist.post(`/api/patients/${patientId}/courses`, {
    name: "FOLFOX",
    startDate: today(),
    cycleLengthDays: 14,
    cycles: 6,
    agents: [{ agent: "oxaliplatin", dose: 85, unit: "mg/m2" }],
  });
  const phone = new ApiClient();
  for (const answers of [calmAnswers(), calmAnswers({ pain: 8, falls: 1, comment: "Dropped a cup twice." })]) {
    const { invitation } = (await nurse.post(`/api/patients/${patientId}/self-report-invitations`)).body;
    expect((await phone.post(`/api/self-report/${invitation.code}`, { answers })).status).toBe(201);
  }
  bundle = (await nurse.get(`/api/patients/${patientId}/fhir`)).body;
  validate = await fhirValidator();
}, 60_000);
afterAll(() => cleanup());

const ofType = <T>(type: string) =>
  (bundle.entry ?? []).map((e) => e.resource as any).filter((r) => r?.resourceType === type) as T[];

describe("self-reports in the FHIR export", () => {
  it("the Bundle with its QuestionnaireResponses passes both validators", () => {
    expect(bundleIssues(validate, bundle)).toEqual([]);
  });

  it("holds the Questionnaire once, each question an item, and a response per report", () => {
    const [questionnaire, ...more] = ofType<Questionnaire>("Questionnaire");
    expect(more).toEqual([]);
    expect(questionnaire!.item!.map((i) => i.linkId)).toEqual([...QUESTIONS.map((q) => q.id), "comment"]);
    const responses = ofType<QuestionnaireResponse>("QuestionnaireResponse");
    expect(responses).toHaveLength(2);
    for (const r of responses) {
      expect(r.questionnaire).toBe(`${questionnaire!.url}|${questionnaire!.version}`);
      expect(r.status).toBe("completed");
      expect(r.author).toEqual(r.subject);
    }
  });

  it("answers as the patient gave them, the comment only where there is one", () => {
    const [first, second] = ofType<QuestionnaireResponse>("QuestionnaireResponse");
    const answer = (r: QuestionnaireResponse, id: string) => r.item!.find((i) => i.linkId === id)?.answer?.[0];
    expect(answer(first!, "numbness.feet")).toEqual({ valueInteger: 1 });
    expect(answer(first!, "coldDysesthesia")).toEqual({ valueBoolean: true });
    expect(answer(first!, "adlImpact")?.valueCoding?.code).toBe("none");
    expect(answer(first!, "comment")).toBeUndefined();
    expect(answer(second!, "pain")).toEqual({ valueInteger: 8 });
    expect(answer(second!, "falls")).toEqual({ valueInteger: 1 });
    expect(answer(second!, "comment")).toEqual({ valueString: "Dropped a cup twice." });
  });

  it("a patient without self-reports gets no Questionnaire", async () => {
    const nurse = await signedIn("nurse");
    const other = await nurse.post("/api/patients", {
      mrn: `FHIR-NONE-${Date.now().toString(36).toUpperCase()}`,
      familyName: "Quiet",
      givenName: "Quinn",
      birthDate: "1980-01-01",
      sex: "female",
      heightCm: 165,
      weightKg: 60,
    });
    const res = await nurse.get(`/api/patients/${other.body.patient.id}/fhir`);
    const types = (res.body as Bundle).entry!.map((e) => e.resource!.resourceType);
    expect(types).not.toContain("Questionnaire");
  });
});
