// The CSV flowsheet read back with an independent RFC 4180 parser (csv-parse): every value comes
// back as it was stored, text that a spreadsheet would run as a formula defused by a leading quote.
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiClient, signedIn, useTempDatabase } from "@/lib/testing/api";
import { NORMAL_EXAM } from "./myeloma-patient";

let cleanup: () => void;
let nurse: ApiClient;
let patientId: string;
const MRN = `CSV-${Date.now().toString(36).toUpperCase()}`;

/** Notes as a nurse might type them, with what the flowsheet must hold for each. */
const NOTES: [note: string, inCsv: string][] = [
  ["Numb toes, worse at night, since cycle 1", "Numb toes, worse at night, since cycle 1"],
  ['Says "pins and needles" in both feet', 'Says "pins and needles" in both feet'],
  ["Line one\nline two\r\nline three", "Line one\nline two\r\nline three"],
  ['=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
  ["+44 20 7946 0000 called about the pain", "'+44 20 7946 0000 called about the pain"],
  ["-2 sites since last time", "'-2 sites since last time"],
  ["@SUM(1+1)", "'@SUM(1+1)"],
  ["\tindented by a tab", "'\tindented by a tab"],
  ["\rstarts with a carriage return", "'\rstarts with a carriage return"],
  ["Mid-text = + - @ are harmless", "Mid-text = + - @ are harmless"],
];

let rows: Record<string, string>[];
let header: string[];
let response: { status: number; body: any; headers: Headers };
const ids: string[] = [];
let amendedId: string;

beforeAll(async () => {
  cleanup = useTempDatabase();
  nurse = await signedIn("nurse");
  const oncologist = await signedIn("oncologist");
  patientId = (
    await nurse.post("/api/patients", {
      mrn: MRN,
      familyName: "Lindqvist",
      givenName: "Maja",
      birthDate: "1961-04-30",
      sex: "female",
      heightCm: 170,
      weightKg: 72,
    })
  ).body.patient.id;
  const { course } = (
    await oncologist.post(`/api/patients/${patientId}/courses`, {
      name: "FOLFOX, adjuvant",
      startDate: "2025-03-03",
      cycleLengthDays: 14,
      cycles: 3,
      setting: "adjuvant",
      agents: [{ agent: "oxaliplatin", dose: 85, unit: "mg/m2", route: "IV" }],
    })
  ).body;
  const [c1, c2] = course.cycles;
  await nurse.post(`/api/cycles/${c1.id}/doses`, { agent: "oxaliplatin", dose: 85, unit: "mg/m2" });
  const typo = await nurse.post(`/api/cycles/${c2.id}/doses`, { agent: "oxaliplatin", dose: 185, unit: "mg/m2" });
  await nurse.post(`/api/doses/${typo.body.dose.id}/entered-in-error`, { reason: "Typed 185 for 85" });
  await nurse.post(`/api/cycles/${c2.id}/doses`, { agent: "oxaliplatin", dose: 85, unit: "mg/m2" });

  for (const [i, [notes]] of NOTES.entries()) {
    const onCycle = i === 0 ? c1 : i === 1 ? c2 : null;
    const res = await nurse.post(`/api/patients/${patientId}/assessments`, {
      ...NORMAL_EXAM,
      cycleId: onCycle?.id ?? null,
      assessedOn: onCycle?.date ?? `2025-05-${String(i + 1).padStart(2, "0")}`,
      notes,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    ids.push(res.body.assessment.id);
  }
  amendedId = ids[1]!;
  await nurse.patch(`/api/assessments/${amendedId}`, {
    version: 1,
    reason: "-1 grade: re-examined, vibration not done",
    vibration: { left: null, right: 11 },
    sensoryGrade: 1,
  });

  response = await nurse.get(`/api/patients/${patientId}/flowsheet.csv`);
  const records: string[][] = parse(response.body, { record_delimiter: "\r\n" });
  header = records[0]!;
  rows = records.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]!])));
}, 60_000);
afterAll(() => cleanup());

const rowOf = (id: string) => rows.find((r) => r.assessment_id === id)!;

describe("GET /api/patients/{id}/flowsheet.csv", () => {
  it("is a CSV download named after the MRN", () => {
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="flowsheet-${MRN}.csv"`);
  });

  it("ends every record with CRLF and gives every record the header's number of fields", () => {
    const text: string = response.body;
    expect(text.endsWith("\r\n")).toBe(true);
    // csv-parse refuses a record whose field count differs from the first one's.
    expect(rows).toHaveLength(NOTES.length);
  });

  it("reads every note back unchanged, a formula-like one behind a single quote", () => {
    for (const [i, [, inCsv]] of NOTES.entries()) expect(rowOf(ids[i]!).notes).toBe(inCsv);
  });

  it("defuses the amendment reason too, and keeps the amended values", () => {
    expect(rowOf(amendedId)).toMatchObject({
      status: "amended",
      status_reason: "'-1 grade: re-examined, vibration not done",
      version: "2",
      vibration_left_s: "",
      vibration_right_s: "11",
      sensory_grade: "1",
    });
  });

  it("holds every finding, the cycle, and the day's and cumulative doses of each agent", () => {
    expect(header.slice(-2)).toEqual(["oxaliplatin_given_that_day_mg/m2", "oxaliplatin_cumulative_before_exam_mg/m2"]);
    expect(rowOf(ids[0]!)).toMatchObject({
      mrn: MRN,
      assessed_on: "2025-03-03",
      status: "final",
      course: "FOLFOX, adjuvant",
      cycle_number: "1",
      cycle_date: "2025-03-03",
      monofilament_left_felt: "5",
      monofilament_left_tested: "5",
      ankle_reflex_right: "normal",
      cold_dysesthesia: "no",
      adl_impact: "none",
      suggested_grade: "0",
      "oxaliplatin_given_that_day_mg/m2": "85",
      // Changed with the settled brief: the cumulative dose beside an exam is what was given
      // before it, and a cycle's exam comes before that day's infusion.
      "oxaliplatin_cumulative_before_exam_mg/m2": "0",
    });
    // The 185 entered-in-error counts for nothing.
    expect(rowOf(ids[1]!)).toMatchObject({
      "oxaliplatin_given_that_day_mg/m2": "85",
      "oxaliplatin_cumulative_before_exam_mg/m2": "85",
    });
    expect(rowOf(ids[2]!)).toMatchObject({
      course: "",
      cycle_number: "",
      "oxaliplatin_given_that_day_mg/m2": "",
      "oxaliplatin_cumulative_before_exam_mg/m2": "170",
    });
  });

  it("is audited as a read of the patient's data", async () => {
    const admin = await signedIn("admin");
    const { entries } = (await admin.get(`/api/audit?patientId=${patientId}`)).body;
    expect(entries.filter((e: any) => e.action === "patient.export.flowsheet")).toHaveLength(1);
  });

  it("is for clinical roles only", async () => {
    const admin = await signedIn("admin");
    expect((await admin.get(`/api/patients/${patientId}/flowsheet.csv`)).status).toBe(403);
    expect((await nurse.get(`/api/patients/nobody/flowsheet.csv`)).status).toBe(404);
  });
});
