import { describe, expect, it } from "vitest";
import { ALERT_KINDS, ALERT_SEVERITY } from "./codes";

describe("alert kinds and their fixed severity (docs/api.md)", () => {
  it.each([
    ["grade-stop", "critical"],
    ["grade-hold", "critical"],
    ["dose-limit", "critical"],
    ["single-dose-cap", "critical"],
    ["contraindication", "critical"],
    ["decision-override", "critical"],
    ["grade-reduce", "warning"],
    ["dose-projected", "warning"],
    ["dose-approaching", "warning"],
    ["worsening", "warning"],
    ["self-report", "warning"],
    ["no-plan", "info"],
  ] as const)("%s is %s", (kind, severity) => {
    expect(ALERT_SEVERITY[kind]).toBe(severity);
  });

  it("lists exactly the kinds of docs/api.md", () => {
    expect([...ALERT_KINDS].sort()).toEqual(
      [
        "contraindication",
        "decision-override",
        "dose-approaching",
        "dose-limit",
        "dose-projected",
        "grade-hold",
        "grade-reduce",
        "grade-stop",
        "no-plan",
        "self-report",
        "single-dose-cap",
        "worsening",
      ].sort(),
    );
  });
});
