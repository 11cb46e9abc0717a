// Every demo patient's record leaves the app in the standard shapes: a FHIR Bundle with no
// validator error, and a flowsheet that an RFC 4180 parser reads whole.
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listPatients } from "@/db/reads/patients";
import { seedDemoWard } from "@/lib/demo/seed";
import { type ApiClient, signedIn, useTempDatabase } from "@/lib/testing/api";
import { bundleIssues, fhirValidator } from "./fhir-validator";

let cleanup: () => void;
let pharmacist: ApiClient;
let patients: { id: string; mrn: string }[];
let validate: Awaited<ReturnType<typeof fhirValidator>>;

beforeAll(async () => {
  cleanup = useTempDatabase();
  // The demo seeds only into an empty database, so it goes before the test's own user.
  expect(await seedDemoWard()).toMatchObject({ seeded: true });
  patients = await listPatients({ limit: 1000, offset: 0 });
  pharmacist = await signedIn("pharmacist");
  validate = await fhirValidator();
}, 120_000);
afterAll(() => cleanup());

describe("exports of the demo ward", () => {
  it("has demo patients to export", () => expect(patients.length).toBeGreaterThan(0));

  it("exports every demo patient as a FHIR Bundle with zero validator issues", async () => {
    for (const patient of patients) {
      const res = await pharmacist.get(`/api/patients/${patient.id}/fhir`);
      expect(res.status, patient.mrn).toBe(200);
      expect(bundleIssues(validate, res.body), patient.mrn).toEqual([]);
    }
  }, 120_000);

  it("exports every demo patient's flowsheet as CSV with one record per exam", async () => {
    for (const patient of patients) {
      const csv = await pharmacist.get(`/api/patients/${patient.id}/flowsheet.csv`);
      const exams = await pharmacist.get(`/api/patients/${patient.id}/assessments`);
      const records: string[][] = parse(csv.body, { record_delimiter: "\r\n" });
      expect(records.length - 1, patient.mrn).toBe(exams.body.assessments.length);
    }
  }, 120_000);
});
