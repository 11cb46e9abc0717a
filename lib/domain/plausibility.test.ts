import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AGENT_CODES, getAgent } from "./agents";
import {
  courseDoseQuestions,
  farBelowPlannedMessage,
  implausibleDoseMessage,
  plausibility,
  plausibilityBound,
  typicalRangeText,
} from "./plausibility";

describe("plausibility bounds: three times the highest typical dose (docs/clinical-rules.md)", () => {
  it.each([
    ["oxaliplatin", 390],
    ["cisplatin", 300],
    ["paclitaxel", 525],
    ["docetaxel", 300],
    ["nab-paclitaxel", 780],
    ["bortezomib", 3.9],
    ["carboplatin", 2700],
    ["vincristine", 6],
    ["thalidomide", 600],
    ["brentuximab-vedotin", 5.4],
  ] as const)("%s: %s", (code, bound) => {
    expect(plausibilityBound(getAgent(code))).toBe(bound);
  });

  it("accepts exactly the bound, refuses just past it (oxaliplatin 390 and 390.01 mg/m2)", () => {
    const oxaliplatin = getAgent("oxaliplatin");
    expect(plausibility(oxaliplatin, 390)).toBe("above-typical");
    expect(plausibility(oxaliplatin, 390.01)).toBe("implausible");
  });

  it("is typical at the top of the range, above it one step further (oxaliplatin 130 and 130.01)", () => {
    const oxaliplatin = getAgent("oxaliplatin");
    expect(plausibility(oxaliplatin, 130)).toBe("typical");
    expect(plausibility(oxaliplatin, 130.01)).toBe("above-typical");
    expect(plausibility(oxaliplatin, 65)).toBe("typical");
  });

  it("names the figure, the typical range and the bound in the refusal", () => {
    const message = implausibleDoseMessage(getAgent("oxaliplatin"), 100000);
    expect(message).toContain("100000 mg/m2");
    expect(message).toContain("85-130 mg/m2");
    expect(message).toContain("390 mg/m2");
  });

  it("writes a range with no low end as 'up to', and a single dose as itself", () => {
    expect(typicalRangeText(getAgent("carboplatin"))).toBe("up to 900 mg");
    expect(typicalRangeText(getAgent("bortezomib"))).toBe("1.3 mg/m2");
  });

  it("orders the verdicts with the dose: never typical above a dose that is not (property)", () => {
    const rank = { typical: 0, "above-typical": 1, implausible: 2 } as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...AGENT_CODES),
        fc.double({ min: 0.01, max: 5000, noNaN: true }),
        fc.double({ min: 0.01, max: 5000, noNaN: true }),
        (code, a, b) => {
          const agent = getAgent(code);
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(rank[plausibility(agent, low)]).toBeLessThanOrEqual(rank[plausibility(agent, high)]);
        },
      ),
    );
  });
});

describe("farBelowPlannedMessage: a dose at most half the one planned is asked about", () => {
  const oxaliplatin = getAgent("oxaliplatin");
  it("names a slipped decimal point with its share of the dose planned", () => {
    expect(farBelowPlannedMessage(oxaliplatin, 6.5, 65)).toBe(
      "Far below the course's dose: 6.5 mg/m2 where 65 mg/m2 is planned, 10% of it. Check for a typing slip.",
    );
  });
  it("asks at exactly half, and not just above it nor for a reduction by levels", () => {
    expect(farBelowPlannedMessage(oxaliplatin, 42.5, 85)).toContain("50% of it");
    expect(farBelowPlannedMessage(oxaliplatin, 42.51, 85)).toBeNull();
    expect(farBelowPlannedMessage(oxaliplatin, 65, 85)).toBeNull();
    expect(farBelowPlannedMessage(oxaliplatin, 85, 85)).toBeNull();
  });
  it("asks about every dose at or under half the plan, and none above it (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 500, noNaN: true }),
        fc.double({ min: 0.01, max: 500, noNaN: true }),
        (dose, planned) => {
          expect(farBelowPlannedMessage(oxaliplatin, dose, planned) !== null).toBe(dose <= planned / 2 + 1e-9);
        },
      ),
    );
  });
});

describe("courseDoseQuestions: what the new course form asks before it saves", () => {
  const cisplatin = getAgent("cisplatin");

  it("asks nothing of a typical dose within the cycle's cap", () => {
    expect(courseDoseQuestions(cisplatin, 20, 5)).toEqual([]);
    expect(courseDoseQuestions(cisplatin, 75, 1)).toEqual([]);
  });

  it("asks about a dose above the typical range, naming it and the range", () => {
    expect(courseDoseQuestions(cisplatin, 200, 1)).toEqual([
      "200 mg/m2 is above the typical cisplatin range of 20-100 mg/m2 per administration.",
      "200 mg/m2 a cycle is above the cap of 100 mg/m2 per cycle.",
    ]);
  });

  it("asks about BEP's daily cisplatin typed as the cycle's: 100 on each of five days", () => {
    expect(courseDoseQuestions(cisplatin, 100, 5)).toEqual([
      "100 mg/m2 × 5 administrations is 500 mg/m2 a cycle, above the cap of 100 mg/m2 per cycle: check that the dose is per administration, not per cycle.",
    ]);
  });

  it("leaves a cap on one administration to the dose's own check", () => {
    expect(courseDoseQuestions(getAgent("vincristine"), 1.4, 1)).toEqual([]);
  });
});
