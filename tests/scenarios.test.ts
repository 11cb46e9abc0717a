// Plays every clinical scenario through the JSON API, as tests/scenarios/README.md describes: the
// repository's own folder always, and ../shared/scenarios beside the checkout when it is there.
// A file dropped in either folder is picked up with no change here.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, signedIn, TEST_PASSWORD, useTempDatabase } from "@/lib/testing/api";
import { normalExam } from "@/lib/testing/exam-body";

const OWN_DIR = path.resolve(process.cwd(), "tests/scenarios");
const SHARED_DIR = path.resolve(process.cwd(), "../shared/scenarios");

const jsonIn = (dir: string) =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({ name: path.relative(process.cwd(), path.join(dir, f)), file: path.join(dir, f) }));

const sharedPresent = fs.existsSync(SHARED_DIR);
const files = [...jsonIn(OWN_DIR), ...(sharedPresent ? jsonIn(SHARED_DIR) : [])];

type Json = Record<string, any>;
type Alert = { id: string; kind: string; agent: string; message: string };

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

const label = (a: { kind: string; agent: string }) => `${a.kind}:${a.agent}`;
const kinds = (alerts: { kind: string; agent: string }[]) => [...new Set(alerts.map(label))].sort();
const asSet = (list: string[]) => [...new Set(list)].sort();

let cleanup: () => void;
let nurse: ApiClient;
let oncologist: ApiClient;

beforeAll(async () => {
  cleanup = useTempDatabase();
  nurse = await signedIn("nurse");
  oncologist = await signedIn("oncologist");
});
afterAll(() => cleanup());

/** A plan entry drafted and signed `agreed` by an oncologist and a nurse, so that it is in force. */
async function planInForce(patientId: string, { agent, ...plan }: Json) {
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

async function openAlerts(patientId: string): Promise<Alert[]> {
  return (await nurse.get(`/api/patients/${patientId}/alerts?status=open`)).body.alerts;
}

describe("clinical scenarios", () => {
  it("finds the repository's own scenario files", () => expect(jsonIn(OWN_DIR).length).toBeGreaterThan(0));

  // A fresh clone has no ../shared beside it: then the run says so plainly and plays the
  // repository's own files alone.
  it(
    sharedPresent ? `also plays ${SHARED_DIR}` : `plays the repository's own files alone: ${SHARED_DIR} is absent`,
    () => {
      if (!sharedPresent) console.info(`${SHARED_DIR} is absent: only tests/scenarios is played.`);
      const shared = files.filter(({ file }) => !file.startsWith(OWN_DIR));
      expect(shared.length).toBe(sharedPresent ? jsonIn(SHARED_DIR).length : 0);
    },
  );

  it.each(files)("$name", async ({ file }) => {
    const scenario = JSON.parse(fs.readFileSync(file, "utf8")) as Json;
    const suffix = Math.random().toString(36).slice(2, 8).toUpperCase();
    const patientRes = await nurse.post("/api/patients", {
      ...scenario.patient,
      mrn: `${scenario.patient.mrn}-${suffix}`,
    });
    expect(patientRes.status, JSON.stringify(patientRes.body)).toBe(201);
    const patientId: string = patientRes.body.patient.id;

    for (const plan of scenario.plans ?? []) await planInForce(patientId, plan);

    const courses: Record<string, Json> = {};
    for (const { key, ...course } of scenario.courses) {
      const created = await oncologist.post(`/api/patients/${patientId}/courses`, course);
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      courses[key] = created.body.course;
    }
    if (scenario.afterCourses) {
      expect(kinds(await openAlerts(patientId)), "open after courses").toEqual(asSet(scenario.afterCourses));
    }

    const recordIds: Record<number, string> = {};
    const raisedBy: Record<number, Alert[]> = {};
    for (const [index, step] of (scenario.steps as Json[]).entries()) {
      const at = `step ${index}`;
      const cycle = step.course ? courses[step.course]!.cycles.find((c: Json) => c.number === step.cycle) : null;
      const before = await openAlerts(patientId);
      let res;
      if (step.dose) {
        res = await nurse.post(`/api/cycles/${cycle.id}/doses`, step.dose);
        if (res.status === 201) recordIds[index] = res.body.dose.id;
      } else if (step.assessment) {
        const body = step.followUp
          ? overlay(NORMAL_EXAM, step.assessment)
          : overlay({ ...NORMAL_EXAM, cycleId: cycle.id, assessedOn: cycle.date }, step.assessment);
        res = await nurse.post(`/api/patients/${patientId}/assessments`, body);
        if (res.status === 201) recordIds[index] = res.body.assessment.id;
      } else if (step.errorAssessment !== undefined || step.errorDose !== undefined) {
        const target: number = step.errorAssessment ?? step.errorDose;
        const kind = step.errorAssessment !== undefined ? "assessments" : "doses";
        res = await nurse.post(`/api/${kind}/${recordIds[target]}/entered-in-error`, {
          reason: "Recorded for the wrong patient",
        });
      } else if (step.patchPatient) {
        const current = await nurse.get(`/api/patients/${patientId}`);
        res = await nurse.patch(`/api/patients/${patientId}`, {
          ...step.patchPatient,
          version: current.body.patient.version,
        });
      } else if (step.plan) {
        await planInForce(patientId, step.plan);
        res = { status: 201, body: {} };
      } else if (step.acknowledge) {
        const { alert, ...decision } = step.acknowledge;
        const matching = before.filter((a) => label(a) === alert);
        expect(matching.map(label), `${at}: one open ${alert}`).toEqual([alert]);
        res = await oncologist.post(`/api/alerts/${matching[0]!.id}/acknowledge`, decision);
      } else {
        throw new Error(`${at} of ${file} has no action`);
      }
      expect([200, 201], `${at}: ${JSON.stringify(res.body)}`).toContain(res.status);

      const after = await openAlerts(patientId);
      const opened = after.filter((a) => !before.some((b) => b.id === a.id));
      const left = before.filter((b) => !after.some((a) => a.id === b.id));
      const listed: Alert[] | undefined = Array.isArray(res.body.alerts) ? res.body.alerts : undefined;
      raisedBy[index] = listed ?? opened;
      if (step.raises) expect(kinds(listed ?? []), `${at} raises`).toEqual(asSet(step.raises));
      if (step.opens) expect(kinds(opened), `${at} opens`).toEqual(asSet(step.opens));
      if (step.resolves) expect(kinds(left), `${at} resolves`).toEqual(asSet(step.resolves));
      for (const [which, texts] of Object.entries((step.messages ?? {}) as Record<string, string | string[]>)) {
        const alerts = raisedBy[index].filter((a) => label(a) === which);
        expect(alerts.length, `${at}: ${which} raised or opened`).toBeGreaterThan(0);
        for (const a of alerts) {
          for (const text of [texts].flat())
            expect(a.message.toLowerCase(), `${at}: ${which}`).toContain(text.toLowerCase());
        }
      }
      const withdrawn = step.errorAssessment ?? step.errorDose;
      if (withdrawn !== undefined) {
        // Each alert the record raised that was open is now resolved.
        const wasOpen = (raisedBy[withdrawn] ?? []).filter((a) => before.some((b) => b.id === a.id));
        const all = (await nurse.get(`/api/patients/${patientId}/alerts?status=all`)).body.alerts as Json[];
        for (const a of wasOpen) expect(all.find((x) => x.id === a.id)?.status, `${at}: ${label(a)}`).toBe("resolved");
      }
    }

    expect(kinds(await openAlerts(patientId)), "open at the end").toEqual(asSet(scenario.finally.open));
  });
});
