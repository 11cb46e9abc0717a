// The infusion-day pieces below the pages: regimen templates, the exam draft and its check by
// the shared schema, the dose prefill and preview, and the cycle page's read.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkDose, confirmTitle, openingChecks, previewDose } from "@/components/dose/dose-check";
import { suggestDose } from "@/components/dose/dose-plan";
import { prefilled } from "@/components/dose/typed-dose";
import {
  blankMessage,
  draftFrom,
  emptyDraft,
  looseFindings,
  MEASUREMENT_PATHS,
  NOT_DONE,
  valueAt,
  withValue,
} from "@/components/exam/exam-draft";
import { checkDraft } from "@/components/exam/exam-check";
import { acceptedGrades } from "@/components/exam/grade-fields";
import { cycleDetail } from "@/db/reads/cycle-detail";
import { getAgent } from "@/lib/domain/agents";
import { suggestGrade, suggestion } from "@/lib/domain/grading";
import { evaluatePatient } from "@/lib/domain/alerts";
import {
  agentInCourse,
  course,
  cycleOf,
  dose,
  dosesFor,
  examAt,
  plan,
  record,
  stored,
} from "@/lib/domain/testing-fixtures";
import { REGIMENS, templateDose } from "@/lib/regimens";
import { CourseInput } from "@/lib/schemas/course";
import { signedIn, useTempDatabase, type ApiClient } from "@/lib/testing/api";
import { normalExam } from "@/lib/testing/exam-body";

describe("regimen templates", () => {
  it.each(REGIMENS.map((r) => [r.name, r] as const))("%s makes a valid course", (_name, regimen) => {
    const input = {
      name: regimen.name,
      startDate: "2025-01-06",
      cycleLengthDays: regimen.cycleLengthDays,
      cycles: regimen.cycles,
      setting: regimen.setting,
      agents: regimen.agents.map((a) => ({
        agent: a.agent,
        dose: templateDose(a, 1.8) ?? 300, // carboplatin: the prescriber's Calvert dose
        unit: getAgent(a.agent).unit,
        route: a.route,
        administrationsPerCycle: a.administrationsPerCycle,
      })),
    };
    expect(CourseInput.safeParse(input).success).toBe(true);
  });

  it("holds vincristine at its 2 mg cap above 1.43 m2, and doses by BSA below it", () => {
    const rChop = REGIMENS.find((r) => r.id === "r-chop")!.agents[0]!;
    expect(templateDose(rChop, 1.9)).toBe(2);
    expect(templateDose(rChop, 1.2)).toBe(1.68);
  });
});

const previous = normalExam(5, { left: 14, right: 13 });
const previousDraft = draftFrom(previous, "2025-01-20");
/** The previous exam's findings, as "same as last cycle" lays them into a new exam. */
const copied = () => {
  let draft = emptyDraft("2025-02-03");
  for (const path of MEASUREMENT_PATHS) draft = withValue(draft, path, valueAt(previousDraft, path));
  return draft;
};

describe("the exam draft", () => {
  it("starts blank, and refuses to save until every measurement is entered or marked not done", () => {
    const check = checkDraft(emptyDraft("2025-02-03"), "c1");
    expect(check.ok).toBe(false);
    if (check.ok) return;
    for (const path of MEASUREMENT_PATHS) expect(check.errors[path]).toBe(blankMessage(path));
    expect(check.errors["ankleReflex.left"]).toBe("Enter the finding, or x for not done.");
    expect(check.errors["symptoms.pain"]).toBe("Record the patient's answer, or x for not asked.");
    // Not "record at least one measurement": the blanks say what to do.
    expect(check.errors.monofilament).toBeUndefined();
  });

  it("never saves a blank as 0, no, normal or not done: one blank field stops the save", () => {
    const complete = withValue(withValue(copied(), "sensoryGrade", "0"), "motorGrade", "0");
    expect(checkDraft(complete, "c1").ok).toBe(true);
    for (const path of ["symptoms.pain", "ankleReflex.left", "symptoms.balance", "adlImpact"] as const) {
      const oneBlank = checkDraft(withValue(complete, path, ""), "c1");
      expect(!oneBlank.ok && Object.keys(oneBlank.errors)).toEqual([path]);
    }
  });

  it("saves a measurement marked not done as null, and a foot not done as null", () => {
    let draft = withValue(withValue(copied(), "sensoryGrade", "0"), "motorGrade", "0");
    draft = withValue(withValue(draft, "vibration.left", NOT_DONE), "symptoms.balance", NOT_DONE);
    draft = withValue(withValue(draft, "monofilament.right.felt", NOT_DONE), "monofilament.right.tested", NOT_DONE);
    const check = checkDraft(draft, "c1");
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.input.vibration).toEqual({ left: null, right: 13 });
    expect(check.input.symptoms.balance).toBeNull();
    expect(check.input.symptoms.pain).toBe(0);
    expect(check.input.monofilament.right).toBeNull();
  });

  it("reads a stored exam's nulls as not done, its answers as yes and no, and keeps its grades", () => {
    const stored = { ...previous, vibration: { left: null, right: 13 }, sensoryGrade: 1 };
    const draft = draftFrom(stored, "2025-01-20");
    expect(draft.vibration.left).toBe(NOT_DONE);
    expect(draft.symptoms.coldDysesthesia).toBe("no");
    expect(draft.ankleReflex.left).toBe("normal");
    expect(draft.sensoryGrade).toBe("1");
  });

  it("accepts the suggested grades and passes the shared schema", () => {
    let draft = withValue(copied(), "symptoms.numbness", "1");
    const suggested = suggestGrade(looseFindings(draft), null);
    expect(suggested).toBe(1);
    const grades = acceptedGrades(suggested, "0");
    draft = withValue(withValue(draft, "sensoryGrade", grades.sensory), "motorGrade", grades.motor);
    const check = checkDraft(draft, "c1");
    expect(check.ok && check.input.sensoryGrade).toBe(1);
  });

  it("sends a symptom marked not asked as null, and the suggestion names it", () => {
    let draft = copied();
    for (const path of ["symptoms.numbness", "symptoms.pain", "symptoms.falls", "adlImpact"]) {
      draft = withValue(draft, path, NOT_DONE);
    }
    const findings = looseFindings(draft);
    expect(findings.symptoms.pain).toBeNull();
    expect(suggestion(findings, null).notAsked).toEqual(["numbness", "neuropathic pain", "falls", "functional impact"]);
    const check = checkDraft(withValue(withValue(draft, "sensoryGrade", "0"), "motorGrade", "0"), "c1");
    expect(check.ok && check.input.symptoms.pain).toBeNull();
  });

  it("copies a pain not asked last cycle as not asked, never as 0", () => {
    const draft = draftFrom({ ...previous, symptoms: { ...previous.symptoms, pain: null } }, "2025-02-03");
    expect(draft.symptoms.pain).toBe(NOT_DONE);
  });

  it("names the field of a bad value in the API's paths, in clinical words", () => {
    const tooMany = checkDraft(withValue(previousDraft, "monofilament.left.felt", "7"), null);
    expect(!tooMany.ok && tooMany.errors["monofilament.left.felt"]).toBe("Sites felt cannot exceed sites tested.");
    const half = checkDraft(withValue(previousDraft, "monofilament.right.tested", ""), null);
    expect(!half.ok && half.errors["monofilament.right.tested"]).toBe(blankMessage("monofilament.right.tested"));
    const letters = checkDraft(withValue(previousDraft, "vibration.right", "ten"), null);
    expect(!letters.ok && letters.errors["vibration.right"]).toBe("Enter a number.");
    const tooLong = checkDraft(withValue(previousDraft, "vibration.left", "61"), null);
    expect(!tooLong.ok && tooLong.errors["vibration.left"]).toBe("Vibration is 0 to 60 seconds.");
  });
});

describe("the dose prefill and preview", () => {
  const folfox = course("k", [agentInCourse("oxaliplatin", 85)], { setting: "adjuvant", given: 1 });
  const [c1, c2] = [cycleOf(folfox, 1), cycleOf(folfox, 2)];
  const item = {
    agent: "oxaliplatin",
    dose: 85,
    unit: "mg/m2",
    route: "IV",
    administrationsPerCycle: 1,
    currentDose: 85,
    status: "active" as const,
  };

  it("while the oncologist has not decided, prefills the reduced dose the plan asks for and asks to confirm naming it", () => {
    const exam = examAt(c2, { sensoryGrade: 2 });
    const r = record({ courses: [folfox], exams: [exam] });
    const open = stored(evaluatePatient(r)).filter((a) => a.kind === "grade-reduce");
    const suggestion = suggestDose(r, item, "adjuvant", { courseId: "k", stored: open });
    expect(suggestion.dose).toBe(75);
    // No plan is agreed here: the rule is the agent's default, and the words say so.
    expect(suggestion.awaiting).toBe(
      "default rule says reduce oxaliplatin to 75 mg/m2 (one dose level down from 85 mg/m2)",
    );
    // The rule names the dose to give: no override is asked for.
    expect(suggestion.against).toBeNull();
    expect(suggestion.why).toBe(
      "Filled with 75 mg/m2: the default rule says reduce oxaliplatin to 75 mg/m2 (one dose level down from 85 mg/m2), awaiting the oncologist.",
    );
    expect(suggestion.next).toBe(
      "next dose 85 mg/m2 IV, 1 per cycle, as the course stands until the oncologist decides",
    );
    expect(previewDose(r, open, c2, suggestion, 75, 1).confirm).toEqual([
      "Awaiting the oncologist: default rule says reduce oxaliplatin to 75 mg/m2 (one dose level down from 85 mg/m2).",
    ]);
  });

  it("while a rule to hold awaits the oncologist, leaves the field empty rather than the full dose, and a dose typed asks first", () => {
    const exam = examAt(c2, { sensoryGrade: 3 });
    const rules = [{ minGrade: 3, action: "hold" as const }];
    const r = record({
      courses: [folfox],
      exams: [exam],
      plansInForce: { oxaliplatin: plan("oxaliplatin", { rules }) },
    });
    const open = stored(evaluatePatient(r)).filter((a) => a.kind.startsWith("grade-"));
    const suggestion = suggestDose(r, item, "adjuvant", { courseId: "k", stored: open });
    expect(suggestion.dose).toBeNull();
    expect(suggestion.why).toBe(
      "Left empty: the plan says hold oxaliplatin, awaiting the oncologist: ask before giving a dose.",
    );
    expect(previewDose(r, open, c2, suggestion, 85, 1).confirm).toContain(
      "Awaiting the oncologist: plan says hold oxaliplatin.",
    );
    // A dose typed anyway needs the override's box and a reason, as a dose against a decision does.
    expect(suggestion.against).toEqual({
      legend: "Give a dose before the oncologist decides",
      words: "awaiting the oncologist: the plan says hold oxaliplatin",
      tells: "shown to the oncologist with the open alert",
    });
    const context = { record: r, stored: open, cycle: c2, today: c2.date };
    const typed = { ...prefilled(suggestion), dose: "85" };
    expect(checkDose(context, suggestion, typed)).toMatchObject({
      against: { legend: "Give a dose before the oncologist decides" },
      overrideErrors: { overriding: "Tick this box to record the dose anyway." },
    });
    const ready = checkDose(context, suggestion, { ...typed, overriding: true, overrideReason: "Seen by Dr Reyes" });
    expect(ready.overrideErrors).toEqual({});
  });

  it("while the label's contraindication for this patient awaits the oncologist, leaves the field empty and asks for a reason", () => {
    const vcr = course("v", [agentInCourse("vincristine", 1.4)], { given: 1 });
    const r = record({ patient: { ...record().patient, riskFactors: ["hereditary-neuropathy"] }, courses: [vcr] });
    const open = stored(evaluatePatient(r)).filter((a) => a.kind === "contraindication");
    expect(open).toHaveLength(1);
    const vincristine = { ...item, agent: "vincristine", dose: 1.4, currentDose: 1.4 };
    const suggestion = suggestDose(r, vincristine, null, { courseId: "v", stored: open });
    expect(suggestion.dose).toBeNull();
    expect(suggestion.why).toBe(
      "Left empty: the label's contraindication (hereditary neuropathy), awaiting the oncologist: ask before giving a dose.",
    );
    expect(suggestion.against?.legend).toBe("Give a dose before the oncologist decides");
    // Once decided (acknowledged), the course's dose is the prefill again.
    expect(suggestDose(r, vincristine, null, { courseId: "v", stored: [] }).dose).toBe(1.4);
  });

  it("while a rule to reduce to a dose it does not name awaits the oncologist, leaves the field empty", () => {
    // 70 mg/m2 is on no step of oxaliplatin's dose-level table: "one dose level" names no dose.
    const at70 = course("k", [agentInCourse("oxaliplatin", 85, 1, { currentDose: 70 })], {
      setting: "adjuvant",
      given: 1,
    });
    const exam = examAt(cycleOf(at70, 2), { sensoryGrade: 2 });
    const r = record({ courses: [at70], exams: [exam] });
    const open = stored(evaluatePatient(r)).filter((a) => a.kind === "grade-reduce");
    expect(open).toHaveLength(1);
    const suggestion = suggestDose(r, { ...item, currentDose: 70 }, "adjuvant", { courseId: "k", stored: open });
    expect(suggestion.awaiting).toBe(
      "default rule says reduce oxaliplatin one dose level: no level is listed down from 70 mg/m2, so the oncologist names the dose",
    );
    expect(suggestion.dose).toBeNull();
    expect(suggestion.why).toContain("Left empty: the default rule says reduce oxaliplatin one dose level");
    expect(suggestion.against?.legend).toBe("Give a dose before the oncologist decides");
  });

  it("asks for confirmation when the dose reaches the limit, and not one unit below it", () => {
    const r = record({ courses: [folfox], doses: [dose(c1, "oxaliplatin", 765)] });
    const suggestion = suggestDose(r, item, "adjuvant");
    const atLimit = previewDose(r, [], c2, suggestion, 85, 1);
    expect(atLimit.cumulative).toBe(850);
    expect(atLimit.raise.map((a) => a.kind)).toContain("dose-limit");
    expect(atLimit.confirm).toHaveLength(1);
    const below = previewDose(r, [], c2, suggestion, 84, 1);
    // 849 mg/m2: the limit is not reached, but the next planned cycle would pass it.
    expect(below.raise.map((a) => a.kind)).toEqual(["dose-projected"]);
    expect(below.confirm).toEqual([]);
  });

  it("asks before a dose above the typical range, and before a dose with no exam that day", () => {
    const r = record({ courses: [folfox], exams: [examAt(c1)] });
    const suggestion = suggestDose(r, item, "adjuvant");
    // 130 mg/m2 is within the typical range, but above the course's 85: asked first all the same.
    expect(previewDose(r, [], c2, suggestion, 85, 1).confirm).toEqual([]);
    expect(previewDose(r, [], c2, suggestion, 130, 1).confirm).toEqual([
      "Above the course's dose: 130 mg/m2 where 85 mg/m2 is planned.",
    ]);
    expect(previewDose(r, [], c2, suggestion, 131, 1).confirm).toContainEqual(
      expect.stringContaining("above the typical oxaliplatin range"),
    );
    expect(previewDose(r, [], c2, suggestion, 85, 1, c2.date).confirm).toEqual([
      "No exam recorded today: record the dose anyway?",
    ]);
    // A tenth of the dose planned: a slipped decimal point, which no limit would ever catch.
    expect(previewDose(r, [], c2, suggestion, 8.5, 1).confirm).toEqual([
      "Far below the course's dose: 8.5 mg/m2 where 85 mg/m2 is planned, 10% of it. Check for a typing slip.",
    ]);
    // One reduction step down is not asked about.
    expect(previewDose(r, [], c2, suggestion, 65, 1).confirm).toEqual([]);
    expect(previewDose(r, [], c1, suggestion, 85, 1, c1.date).confirm).toEqual([]);
  });

  it("while the limit's alert awaits the oncologist, leaves empty a dose that would pass the limit", () => {
    const r = record({ courses: [folfox], exams: [examAt(c2)], doses: [dose(c1, "oxaliplatin", 800)] });
    const open = stored(evaluatePatient(r)).filter((a) => a.kind === "dose-projected");
    expect(open).toHaveLength(1);
    const suggestion = suggestDose(r, item, "adjuvant", { courseId: "k", stored: open });
    expect(suggestion.dose).toBeNull();
    expect(suggestion.why).toBe(
      "Left empty: the plan's cumulative limit of 850 mg/m2 would be passed, awaiting the oncologist: ask before giving a dose.",
    );
    // Once decided (the alert no longer open), the course's dose is the prefill again.
    expect(suggestDose(r, item, "adjuvant", { courseId: "k", stored: [] }).dose).toBe(85);
  });

  it("judges a waiting limit on the rest of the cycle: bortezomib's four administrations, not its first alone", () => {
    const bortezomib = agentInCourse("bortezomib", 1.3, 4);
    const vd = course("b", [bortezomib], { cycles: 8, given: 7 });
    const c8 = cycleOf(vd, 8);
    // 7 cycles of 4 x 1.3 = 36.4 of a 40 mg/m2 limit: one more administration stays within it (37.7), the cycle does not (41.6).
    const r = record({
      courses: [vd],
      doses: dosesFor(vd),
      exams: [examAt(cycleOf(vd, 7))],
      plansInForce: { bortezomib: plan("bortezomib", { cumulativeLimit: 40 }) },
    });
    const open = stored(evaluatePatient(r)).filter((a) => a.kind === "dose-projected");
    expect(open).toHaveLength(1);
    const bortezomibItem = { ...bortezomib, route: "SC" };
    const waiting = suggestDose(r, bortezomibItem, null, { courseId: "b", cycleId: c8.id, stored: open });
    expect(waiting.dose).toBeNull();
    expect(waiting.why).toBe(
      "Left empty: the plan's cumulative limit of 40 mg/m2 would be passed, awaiting the oncologist: ask before giving a dose.",
    );
    // Three of the four given (40.3 by then is past the limit already): the last one is judged alone and still waits.
    const threeGiven = { ...r, doses: [...r.doses, dose(c8, "bortezomib", 1.3, { administrations: 3 })] };
    expect(
      suggestDose(threeGiven, bortezomibItem, null, { courseId: "b", cycleId: c8.id, stored: open }).dose,
    ).toBeNull();
    // Decided: the dose is the prefill again.
    expect(suggestDose(r, bortezomibItem, null, { courseId: "b", cycleId: c8.id, stored: [] }).dose).toBe(1.3);
  });

  it("asks before a second dose of an agent in one cycle, naming the one recorded", () => {
    const r = record({ courses: [folfox], exams: [examAt(c2)], doses: [dose(c2, "oxaliplatin", 85)] });
    const suggestion = suggestDose(r, item, "adjuvant");
    expect(previewDose(r, [], c2, suggestion, 85, 1).confirm).toEqual([
      "Already recorded for this cycle: oxaliplatin 85 mg/m2 x 1. Record another dose?",
    ]);
    // One entered in error does not count.
    const withdrawn = record({ ...r, doses: [dose(c2, "oxaliplatin", 85, { enteredInError: true })] });
    expect(previewDose(withdrawn, [], c2, suggestion, 85, 1).confirm).toEqual([]);
  });

  it("names the dose, its unit, the mg and the body surface area in the confirmation", () => {
    expect(confirmTitle("oxaliplatin", 75, { heightCm: 170, weightKg: 61.2, riskFactors: [] })).toBe(
      "Record oxaliplatin 75 mg/m2 = 127.5 mg at BSA 1.7000 m2?",
    );
    expect(confirmTitle("bortezomib", 1, { heightCm: 170, weightKg: 61.2, riskFactors: [] }, 4)).toBe(
      "Record bortezomib 1 mg/m2 x 4 = 1.7 mg each at BSA 1.7000 m2?",
    );
  });
});

describe("the dose prefill follows the course agent's state", () => {
  const at = "2025-01-15T10:00:00.000Z";
  const change = (decision: "reduce" | "hold", to: { currentDose: number; status: "active" | "held" }) => ({
    courseId: "d",
    agent: "oxaliplatin" as const,
    decision,
    from: { currentDose: 85, status: "active" as const },
    to,
    reason: "grade 2 numbness",
    decidedBy: "Dr Reyes",
    at,
  });
  const item = { agent: "oxaliplatin", dose: 85, unit: "mg/m2", route: "IV", administrationsPerCycle: 1 };

  it("prefills the current dose a reduce set, and says why", () => {
    const folfox = course("d", [agentInCourse("oxaliplatin", 85, 1, { currentDose: 75 })], { given: 1 });
    const r = record({ courses: [folfox], decisions: [change("reduce", { currentDose: 75, status: "active" })] });
    const suggestion = suggestDose(r, { ...item, currentDose: 75, status: "active" }, "adjuvant", { courseId: "d" });
    expect(suggestion.dose).toBe(75);
    expect(suggestion.next).toBe("next dose 75 mg/m2 IV, 1 per cycle");
    expect(suggestion.why).toMatch(
      /^Filled with 75 mg\/m2: reduced from 85 to 75 mg\/m2 on 15 Jan 2025, .*: “grade 2 numbness”\.$/,
    );
  });

  it("leaves the field empty for an agent on hold, and a dose given anyway is to be confirmed as an override", () => {
    const folfox = course("d", [agentInCourse("oxaliplatin", 85, 1, { status: "held" })], { given: 1 });
    const r = record({ courses: [folfox], decisions: [change("hold", { currentDose: 85, status: "held" })] });
    const suggestion = suggestDose(r, { ...item, currentDose: 85, status: "held" }, "adjuvant", { courseId: "d" });
    expect(suggestion.dose).toBeNull();
    expect(suggestion.change?.decision).toBe("hold");
    // Beside the agent's name, no "next dose" while it is held.
    expect(suggestion.next).toBe("on hold: no dose planned (85 mg/m2 IV, 1 per cycle once the hold is lifted)");
    // One colon: "Left empty: held: no dose is planned." read as two labels.
    expect(suggestion.why).toBe("Left empty: held, so no dose is planned.");
    const preview = previewDose(r, [], cycleOf(folfox, 2), suggestion, 85, 1);
    expect(preview.raise.map((a) => a.kind)).toContain("decision-override");
    expect(preview.confirm.some((reason) => reason.includes('Dr Reyes decided "hold"'))).toBe(true);
  });

  it("checks the entry as typed: an empty field, then an override that needs its box and a reason", () => {
    const folfox = course("d", [agentInCourse("oxaliplatin", 85, 1, { status: "held" })], { given: 1 });
    const r = record({ courses: [folfox], decisions: [change("hold", { currentDose: 85, status: "held" })] });
    const held = { ...item, currentDose: 85, status: "held" as const };
    const suggestion = suggestDose(r, held, "adjuvant", { courseId: "d" });
    const context = { record: r, stored: [], cycle: cycleOf(folfox, 2), today: cycleOf(folfox, 2).date };
    const empty = checkDose(context, suggestion, prefilled(suggestion));
    expect(empty.preview).toBeNull();
    // Left empty on purpose, the field is no error until Record is pressed, and then in plain words.
    expect(empty.errors).toEqual({});
    expect(checkDose(context, suggestion, { ...prefilled(suggestion), tried: true }).errors).toEqual({
      dose: "Enter a dose.",
    });
    expect(empty.against?.words).toBe("on HOLD");
    const typed = { ...prefilled(suggestion), dose: "85" };
    expect(checkDose(context, suggestion, typed).overrideErrors).toEqual({
      overriding: "Tick this box to record the dose anyway.",
    });
    expect(Object.keys(checkDose(context, suggestion, { ...typed, overriding: true }).overrideErrors)).toEqual([
      "overrideReason",
    ]);
    const ready = checkDose(context, suggestion, { ...typed, overriding: true, overrideReason: "Patient agreed" });
    expect(ready.overrideErrors).toEqual({});
    expect(ready.preview?.question).toBe(confirmTitle("oxaliplatin", 85, r.patient));
    // The page's check of each entry as it opens is the entry's own.
    const opening = openingChecks(context, { id: "d", agents: [held], setting: "adjuvant" });
    expect(opening).toEqual({ oxaliplatin: empty });
  });
});

describe("the cycle page's read", () => {
  let cleanup: () => void;
  let nurse: ApiClient;
  let oncologist: ApiClient;
  beforeAll(async () => {
    cleanup = useTempDatabase();
    nurse = await signedIn("nurse");
    oncologist = await signedIn("oncologist");
  });
  afterAll(() => cleanup());

  /** A patient on three 14-day cycles of mFOLFOX6 from 6 Jan 2025: oxaliplatin 85 mg/m2. */
  async function onFolfox(mrn: string) {
    const { body: p } = await nurse.post("/api/patients", {
      mrn,
      familyName: "Reed",
      givenName: "Iris",
      birthDate: "1961-05-01",
      sex: "female",
      heightCm: 160,
      weightKg: 60,
    });
    const { body: c } = await oncologist.post(`/api/patients/${p.patient.id}/courses`, {
      name: "mFOLFOX6",
      startDate: "2025-01-06",
      cycleLengthDays: 14,
      cycles: 3,
      agents: [{ agent: "oxaliplatin", dose: 85, unit: "mg/m2" }],
    });
    type Cycle = { id: string; date: string };
    return { patientId: p.patient.id as string, cycles: c.course.cycles as [Cycle, Cycle, Cycle] };
  }

  it("gives the cycle with its course, the record and the previous cycle's exam", async () => {
    const { patientId, cycles } = await onFolfox("CD-1");
    const [c1, c2] = cycles;
    const saved = await nurse.post(`/api/patients/${patientId}/assessments`, {
      ...previous,
      cycleId: c1.id,
      assessedOn: c1.date,
    });
    expect(saved.status).toBe(201);
    const detail = (await cycleDetail(c2.id))!;
    expect(detail.cycle.number).toBe(2);
    expect(detail.course.agents.map((a) => a.agent)).toEqual(["oxaliplatin"]);
    expect(detail.previousExam?.cycleNumber).toBe(1);
    expect(detail.previousExam?.vibration.left).toBe(14);
    expect(detail.exams).toHaveLength(1);
    expect(detail.storedAlerts.map((a) => a.kind)).toContain("no-plan");
    expect(await cycleDetail("no-such-cycle")).toBeNull();
  });

  it("compares another exam of a cycle with the one the cycle already holds, not last cycle's", async () => {
    const { patientId, cycles } = await onFolfox("CD-AGAIN");
    const [c1, c2] = cycles;
    await nurse.post(`/api/patients/${patientId}/assessments`, { ...previous, cycleId: c1.id, assessedOn: c1.date });
    const today = await nurse.post(`/api/patients/${patientId}/assessments`, {
      ...previous,
      vibration: { left: 9, right: 12 },
      cycleId: c2.id,
      assessedOn: c2.date,
    });
    expect(today.status).toBe(201);
    const detail = (await cycleDetail(c2.id))!;
    expect(detail.previousExam?.cycleNumber).toBe(2);
    expect(detail.previousExam?.vibration.left).toBe(9);
  });

  it("refuses a dose from a screen that did not see the one recorded meanwhile, naming it, and counts it once", async () => {
    const { patientId, cycles } = await onFolfox("CD-3");
    const cycleId = cycles[0].id;
    const dose = { agent: "oxaliplatin", dose: 85, unit: "mg/m2", dosesSeen: 0 };
    // Two tabs opened on the cycle before either recorded its dose: the first is recorded.
    expect((await nurse.post(`/api/cycles/${cycleId}/doses`, dose)).status).toBe(201);
    const second = await nurse.post(`/api/cycles/${cycleId}/doses`, dose);
    expect(second.status).toBe(409);
    expect(second.body.error.message).toMatch(
      /^Since this screen was opened, oxaliplatin 85 mg\/m2 was recorded for this cycle by Test nurse at .+\. Nothing was recorded/,
    );
    expect(second.body.error.current.doses).toHaveLength(1);
    const { body: list } = await nurse.get(`/api/patients/${patientId}/doses`);
    expect(list.doses).toHaveLength(1);
    // A screen that saw the first records a second on purpose (a split dose); one that names no count is not checked.
    expect((await nurse.post(`/api/cycles/${cycleId}/doses`, { ...dose, dosesSeen: 1 })).status).toBe(201);
    const { dosesSeen: _, ...unchecked } = dose;
    expect((await nurse.post(`/api/cycles/${cycleId}/doses`, unchecked)).status).toBe(201);
    // What the chair sends: the count the page read for the cycle.
    const detail = (await cycleDetail(cycleId))!;
    const suggestion = suggestDose(detail.record, detail.course.agents[0]!, null, { cycleId });
    expect(suggestion.dosesSeen).toBe(3);
  });

  it("refuses a cycle's new exam from a screen that did not see the one saved meanwhile, naming it", async () => {
    const { patientId, cycles } = await onFolfox("CD-4");
    const cycle = cycles[0];
    const exam = { ...previous, cycleId: cycle.id, assessedOn: cycle.date, examsSeen: 0 };
    expect((await nurse.post(`/api/patients/${patientId}/assessments`, exam)).status).toBe(201);
    const second = await oncologist.post(`/api/patients/${patientId}/assessments`, exam);
    expect(second.status).toBe(409);
    expect(second.body.error.message).toMatch(
      /^Since this screen was opened, an exam of this cycle was saved by Test nurse at .+\. Nothing was saved/,
    );
    expect((await nurse.get(`/api/patients/${patientId}/assessments`)).body.assessments).toHaveLength(1);
    // Seen, a second exam of the cycle is recorded on purpose ("Record another exam").
    expect((await nurse.post(`/api/patients/${patientId}/assessments`, { ...exam, examsSeen: 1 })).status).toBe(201);
  });

  it("refuses an exam of a cycle dated on or before the cycle given before it, as saved or as amended", async () => {
    const { patientId, cycles } = await onFolfox("CD-DATE");
    const [c1, c2] = cycles;
    await nurse.post(`/api/patients/${patientId}/assessments`, { ...previous, cycleId: c1.id, assessedOn: c1.date });
    expect(
      (await nurse.post(`/api/cycles/${c1.id}/doses`, { agent: "oxaliplatin", dose: 85, unit: "mg/m2" })).status,
    ).toBe(201);
    // Cycle 2's exam with the month slipped back by one key: before cycle 1 was given.
    const slipped = await nurse.post(`/api/patients/${patientId}/assessments`, {
      ...previous,
      cycleId: c2.id,
      assessedOn: "2024-01-20",
    });
    expect(slipped.status).toBe(400);
    expect(slipped.body.error.fields).toEqual({
      assessedOn:
        "20 Jan 2024 is not after cycle 1, given on 6 Jan 2025: an exam of cycle 2 is taken after the cycle before it. Check the date.",
    });
    expect((await nurse.get(`/api/patients/${patientId}/assessments`)).body.assessments).toHaveLength(1);
    // Dated right, it is saved; an amendment cannot move it back before cycle 1 either.
    const saved = await nurse.post(`/api/patients/${patientId}/assessments`, {
      ...previous,
      cycleId: c2.id,
      assessedOn: c2.date,
    });
    expect(saved.status).toBe(201);
    const amended = await nurse.patch(`/api/assessments/${saved.body.assessment.id}`, {
      version: 1,
      reason: "Date",
      assessedOn: c1.date,
    });
    expect(amended.status).toBe(400);
    expect(amended.body.error.fields.assessedOn).toMatch(/^6 Jan 2025 is not after cycle 1, given on 6 Jan 2025/);
  });

  it("answers a bad exam with the form's clinical words, field by field, and stores nothing", async () => {
    const { body: p } = await nurse.post("/api/patients", {
      mrn: "CD-2",
      familyName: "Lund",
      givenName: "Eva",
      birthDate: "1960-03-01",
      sex: "female",
      heightCm: 170,
      weightKg: 70,
    });
    const bad = {
      ...previous,
      assessedOn: "2025-02-03",
      vibration: { left: 75, right: 13 },
      symptoms: { ...previous.symptoms, pain: 11, numbness: 1.5 },
      sensoryGrade: 5,
    };
    const res = await nurse.post(`/api/patients/${p.patient.id}/assessments`, bad);
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual({
      "vibration.left": "Vibration is 0 to 60 seconds.",
      "symptoms.pain": "Neuropathic pain is a whole number from 0 to 10.",
      "symptoms.numbness": "Numbness is a whole number from 0 to 4 (0 none, 4 very severe).",
      sensoryGrade: "The grade is a whole number from 0 to 4 (CTCAE v5.0).",
    });
    // The same messages the form shows beside each field.
    const draft = draftFrom(bad, "2025-02-03");
    const check = checkDraft(draft, null);
    expect(!check.ok && check.errors["vibration.left"]).toBe("Vibration is 0 to 60 seconds.");
    const list = await nurse.get(`/api/patients/${p.patient.id}/assessments`);
    expect(list.body.assessments).toEqual([]);
  });
});
