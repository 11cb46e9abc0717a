// Supportive care in the FHIR export: duloxetine as MedicationStatement, referrals as
// ServiceRequest, what is done to the patient as Procedure, each valid to both validators.
import type { Bundle, MedicationStatement, Procedure, Resource, ServiceRequest } from "@medplum/fhirtypes";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shiftDay, today } from "@/lib/dates";
import { type ApiClient, signedIn, useTempDatabase } from "@/lib/testing/api";
import { bundleIssues, fhirValidator } from "./fhir-validator";

let cleanup: () => void;
let bundle: Bundle;
let validate: Awaited<ReturnType<typeof fhirValidator>>;
const day = (offset: number) => shiftDay(today(), offset);

beforeAll(async () => {
  cleanup = useTempDatabase();
  const nurse: ApiClient = await signedIn("nurse");
  const patient = await nurse.post("/api/patients", {
    mrn: `FHIR-CARE-${Date.now().toString(36).toUpperCase()}`,
    familyName: "Care",
    givenName: "Supportive",
    birthDate: "1955-09-09",
    sex: "male",
    heightCm: 178,
    weightKg: 82,
  });
  const id = patient.body.patient.id;
  const duloxetine = await nurse.post(`/api/patients/${id}/interventions`, {
    kind: "duloxetine",
    startedOn: day(-60),
    dose: 60,
    notes: "Burning pain in both feet at night.",
  });
  await nurse.patch(`/api/interventions/${duloxetine.body.intervention.id}`, {
    version: 1,
    endedOn: day(-5),
    response: "better",
  });
  await nurse.post(`/api/patients/${id}/interventions`, { kind: "balance-training", startedOn: day(-30) });
  await nurse.post(`/api/patients/${id}/interventions`, { kind: "compression", startedOn: day(-90) });
  const res = await nurse.get(`/api/patients/${id}/fhir`);
  expect(res.status).toBe(200);
  bundle = res.body;
  validate = await fhirValidator();
}, 60_000);
afterAll(() => cleanup());

const resources = <T extends Resource>(type: T["resourceType"]) =>
  (bundle.entry ?? []).map((e) => e.resource).filter((r): r is T => r?.resourceType === type);

describe("supportive care in the FHIR Bundle", () => {
  it("is valid to both validators", () => {
    expect(bundleIssues(validate, bundle)).toEqual([]);
  });

  it("gives duloxetine as a completed MedicationStatement with its daily dose, period and response", () => {
    const [statement, ...others] = resources<MedicationStatement>("MedicationStatement");
    expect(others).toEqual([]);
    expect(statement).toMatchObject({
      status: "completed",
      medicationCodeableConcept: { coding: [{ code: "duloxetine" }, { code: "72625" }], text: "Duloxetine" },
      effectivePeriod: { start: day(-60), end: day(-5) },
      dosage: [{ text: "60 mg a day", doseAndRate: [{ doseQuantity: { value: 60, code: "mg" } }] }],
      note: [{ text: "Burning pain in both feet at night." }, { text: "Response: better" }],
    });
    // The local code and RxNorm's ingredient code, nothing else (docs/fhir.md).
    expect(statement!.medicationCodeableConcept!.coding!.map((c) => [c.system, c.code])).toEqual([
      ["https://cipn-watch.example/fhir/CodeSystem/supportive-care", "duloxetine"],
      ["http://www.nlm.nih.gov/research/umls/rxnorm", "72625"],
    ]);
  });

  it("gives a referral as an active ServiceRequest and compression as an in-progress Procedure", () => {
    expect(resources<ServiceRequest>("ServiceRequest")).toEqual([
      expect.objectContaining({
        status: "active",
        intent: "order",
        code: expect.objectContaining({ coding: [expect.objectContaining({ code: "balance-training" })] }),
        occurrencePeriod: { start: day(-30) },
      }),
    ]);
    expect(resources<Procedure>("Procedure")).toEqual([
      expect.objectContaining({ status: "in-progress", performedPeriod: { start: day(-90) } }),
    ]);
  });
});
