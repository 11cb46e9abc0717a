// What a decision form says it raised (components/alerts/decision-words.ts): every alert the
// decision raised, its severity in words, one sentence however the messages end.
import { describe, expect, it } from "vitest";
import { raisedText } from "@/components/alerts/decision-words";

describe("raisedText", () => {
  it("says nothing when the decision raised nothing", () => {
    expect(raisedText([])).toBe("");
  });

  it("names one alert with its severity, ending the sentence once", () => {
    const past = { severity: "critical", message: "The next cycle would take oxaliplatin past 850 mg/m2." };
    expect(raisedText([past])).toBe(
      " It raised a new alert, critical: The next cycle would take oxaliplatin past 850 mg/m2.",
    );
  });

  it("counts and names several", () => {
    const alerts = [
      { severity: "critical", message: "Past the limit" },
      { severity: "warning", message: "No plan agreed." },
    ];
    expect(raisedText(alerts)).toBe(" It raised 2 new alerts, critical: Past the limit; warning: No plan agreed.");
  });
});
