// What the chair reads of an agent's state (components/dose/agent-state.tsx): never a tick or
// "given" before the dose is, and a decision to proceed with who took it, as it may have lifted a hold.
import { describe, expect, it } from "vitest";
import { agentStateWords, type StateChange } from "@/components/dose/agent-state";

const change = (decision: StateChange["decision"], from: number, to: number): StateChange => ({
  decision,
  decidedBy: "Dr Daniel Reyes",
  at: "2026-12-02T06:10:00.000Z",
  reason: "Symptoms settled",
  from: { currentDose: from },
  to: { currentDose: to },
});

describe("an agent's state at the chair", () => {
  it("says 'as planned' with no decision, not that a dose was given", () => {
    const words = agentStateWords("active", null, "mg/m2", "UTC");
    expect(words).toEqual({ icon: "→", text: "No hold or reduction decided", tone: "plain" });
    expect(words.text).not.toMatch(/given/i);
  });

  it("names who decided to proceed, and when and why", () => {
    expect(agentStateWords("active", change("proceed", 75, 75), "mg/m2", "UTC").text).toBe(
      "PROCEED: decided by Dr Daniel Reyes, 2 Dec 2026, 06:10 UTC: “Symptoms settled”",
    );
  });

  it("says HOLD and REDUCED in capitals, a hold as a stop and a reduction as a change", () => {
    expect(agentStateWords("held", change("hold", 75, 75), "mg/m2", "UTC")).toMatchObject({ tone: "stop" });
    expect(agentStateWords("active", change("reduce", 85, 65), "mg/m2", "UTC")).toMatchObject({ tone: "change" });
    expect(agentStateWords("active", change("proceed", 65, 65), "mg/m2", "UTC")).toMatchObject({ tone: "plain" });
    expect(agentStateWords("held", change("hold", 75, 75), "mg/m2", "UTC").text).toMatch(/^HOLD: decided by/);
    expect(agentStateWords("active", change("reduce", 85, 65), "mg/m2", "UTC").text).toMatch(
      /^REDUCED from 85 to 65 mg\/m2: decided by/,
    );
  });
});
