import { describe, expect, it } from "vitest";
import {
  MAX_MOTOR_GRADE,
  MAX_SENSORY_GRADE,
  abnormalFindings,
  describeSuggestion,
  gradeDeparture,
  neuropathyGrade,
  reportedSymptoms,
  suggestGrade,
  suggestion,
} from "./grading";
import type { ExamSpec } from "./testing-fixtures";
import { exam, foot, sides } from "./testing-fixtures";

describe("suggestGrade (CTCAE v5.0 from what the nurse records)", () => {
  it.each<[string, ExamSpec, number]>([
    ["self-care impact suggests grade 3", { adlImpact: "self-care" }, 3],
    ["self-care impact suggests grade 3 whatever the findings", { adlImpact: "self-care", vibration: sides(0) }, 3],
    ["instrumental impact suggests grade 2", { adlImpact: "instrumental" }, 2],
    ["no impact and nothing at all suggests grade 0", { adlImpact: "none" }, 0],
    ["impact not recorded and nothing at all suggests grade 0", { adlImpact: null }, 0],
    ["no impact but numbness suggests grade 1", { symptoms: { numbness: 1 } }, 1],
    ["no impact but tingling suggests grade 1", { symptoms: { tingling: 2 } }, 1],
    ["no impact but neuropathic pain suggests grade 1", { symptoms: { pain: 1 } }, 1],
    ["no impact but balance problems suggest grade 1", { symptoms: { balance: true } }, 1],
    ["no impact but a fall suggests grade 1", { symptoms: { falls: 1 } }, 1],
    ["no impact but fine-motor trouble suggests grade 1", { symptoms: { fineMotor: true } }, 1],
    ["impact not recorded but a symptom suggests grade 1", { adlImpact: null, symptoms: { numbness: 1 } }, 1],
    ["a monofilament site not felt suggests grade 1", { monofilament: sides(foot(10), foot(9)) }, 1],
    ["vibration not felt suggests grade 1", { vibration: sides<number | null>(0, 12) }, 1],
    [
      "an ankle reflex absent where it was normal at baseline suggests grade 1",
      { ankleReflex: sides("absent", "normal") },
      1,
    ],
    ["a reduced ankle reflex, normal at baseline, suggests grade 1", { ankleReflex: sides("normal", "reduced") }, 1],
    [
      "a reflex present only with reinforcement, normal at baseline, suggests grade 1",
      { ankleReflex: sides("reinforcement", "normal") },
      1,
    ],
    ["vibration 5 s below the baseline's 14 s suggests grade 1", { vibration: sides<number | null>(14, 9) }, 1],
    ["vibration 4 s below the baseline is not abnormal", { vibration: sides<number | null>(10) }, 0],
    ["oxaliplatin cold dysesthesia alone does not raise the suggestion", { symptoms: { coldDysesthesia: true } }, 0],
    [
      "measurements and symptoms not done suggest grade 0",
      {
        monofilament: sides(null),
        vibration: sides(null),
        ankleReflex: sides(null),
        adlImpact: null,
        symptoms: {
          numbness: null,
          tingling: null,
          pain: null,
          coldDysesthesia: null,
          balance: null,
          falls: null,
          fineMotor: null,
        },
      },
      0,
    ],
  ])("%s", (_title, spec, grade) => {
    // The baseline is the normal exam: 10 of 10 sites, 14 s, reflexes normal.
    expect(suggestGrade(exam(spec), exam())).toBe(grade);
  });
});

describe("abnormal findings against the baseline", () => {
  it("does not count a reflex as weak as at the baseline, absent included (common with age)", () => {
    const baseline = exam({ ankleReflex: sides("absent", "reduced") });
    expect(abnormalFindings(exam({ ankleReflex: sides("absent", "reduced") }), baseline)).toEqual([]);
    expect(abnormalFindings(exam({ ankleReflex: sides("absent", "reinforcement") }), baseline)).toEqual([
      "right ankle reflex present only with reinforcement, reduced at baseline",
    ]);
  });

  it("does not count a reflex stronger than at the baseline", () => {
    const baseline = exam({ ankleReflex: sides("reduced") });
    expect(abnormalFindings(exam({ ankleReflex: sides("normal") }), baseline)).toEqual([]);
  });

  it("at the baseline exam itself counts only the absolute findings", () => {
    const first = exam({ ankleReflex: sides("absent"), vibration: sides<number | null>(6, 0) });
    expect(abnormalFindings(first, first)).toEqual(["right great-toe vibration not felt"]);
    expect(abnormalFindings(first, null)).toEqual(["right great-toe vibration not felt"]);
  });

  it("compares a side only where both exams measured it", () => {
    const baseline = exam({ vibration: sides<number | null>(null, 14), ankleReflex: sides(null, "normal") });
    const now = exam({ vibration: sides<number | null>(3, null), ankleReflex: sides("absent", null) });
    expect(abnormalFindings(now, baseline)).toEqual([]);
  });

  it("counts a foot with every tested site felt as normal, and names the foot that is not", () => {
    expect(abnormalFindings(exam({ monofilament: sides(foot(6, 6)) }), null)).toEqual([]);
    expect(abnormalFindings(exam({ monofilament: sides(null, foot(5, 6)) }), null)).toEqual([
      "right foot monofilament 5 of 6 sites felt",
    ]);
  });

  it("names the side and both times for vibration below the baseline", () => {
    expect(abnormalFindings(exam({ vibration: sides<number | null>(9, 14) }), exam())).toEqual([
      "left great-toe vibration 9 s, 14 s at baseline",
    ]);
  });
});

describe("suggestion: the grade with what made it and what was not asked", () => {
  it("names the finding that made grade 1", () => {
    const s = suggestion(exam({ ankleReflex: sides("normal", "reduced") }), exam());
    expect(s).toEqual({
      grade: 1,
      because: ["right ankle reflex reduced, normal at baseline"],
      notAsked: [],
      notDone: [],
    });
  });

  it("names the symptoms, leaving cold dysesthesia out", () => {
    const s = suggestion(exam({ symptoms: { numbness: 2, pain: 3, falls: 2, coldDysesthesia: true } }), null);
    expect(s.because).toEqual(["numbness 2/4", "neuropathic pain 3/10", "2 falls"]);
    expect(reportedSymptoms(exam({ symptoms: { coldDysesthesia: true } }))).toEqual([]);
  });

  it("names the impact at grades 2 and 3", () => {
    expect(suggestion(exam({ adlImpact: "instrumental" }), null).because).toEqual([
      "symptoms limit instrumental activities of daily living",
    ]);
    expect(suggestion(exam({ adlImpact: "self-care" }), null).because).toEqual(["symptoms limit self-care"]);
  });

  it("says which symptoms were not asked and which measurements were not done: a blank is never a 0", () => {
    const s = suggestion(
      exam({ symptoms: { pain: null, balance: null }, adlImpact: null, vibration: sides<number | null>(null, 14) }),
      null,
    );
    expect(s.grade).toBe(0);
    expect(s.notAsked).toEqual(["neuropathic pain", "balance", "functional impact"]);
    expect(s.notDone).toEqual(["left great-toe vibration"]);
    expect(describeSuggestion(s)).toBe(
      "Suggested grade 0: no symptom or abnormal finding. Not asked: neuropathic pain, balance, functional impact. Not done: left great-toe vibration.",
    );
  });

  it("reads as one sentence when everything was recorded", () => {
    expect(describeSuggestion(suggestion(exam({ symptoms: { tingling: 1 } }), null))).toBe(
      "Suggested grade 1: tingling 1/4.",
    );
  });
});

describe("neuropathyGrade: the higher of sensory and motor", () => {
  it.each([
    [0, 0, 0],
    [2, 1, 2],
    [1, 3, 3],
    [4, 4, 4],
  ])("sensory %i and motor %i give grade %i", (sensoryGrade, motorGrade, grade) => {
    expect(neuropathyGrade({ sensoryGrade, motorGrade })).toBe(grade);
  });

  it("records no grade above 4 (no sensory grade 5; motor grade 5 is death)", () => {
    expect(MAX_SENSORY_GRADE).toBe(4);
    expect(MAX_MOTOR_GRADE).toBe(4);
  });
});

describe("gradeDeparture: where the recorded grade departs from the suggestion", () => {
  it("is null when the clinician records the suggested grade", () => {
    expect(gradeDeparture(exam({ adlImpact: "instrumental", sensoryGrade: 2 }), null)).toBeNull();
  });

  it("shows both grades when the clinician records a lower grade", () => {
    expect(gradeDeparture(exam({ adlImpact: "self-care", sensoryGrade: 2 }), null)).toEqual({
      suggested: 3,
      recorded: 2,
    });
  });

  it("compares the suggestion with the higher of sensory and motor", () => {
    expect(gradeDeparture(exam({ adlImpact: "instrumental", sensoryGrade: 1, motorGrade: 2 }), null)).toBeNull();
    expect(gradeDeparture(exam({ symptoms: { numbness: 1 }, motorGrade: 2 }), null)).toEqual({
      suggested: 1,
      recorded: 2,
    });
  });

  it("does not flag grade 0 recorded with cold dysesthesia alone", () => {
    expect(gradeDeparture(exam({ symptoms: { coldDysesthesia: true } }), null)).toBeNull();
  });

  it("flags grade 0 recorded where a reflex is weaker than at the baseline", () => {
    const baseline = exam();
    expect(gradeDeparture(exam({ ankleReflex: sides("reduced") }), baseline)).toEqual({ suggested: 1, recorded: 0 });
  });
});
