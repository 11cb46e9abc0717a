import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMPARED_FINDINGS, findingDirection } from "./exam-direction";
import { VIBRATION_SECONDS_LOST } from "./grading";
import { arbFindings, exam, foot, sides, type ExamSpec } from "./testing-fixtures";
import { MONOFILAMENT_SITES_LOST } from "./worsening";

const between = (finding: (typeof COMPARED_FINDINGS)[number], earlier: ExamSpec, later: ExamSpec) =>
  findingDirection(finding, exam(earlier), exam(later));

describe("findingDirection: the examined findings, by the progression thresholds both ways", () => {
  it("reads a grade up as worse and a grade down as better", () => {
    expect(between("grade", { sensoryGrade: 1 }, { sensoryGrade: 2 })).toBe("worse");
    expect(between("grade", { sensoryGrade: 2 }, { sensoryGrade: 1 })).toBe("better");
    expect(between("grade", { sensoryGrade: 2 }, { sensoryGrade: 1, motorGrade: 2 })).toBe("none");
  });

  it("needs as many monofilament sites felt again to call a foot better as lost to call it worse", () => {
    const felt = (left: number, right = left): ExamSpec => ({ monofilament: sides(foot(left), foot(right)) });
    expect(between("monofilament", felt(6), felt(6 + MONOFILAMENT_SITES_LOST))).toBe("better");
    expect(between("monofilament", felt(8), felt(8 - MONOFILAMENT_SITES_LOST))).toBe("worse");
    expect(between("monofilament", felt(8), felt(9))).toBe("none");
    expect(between("monofilament", felt(8, 8), felt(6, 10))).toBe("mixed");
  });

  it("calls vibration better once it is felt again or felt as much longer as a loss counts", () => {
    const vib = (left: number | null, right = left): ExamSpec => ({ vibration: sides(left, right) });
    expect(between("vibration", vib(0), vib(4))).toBe("better");
    expect(between("vibration", vib(6), vib(6 + VIBRATION_SECONDS_LOST))).toBe("better");
    expect(between("vibration", vib(10), vib(12))).toBe("none");
    expect(between("vibration", vib(10), vib(null))).toBe("none");
  });

  it("calls an absent reflex come back better, and one newly absent worse", () => {
    const reflex = (left: "normal" | "reduced" | "absent", right = left): ExamSpec => ({
      ankleReflex: sides(left, right),
    });
    expect(between("reflex", reflex("absent"), reflex("reduced"))).toBe("better");
    expect(between("reflex", reflex("normal"), reflex("absent", "normal"))).toBe("worse");
    expect(between("reflex", reflex("normal"), reflex("reduced"))).toBe("none");
  });
});

describe("findingDirection: what the patient reports, step by step", () => {
  it("reads any rise in numbness, tingling or pain as worse, a fall as better, both as mixed", () => {
    expect(between("symptoms", { symptoms: { numbness: 1 } }, { symptoms: { numbness: 2 } })).toBe("worse");
    expect(between("symptoms", { symptoms: { pain: 3 } }, { symptoms: { pain: 1 } })).toBe("better");
    expect(
      between("symptoms", { symptoms: { numbness: 1, tingling: 2 } }, { symptoms: { numbness: 2, tingling: 1 } }),
    ).toBe("mixed");
  });

  it("skips a scale that one of the exams did not ask", () => {
    expect(between("symptoms", { symptoms: { pain: null } }, { symptoms: { pain: 4 } })).toBe("none");
    expect(between("adl", { adlImpact: null }, { adlImpact: "self-care" })).toBe("none");
  });

  it("orders the impact on daily life: none, then instrumental, then self-care", () => {
    expect(between("adl", { adlImpact: "none" }, { adlImpact: "instrumental" })).toBe("worse");
    expect(between("adl", { adlImpact: "self-care" }, { adlImpact: "instrumental" })).toBe("better");
  });
});

describe("findingDirection: invariants", () => {
  const arbExam = fc
    .tuple(arbFindings("e", null, "2025-01-06"), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 }))
    .map(([e, numbness, tingling]) => ({ ...e, symptoms: { ...e.symptoms, numbness, tingling } }));
  const opposite = { worse: "better", better: "worse", mixed: "mixed", none: "none" } as const;

  it("reads a step backwards as the opposite of the step forwards", () => {
    fc.assert(
      fc.property(arbExam, arbExam, fc.constantFrom(...COMPARED_FINDINGS), (a, b, finding) => {
        expect(findingDirection(finding, b, a)).toBe(opposite[findingDirection(finding, a, b)]);
      }),
    );
  });

  it("sees no movement between an exam and itself", () => {
    fc.assert(
      fc.property(arbExam, fc.constantFrom(...COMPARED_FINDINGS), (a, finding) => {
        expect(findingDirection(finding, a, a)).toBe("none");
      }),
    );
  });
});
