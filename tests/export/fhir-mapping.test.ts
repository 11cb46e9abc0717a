// The FHIR builders on records the API test does not reach: mg and mg/kg doses, the top CTCAE
// grades, a plan with no cumulative limit. Built in memory, validated the same way.
import { beforeAll, describe, expect, it } from "vitest";
import type { Dose, Patient } from "@/db/schema";
import { patientBundle } from "@/lib/fhir/bundle";
import type { ExportExam, ExportPlan, PatientExport } from "@/db/export-data";
import { bundleIssues, fhirValidator } from "./fhir-validator";
import { NORMAL_EXAM } from "./myeloma-patient";

const patient: Patient = {
  id: "8f0c8a5e-2f43-4c1e-9a51-0d6a1f3b2c11",
  mrn: "MAP-1",
  familyName: "Reyes",
  givenName: "Tomas",
  birthDate: "1990-02-11",
  sex: "male",
  heightCm: 180,
  weightKg: 80,
  diagnosis: "Hodgkin lymphoma",
  riskFactors: [],
  version: 1,
  createdAt: "2025-01-01T08:00:00.000Z",
  updatedAt: "2025-01-01T08:00:00.000Z",
};

const dose = (id: string, agent: Dose["agent"], amount: number, unit: Dose["unit"]): Dose => ({
  id,
  patientId: patient.id,
  cycleId: "c1",
  agent,
  dose: amount,
  unit,
  route: "IV",
  administrations: 1,
  givenAt: null,
  givenOn: "2025-01-06",
  status: "final",
  errorReason: null,
  overrideReason: null,
  version: 1,
  recordedBy: "u1",
  recordedAt: "2025-01-06T10:00:00.000Z",
  heightCm: patient.heightCm,
  weightKg: patient.weightKg,
  bsaM2: 2,
  cap: null,
  capSource: "agent-default",
  capPlanVersionId: null,
});

const exam: ExportExam = {
  ...NORMAL_EXAM,
  ankleReflex: { left: "absent", right: "absent" },
  adlImpact: "self-care",
  id: "e1",
  cycleId: null,
  assessedOn: "2025-02-03",
  recordedAt: "2025-02-03T09:00:00.000Z",
  enteredInError: false,
  sensoryGrade: 4,
  motorGrade: 3,
  status: "final",
  statusReason: null,
  notes: null,
  updatedAt: "2025-02-03T09:00:00.000Z",
};

const carboplatinPlan: ExportPlan = {
  id: "p1",
  patientId: patient.id,
  agent: "carboplatin",
  version: 1,
  status: "in-force",
  cumulativeLimit: null,
  warnFraction: 0.8,
  doseCap: 900,
  doseCapSource: "agent-default",
  rules: [{ minGrade: 3, action: "stop" }],
  notes: null,
  createdBy: "u1",
  createdAt: "2025-01-02T08:00:00.000Z",
  inForceAt: "2025-01-02T09:00:00.000Z",
  authorName: null,
  signatures: [],
};

const data: PatientExport = {
  patient,
  exams: [exam],
  doses: [dose("d1", "brentuximab-vedotin", 1.2, "mg/kg"), dose("d2", "vincristine", 2, "mg")],
  plans: [carboplatinPlan],
  openAlerts: [],
  interventions: [],
  selfReports: [],
  exportedAt: "2025-02-04T12:00:00.000Z",
};

let validate: Awaited<ReturnType<typeof fhirValidator>>;
beforeAll(async () => {
  validate = await fhirValidator();
}, 60_000);

const bundle = patientBundle(data);
const ofType = (type: string) => bundle.entry.map((e) => e.resource as any).filter((r) => r.resourceType === type);

describe("FHIR mapping", () => {
  it("validates with no issue", () => {
    expect(bundleIssues(validate, bundle)).toEqual([]);
  });

  it("writes mg/kg and mg doses as UCUM quantities", () => {
    expect(ofType("MedicationAdministration").map((m) => m.dosage.dose)).toEqual([
      { value: 1.2, unit: "mg/kg", system: "http://unitsofmeasure.org", code: "mg/kg" },
      { value: 2, unit: "mg", system: "http://unitsofmeasure.org", code: "mg" },
    ]);
  });

  it("calls grades 3 and 4 severe and keeps the exact CTCAE grade beside it", () => {
    expect(ofType("AdverseEvent").map((e) => e.severity.coding.map((c: any) => c.code))).toEqual([
      ["severe", "4"],
      ["severe", "3"],
    ]);
  });

  it("says so when a plan has no cumulative limit", () => {
    const [plan] = ofType("CarePlan");
    expect(plan.status).toBe("active");
    expect(plan.description).toBe(
      "No cumulative limit; warn at 80% of the limit (no limit set); dose cap: agent default, 900 mg per dose, FDA and NCI guidance.",
    );
  });

  it("gives the same record the same fullUrl in every export", () => {
    const again = patientBundle({ ...data, exportedAt: "2025-03-01T00:00:00.000Z" });
    expect(again.entry.map((e) => e.fullUrl)).toEqual(bundle.entry.map((e) => e.fullUrl));
  });
});
