// Plays every clinical scenario in ../shared/scenarios through the JSON API, as its README
// says. A file dropped there is picked up with no change here.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, signedIn, TEST_PASSWORD, useTempDatabase } from "@/lib/testing/api";
import { normalExam } from "@/lib/testing/exam-body";

const SCENARIO_DIR = path.resolve(process.cwd(), process.env.SCENARIO_DIR ?? "../shared/scenarios");
const files = fs
  .readdirSync(SCENARIO_DIR)
  .filter((f) => f.endsWith(".json"))
  .sort();

type Json = Record<string, any>;

const NORMAL_EXAM = normalExam();

/** Lays the step's body over the normal exam, object by object. */
function overlay(base: Json, over: Json): Json {
  const out: Json = { ...base };
  for (const [k, v] of Object.entries(over)) {
    out[k] =
      v && typeof v === "object" && !Array.isArray(v) && base[k] && typeof base[k] === "object"
        ? overlay(base[k], v)
        : v;
  }
  return out;
}

const kinds = (alerts: { kind: string; agent: string }[]) =>
  [...new Set(alerts.map((a) => `${a.kind}:${a.agent}`))].sort();

let cleanup: () => void;
let nurse: ApiClient;
let oncologist: ApiClient;

beforeAll(async () => {
  cleanup = useTempDatabase();
  nurse = await signedIn("nurse");
  oncologist = await signedIn("oncologist");
});
afterAll(() => cleanup());

describe("clinical scenarios", () => {
  it("finds scenario files", () => expect(files.length).toBeGreaterThan(0));

  it.each(files)("%s", async (file) => {
    const scenario = JSON.parse(fs.readFileSync(path.join(SCENARIO_DIR, file), "utf8")) as Json;
    const suffix = Math.random().toString(36).slice(2, 8).toUpperCase();
    const patientRes = await nurse.post("/api/patients", {
      ...scenario.patient,
      mrn: `${scenario.patient.mrn}-${suffix}`,
    });
    expect(patientRes.status, JSON.stringify(patientRes.body)).toBe(201);
    const patientId: string = patientRes.body.patient.id;

    for (const { agent, ...plan } of scenario.plans ?? []) {
      const drafted = await oncologist.put(`/api/patients/${patientId}/plans/${agent}`, plan);
      expect(drafted.status, JSON.stringify(drafted.body)).toBe(201);
      for (const signer of [oncologist, nurse]) {
        const signed = await signer.post(`/api/plans/${drafted.body.plan.id}/sign`, {
          meaning: "agreed",
          password: TEST_PASSWORD,
        });
        expect(signed.status, JSON.stringify(signed.body)).toBe(201);
      }
      const plans = await nurse.get(`/api/patients/${patientId}/plans`);
      expect(plans.body.plans.find((p: Json) => p.agent === agent).inForce.id).toBe(drafted.body.plan.id);
    }

    const courses: Record<string, Json> = {};
    for (const { key, ...course } of scenario.courses) {
      const created = await oncologist.post(`/api/patients/${patientId}/courses`, course);
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      courses[key] = created.body.course;
    }
    if (scenario.afterCourses) {
      const open = await nurse.get(`/api/patients/${patientId}/alerts?status=open`);
      expect(kinds(open.body.alerts), "open after courses").toEqual(
        [...new Set(scenario.afterCourses as string[])].sort(),
      );
    }

    const assessmentIds: Record<number, string> = {};
    for (const [index, step] of (scenario.steps as Json[]).entries()) {
      const cycle = courses[step.course]!.cycles.find((c: Json) => c.number === step.cycle);
      let res;
      if (step.dose) {
        res = await nurse.post(`/api/cycles/${cycle.id}/doses`, step.dose);
      } else if (step.assessment) {
        const body = overlay({ ...NORMAL_EXAM, cycleId: cycle.id, assessedOn: cycle.date }, step.assessment);
        res = await nurse.post(`/api/patients/${patientId}/assessments`, body);
        if (res.status === 201) assessmentIds[index] = res.body.assessment.id;
      } else if (step.errorAssessment !== undefined) {
        res = await nurse.post(`/api/assessments/${assessmentIds[step.errorAssessment]}/entered-in-error`, {
          reason: "Recorded for the wrong patient",
        });
      } else {
        throw new Error(`Step ${index} of ${file} has no action`);
      }
      expect([200, 201], `step ${index}: ${JSON.stringify(res.body)}`).toContain(res.status);
      if (step.raises)
        expect(kinds(res.body.alerts), `step ${index} raises`).toEqual([...new Set(step.raises as string[])].sort());
    }

    const open = await nurse.get(`/api/patients/${patientId}/alerts?status=open`);
    expect(kinds(open.body.alerts), "open at the end").toEqual([...new Set(scenario.finally.open as string[])].sort());
  });
});
