// What a decision form offers beside the hold, stop or reduction in force on its agent
// (components/alerts/standing-decision.tsx): every decision, each saying what it does, except on a
// stopped agent, where a stop is for good and only keeping it stopped is offered.
import { describe, expect, it } from "vitest";
import { decisionChoices } from "@/components/alerts/standing-decision";
import type { StandingDecision } from "@/db/reads/patient-summary";
import { DECISIONS } from "@/lib/domain/codes";

const standing = (status: StandingDecision["status"], currentDose = 65): StandingDecision => ({
  status,
  currentDose,
  unit: "mg/m2",
  change: null,
});

describe("the decisions a form offers", () => {
  it("offers every decision on an agent with nothing decided, the reduction saying its dose", () => {
    expect(decisionChoices(null, "oxaliplatin", "To 65 mg/m2.")).toEqual({
      decisions: DECISIONS,
      hints: { reduce: "To 65 mg/m2." },
    });
  });

  it("says so beside Proceed when its next cycle would pass the limit, with nothing decided or a reduction in force", () => {
    const past = " That takes the cumulative dose to 935 mg/m², past the 850 mg/m² limit.";
    expect(decisionChoices(null, "oxaliplatin", null, past).hints.proceed).toBe(
      "Give the next cycle as planned. That takes the cumulative dose to 935 mg/m², past the 850 mg/m² limit.",
    );
    expect(decisionChoices(standing("reduced"), "oxaliplatin", null, past).hints.proceed).toBe(
      "Keeps the reduced dose: the next cycle gives 65 mg/m². That takes the cumulative dose to 935 mg/m², past the 850 mg/m² limit.",
    );
  });

  it("offers every decision on a held agent, saying which lift the hold", () => {
    const { decisions, hints } = decisionChoices(standing("held", 85), "oxaliplatin", "To 65 mg/m2.");
    expect(decisions).toEqual(DECISIONS);
    expect(hints.proceed).toBe("Lifts the hold: the next cycle gives 85 mg/m².");
    expect(hints.reduce).toBe("To 65 mg/m2. Lifts the hold.");
    expect(hints.hold).toBe("Keeps the hold.");
  });

  it("offers every decision on a reduced agent, proceed keeping the reduced dose", () => {
    const { decisions, hints } = decisionChoices(standing("reduced"), "oxaliplatin", null);
    expect(decisions).toEqual(DECISIONS);
    expect(hints.proceed).toBe("Keeps the reduced dose: the next cycle gives 65 mg/m².");
  });

  it("offers only stop on a stopped agent: no other decision would change anything", () => {
    expect(decisionChoices(standing("stopped"), "oxaliplatin", "To 65 mg/m2.")).toEqual({
      decisions: ["stop"],
      hints: { stop: "Keeps oxaliplatin stopped: a stop is for good, so nothing else is offered." },
    });
  });
});
