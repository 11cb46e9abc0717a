import { describe, expect, it } from "vitest";
import {
  MAX_MOTOR_GRADE,
  MAX_SENSORY_GRADE,
  gradeDeparture,
  hasAbnormalFinding,
  hasSymptom,
  neuropathyGrade,
  suggestGrade,
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
    ["an absent ankle reflex suggests grade 1", { ankleReflex: sides("absent", "normal") }, 1],
    ["oxaliplatin cold dysesthesia alone does not raise the suggestion", { symptoms: { coldDysesthesia: true } }, 0],
    ["a reduced ankle reflex alone is not abnormal", { ankleReflex: sides("reduced") }, 0],
    ["reflex present only with reinforcement alone is not abnormal", { ankleReflex: sides("reinforcement") }, 0],
    ["a shorter but felt vibration alone is not abnormal", { vibration: sides<number | null>(6) }, 0],
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
    expect(suggestGrade(exam(spec))).toBe(grade);
  });
});

describe("hasSymptom and hasAbnormalFinding", () => {
  it("leaves cold dysesthesia out of the symptoms", () => {
    expect(hasSymptom(exam({ symptoms: { coldDysesthesia: true } }))).toBe(false);
    expect(hasSymptom(exam({ symptoms: { tingling: 1 } }))).toBe(true);
  });

  it("counts a foot with every tested site felt as normal", () => {
    expect(hasAbnormalFinding(exam({ monofilament: sides(foot(6, 6)) }))).toBe(false);
    expect(hasAbnormalFinding(exam({ monofilament: sides(null, foot(5, 6)) }))).toBe(true);
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
    expect(gradeDeparture(exam({ adlImpact: "instrumental", sensoryGrade: 2 }))).toBeNull();
  });

  it("shows both grades when the clinician records a lower grade", () => {
    expect(gradeDeparture(exam({ adlImpact: "self-care", sensoryGrade: 2 }))).toEqual({ suggested: 3, recorded: 2 });
  });

  it("compares the suggestion with the higher of sensory and motor", () => {
    expect(gradeDeparture(exam({ adlImpact: "instrumental", sensoryGrade: 1, motorGrade: 2 }))).toBeNull();
    expect(gradeDeparture(exam({ symptoms: { numbness: 1 }, motorGrade: 2 }))).toEqual({ suggested: 1, recorded: 2 });
  });

  it("does not flag grade 0 recorded with cold dysesthesia alone", () => {
    expect(gradeDeparture(exam({ symptoms: { coldDysesthesia: true } }))).toBeNull();
  });
});
