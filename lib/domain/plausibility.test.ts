import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AGENT_CODES, getAgent } from "./agents";
import { implausibleDoseMessage, plausibility, plausibilityBound, typicalRangeText } from "./plausibility";

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
