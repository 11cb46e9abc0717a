// The FHIR export of a realistic record, read through the API and checked by two validators.
import type { Bundle, BundleEntry, Resource } from "@medplum/fhirtypes";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiClient, signedIn, useTempDatabase } from "@/lib/testing/api";
import { bundleIssues, fhirValidator } from "./fhir-validator";
import { seedMyelomaPatient } from "./myeloma-patient";

let cleanup: () => void;
let nurse: ApiClient;
let bundle: Bundle;
let patientId: string;
let validate: Awaited<ReturnType<typeof fhirValidator>>;

const MRN = `FHIR-${Date.now().toString(36).toUpperCase()}`;

beforeAll(async () => {
  cleanup = useTempDatabase();
  nurse = await signedIn("nurse");
  const oncologist = await signedIn("oncologist");
  ({ patientId } = await seedMyelomaPatient({ nurse, oncologist }, MRN));
  const res = await nurse.get(`/api/patients/${patientId}/fhir`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/fhir+json; charset=utf-8");
  bundle = res.body;
  validate = await fhirValidator();
}, 60_000);
afterAll(() => cleanup());

const resources = <T extends Resource>(type: T["resourceType"]) =>
  (bundle.entry ?? []).map((e) => e.resource).filter((r): r is T => r?.resourceType === type);

describe("GET /api/patients/{id}/fhir", () => {
  it("is a valid FHIR R4 collection Bundle: no validator finds an error in it or in any entry", () => {
    expect(bundle.resourceType).toBe("Bundle");
    expect(bundle.type).toBe("collection");
    expect(bundleIssues(validate, bundle)).toEqual([]);
  });

  it("the validators do catch a broken resource (so the check above means something)", () => {
    const broken = { resourceType: "Observation", status: "done", code: { text: "x" }, valueInteger: 1.5 } as any;
    const issues = validate(broken);
    expect(issues.some((i) => i.validator === "medplum" && i.severity === "error")).toBe(true);
    expect(issues.some((i) => i.validator === "json-schema" && i.where === "Observation/status")).toBe(true);
  });

  it("gives every entry a unique urn:uuid fullUrl, and every reference points at an entry", () => {
    const urls = (bundle.entry ?? []).map((e: BundleEntry) => e.fullUrl!);
    expect(
      urls.every((u) => /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u)),
    ).toBe(true);
    expect(new Set(urls).size).toBe(urls.length);
    const references = JSON.stringify(bundle).match(/"reference":"[^"]+"/g) ?? [];
    expect(references.length).toBeGreaterThan(0);
    for (const r of references) expect(urls).toContain(r.slice('"reference":"'.length, -1));
  });

  it("holds the patient with the MRN as a medical-record identifier", () => {
    const [patient, ...others] = resources<any>("Patient");
    expect(others).toEqual([]);
    expect(patient.identifier[0]).toMatchObject({ value: MRN, type: { coding: [{ code: "MR" }] } });
    expect(patient).toMatchObject({ gender: "female", birthDate: "1957-09-23" });
    expect(patient.name).toEqual([{ family: "Okafor", given: ["Adaeze"] }]);
  });

  it("gives each exam a panel and an Observation per finding, with the record's status", () => {
    const panels = resources<any>("Observation").filter((o) => o.code.coding[0].code === "cipn-exam");
    expect(panels.map((p) => p.status)).toEqual(["final", "amended", "entered-in-error", "final", "final"]);
    expect(panels.map((p) => p.effectiveDateTime)).toEqual([
      "2025-01-06",
      "2025-01-27",
      "2025-01-27",
      "2025-02-17",
      "2025-05-02",
    ]);
    const amended = panels[1];
    expect(amended.note).toEqual([{ text: "Amended: Vibration re-tested with a new fork" }]);
    const members = amended.hasMember.map(
      (m: any) => bundle.entry!.find((e) => e.fullUrl === m.reference)!.resource,
    ) as any[];
    expect(members).toHaveLength(16);
    expect(members.every((m) => m.status === "amended")).toBe(true);
    const byCode = (code: string) => members.find((m) => m.code.coding[0].code === code);
    expect(byCode("vibration-left-great-toe").valueQuantity).toEqual({
      value: 9,
      unit: "s",
      system: "http://unitsofmeasure.org",
      code: "s",
    });
    expect(byCode("neuropathic-pain").code.coding[1]).toMatchObject({ system: "http://loinc.org", code: "72514-3" });
    expect(byCode("neuropathic-pain").valueInteger).toBe(2);
    expect(byCode("ctcae-sensory-grade").valueInteger).toBe(1);
    expect(byCode("monofilament-left-foot").component.map((c: any) => c.valueInteger)).toEqual([5, 5]);
    // Cold dysesthesia and right vibration were not done at cycle 3: no Observation for them.
    expect(panels[3].hasMember).toHaveLength(14);
  });

  it("gives each dose a MedicationAdministration in UCUM units, entered-in-error ones marked", () => {
    const given = resources<any>("MedicationAdministration");
    expect(given.map((m) => [m.medicationCodeableConcept.text, m.status, m.dosage.dose.value])).toEqual([
      ["Bortezomib", "completed", 1.3],
      ["Thalidomide", "completed", 100],
      ["Bortezomib", "entered-in-error", 3.1],
      ["Bortezomib", "completed", 1],
    ]);
    expect(given[0].dosage.dose).toEqual({
      value: 1.3,
      unit: "mg/m2",
      system: "http://unitsofmeasure.org",
      code: "mg/m2",
    });
    expect(given[0].medicationCodeableConcept.coding).toContainEqual({
      system: "http://www.nlm.nih.gov/research/umls/rxnorm",
      code: "358258",
      display: "bortezomib",
    });
    expect(given[1]).toMatchObject({
      effectiveDateTime: "2025-01-06T09:30:00+01:00",
      dosage: { text: "21 administrations of 100 mg each", route: { coding: [{ code: "26643006" }] } },
    });
    expect(given[1].dosage.dose).toMatchObject({ unit: "mg", code: "mg" });
    // No RxNorm code we could confirm for thalidomide: the local code and the name only.
    expect(given[1].medicationCodeableConcept.coding).toHaveLength(1);
    expect(given[2].note).toEqual([{ text: "Entered in error: Typed 3.1 for 1.3" }]);
  });

  it("gives each graded neuropathy an AdverseEvent with the CTCAE grade, none for an exam in error", () => {
    const events = resources<any>("AdverseEvent");
    const summary = events.map((e) => [
      e.date,
      e.event.coding[1].code,
      e.severity.coding[0].code,
      e.severity.coding[1].code,
    ]);
    expect(summary).toEqual([
      ["2025-01-27", "10034620", "mild", "1"],
      ["2025-02-17", "10034620", "moderate", "2"],
      ["2025-02-17", "10034580", "mild", "1"],
      ["2025-05-02", "10034620", "mild", "1"],
    ]);
    expect(events.every((e) => e.actuality === "actual")).toBe(true);
    // The suspects are the last counted dose of each agent before the exam: not the one in error.
    const suspects = events[1].suspectEntity.map((s: any) => s.instance.reference);
    const administrations = bundle.entry!.filter((e) => e.resource?.resourceType === "MedicationAdministration");
    expect(suspects.sort()).toEqual([administrations[1]!.fullUrl, administrations[3]!.fullUrl].sort());
  });

  it("gives every plan version a CarePlan with its status, rules and signatures", () => {
    const plans = resources<any>("CarePlan");
    expect(plans.map((p) => [p.title, p.status])).toEqual([
      ["Bortezomib dose-reduction plan, version 1", "revoked"],
      ["Bortezomib dose-reduction plan, version 2", "active"],
      ["Bortezomib dose-reduction plan, version 3", "revoked"],
      ["Bortezomib dose-reduction plan, version 4", "draft"],
    ]);
    expect(plans.every((p) => p.intent === "plan")).toBe(true);
    const inForce = plans[1];
    expect(inForce.activity.map((a: any) => a.detail.description)).toEqual([
      "At grade 1 with pain: reduce bortezomib to 1 mg/m2",
      "At grade 2: hold bortezomib",
      "At grade 4: stop bortezomib",
    ]);
    expect(inForce.note[0].text).toBe("Agreed at the myeloma MDT: reduce at grade 1 with pain.");
    expect(inForce.note.slice(1).map((n: any) => n.text)).toEqual(["Signed: agreed", "Signed: agreed"]);
    expect(inForce.replaces[0].reference).toBe(bundle.entry!.find((e) => e.resource === plans[0])!.fullUrl);
    expect(inForce.description).toMatch(
      /^Limit 40 mg\/m2 cumulative, the agent's default \(literature\); warn at 80% of the limit \(32 mg\/m2\)/,
    );
  });

  it("gives each open alert, and only those, an active Flag", async () => {
    const open = (await nurse.get(`/api/patients/${patientId}/alerts?status=open`)).body.alerts as any[];
    const all = (await nurse.get(`/api/patients/${patientId}/alerts?status=all`)).body.alerts as any[];
    expect(all.length).toBeGreaterThan(open.length);
    const flags = resources<any>("Flag");
    expect(flags.map((f) => f.identifier[0].value).sort()).toEqual(open.map((a) => a.id).sort());
    expect(flags.every((f) => f.status === "active")).toBe(true);
    const noPlan = flags.find((f) => f.code.coding[0].code === "no-plan");
    expect(noPlan.code.text).toBe(open.find((a) => a.kind === "no-plan").message);
    expect(noPlan.extension).toEqual([
      { url: "https://cipn-watch.example/fhir/StructureDefinition/alert-severity", valueCode: "info" },
    ]);
  });

  it("is audited as a read of the patient's data", async () => {
    const admin = await signedIn("admin");
    const { entries } = (await admin.get(`/api/audit?patientId=${patientId}`)).body;
    expect(entries.filter((e: any) => e.action === "patient.export.fhir")).toHaveLength(1);
  });

  it("is for clinical roles only, and 404 for an unknown patient", async () => {
    const admin = await signedIn("admin");
    const pharmacist = await signedIn("pharmacist");
    expect((await admin.get(`/api/patients/${patientId}/fhir`)).status).toBe(403);
    expect((await pharmacist.get(`/api/patients/${patientId}/fhir`)).status).toBe(200);
    expect((await nurse.get(`/api/patients/no-such-patient/fhir`)).status).toBe(404);
  });
});
