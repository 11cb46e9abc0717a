// The cycle page's list of decisions on the course (components/dose/agent-history.tsx) names only
// what a decision moved: "from 75 mg/m2 (active) to 75 mg/m2 (on hold)" read as a change of dose.
import { describe, expect, it } from "vitest";
import { changeText } from "@/components/dose/agent-history";

const state = (currentDose: number, status: "active" | "held" | "stopped") => ({ currentDose, status });

describe("a decision's change on the course, in words", () => {
  it("names the dose alone when only the dose moved", () => {
    expect(changeText(state(85, "active"), state(75, "active"), "mg/m2")).toBe("from 85 mg/m² to 75 mg/m²");
  });

  it("names the state alone, with the dose it stands at, when only the state moved", () => {
    expect(changeText(state(75, "active"), state(75, "held"), "mg/m2")).toBe("from active to on hold, at 75 mg/m²");
    expect(changeText(state(75, "held"), state(75, "stopped"), "mg/m2")).toBe("from on hold to stopped, at 75 mg/m²");
  });

  it("names both when a hold is lifted at a lower dose", () => {
    expect(changeText(state(75, "held"), state(65, "active"), "mg/m2")).toBe(
      "from 75 mg/m² on hold to 65 mg/m² active",
    );
  });

  it("says the agent was kept as it was when a decision to proceed moved nothing", () => {
    expect(changeText(state(85, "active"), state(85, "active"), "mg/m2")).toBe("kept at 85 mg/m², active");
  });
});
