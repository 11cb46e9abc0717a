// Editing a patient re-evaluates the rules: a risk factor added later still rules an agent out.
import { afterAll, beforeAll, expect, it } from "vitest";
import { signedIn, useTempDatabase, type ApiClient } from "@/lib/testing/api";

let cleanup: () => void;
let oncologist: ApiClient;
beforeAll(async () => {
  cleanup = useTempDatabase();
  oncologist = await signedIn("oncologist");
});
afterAll(() => cleanup());

it("raises a contraindication when hereditary neuropathy is recorded after an R-CHOP course was created", async () => {
  const { body } = await oncologist.post("/api/patients", {
    mrn: "UPD-1",
    familyName: "Berg",
    givenName: "Anna",
    birthDate: "1961-02-03",
    sex: "female",
    heightCm: 168,
    weightKg: 64,
  });
  const id = body.patient.id;
  const course = await oncologist.post(`/api/patients/${id}/courses`, {
    name: "R-CHOP",
    startDate: "2026-03-02",
    cycleLengthDays: 21,
    cycles: 6,
    agents: [{ agent: "vincristine", dose: 2, unit: "mg" }],
  });
  expect(course.body.alerts.map((a: { kind: string }) => a.kind)).toEqual(["no-plan"]);

  const edited = await oncologist.patch(`/api/patients/${id}`, { version: 1, riskFactors: ["hereditary-neuropathy"] });
  expect(edited.status).toBe(200);
  const open = await oncologist.get(`/api/patients/${id}/alerts`);
  expect(open.body.alerts.map((a: { kind: string }) => a.kind).sort()).toEqual(["contraindication", "no-plan"]);
});
