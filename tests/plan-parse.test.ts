import { describe, expect, it } from "vitest";
import { parsePlanForm } from "@/components/plans/plan-parse";
import type { PlanForm } from "@/components/plans/plan-form";

const OXALIPLATIN = { warnFraction: 0.8, unit: "mg/m2" as const };

function formWith(toDose: string): PlanForm {
  return {
    cumulativeLimit: "850",
    warnPercent: "",
    doseCap: "",
    noCap: false,
    rules: [{ key: "r1", minGrade: "2", withPain: false, action: "reduce", reduceBy: "dose", amount: toDose }],
    notes: "",
  };
}

describe("the plan editor's form as the server would take it", () => {
  it("marks a reduce-to dose not below the course's current dose, as the server refuses it", () => {
    expect(parsePlanForm(formWith("90"), OXALIPLATIN, 85)).toEqual({
      ok: false,
      errors: { "rules.0.toDose": "Not below the current dose of 85 mg/m2: a reduction must give less." },
    });
  });

  it("takes a reduce-to dose below the current dose, and any dose when no course gives the agent", () => {
    expect(parsePlanForm(formWith("65"), OXALIPLATIN, 85)).toMatchObject({ ok: true });
    expect(parsePlanForm(formWith("90"), OXALIPLATIN, undefined)).toMatchObject({ ok: true });
  });

  it("takes the agent's warning fraction when the form leaves it blank", () => {
    expect(parsePlanForm(formWith("65"), OXALIPLATIN, 85)).toMatchObject({ content: { warnFraction: 0.8 } });
  });

  it("says a warning level out of range in the field's percent, not the schema's fraction", () => {
    const warnAt = (warnPercent: string) => parsePlanForm({ ...formWith("65"), warnPercent }, OXALIPLATIN, 85);
    expect(warnAt("150")).toEqual({ ok: false, errors: { warnFraction: "At most 100%." } });
    expect(warnAt("100.5")).toEqual({ ok: false, errors: { warnFraction: "At most 100%." } });
    expect(warnAt("0")).toEqual({ ok: false, errors: { warnFraction: "Above 0%." } });
    expect(warnAt("-5")).toEqual({ ok: false, errors: { warnFraction: "Above 0%." } });
    expect(warnAt("100")).toMatchObject({ ok: true, content: { warnFraction: 1 } });
    expect(warnAt("0.5")).toMatchObject({ ok: true, content: { warnFraction: 0.005 } });
  });
});
