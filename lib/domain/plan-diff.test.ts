import { describe, expect, it } from "vitest";
import { getAgent } from "./agents";
import {
  contentOf,
  describeDoseCap,
  describeLimit,
  describeWarnAt,
  diffPlans,
  templatePlan,
  type PlanChange,
  type PlanContent,
} from "./plan-diff";

/** A change as one line, to compare whole lists at a glance. */
function describeChange(c: PlanChange): string {
  if (c.before === null) return `${c.label} added: ${c.after}`;
  if (c.after === null) return `${c.label} removed: ${c.before}`;
  return `${c.label}: ${c.before} → ${c.after}`;
}

const oxaliplatin = getAgent("oxaliplatin");
const template = templatePlan(oxaliplatin);
const withChanges = (over: Partial<PlanContent>): PlanContent => ({ ...template, ...over });

describe("templatePlan: the agent's defaults as a plan", () => {
  it("takes the default limit, the 0.8 warning fraction and the template's ladder", () => {
    expect(template).toEqual({
      cumulativeLimit: 850,
      warnFraction: 0.8,
      doseCap: null,
      doseCapSource: "agent-default",
      rules: oxaliplatin.template.rules,
      notes: null,
    });
  });

  it("writes a fixed default cap beside the plan, marked as the agent's: carboplatin 900 mg, cisplatin 100 mg/m2 per cycle", () => {
    expect(templatePlan(getAgent("carboplatin"))).toMatchObject({
      cumulativeLimit: null,
      doseCap: 900,
      doseCapSource: "agent-default",
    });
    expect(templatePlan(getAgent("cisplatin")).doseCap).toBe(100);
  });

  it("leaves brentuximab's cap to the rules, since it is the dose at 100 kg", () => {
    expect(templatePlan(getAgent("brentuximab-vedotin")).doseCap).toBeNull();
  });
});

describe("describing the terms", () => {
  it("names the limit with its unit, says when it is the agent's default and on what basis, or says there is none", () => {
    expect(describeLimit(850, oxaliplatin)).toBe("850 mg/m2 cumulative, the agent's default (literature)");
    expect(describeLimit(800, oxaliplatin)).toBe("800 mg/m2 cumulative");
    expect(describeLimit(null, getAgent("carboplatin"))).toBe("no cumulative limit");
  });

  it("gives the warning level as a percent and as an amount", () => {
    expect(describeWarnAt({ cumulativeLimit: 850, warnFraction: 0.8 }, oxaliplatin)).toBe(
      "80% of the limit (680 mg/m2)",
    );
    expect(describeWarnAt({ cumulativeLimit: null, warnFraction: 0.8 }, oxaliplatin)).toBe(
      "80% of the limit (no limit set)",
    );
  });

  // The settled brief: doseCap left out is the agent's default shown with its basis; null is no cap.
  const own = (doseCap: number | null) => ({ doseCap, doseCapSource: "plan" as const });
  const byDefault = { doseCap: null, doseCapSource: "agent-default" as const };
  it("says in which terms a plan's own cap compares: per administration in mg, or cisplatin's mg/m2 per cycle", () => {
    expect(describeDoseCap(own(1050), getAgent("carboplatin"))).toBe("1050 mg per administration (set by the plan)");
    expect(describeDoseCap(own(80), getAgent("cisplatin"))).toBe("80 mg/m2 per cycle (set by the plan)");
  });

  it("shows the agent's default as such, with its basis", () => {
    expect(describeDoseCap(byDefault, getAgent("carboplatin"))).toBe(
      "agent default, 900 mg per dose, FDA and NCI guidance",
    );
    expect(describeDoseCap(byDefault, getAgent("vincristine"))).toBe("agent default, 2 mg per dose, protocol practice");
    expect(describeDoseCap(byDefault, getAgent("brentuximab-vedotin"))).toMatch(
      /^agent default, the dose at 100 kg: .*180 mg at 1.8 mg\/kg, 120 mg at 1.2 mg\/kg\), label$/,
    );
    expect(describeDoseCap(byDefault, oxaliplatin)).toBe("no cap (the agent has no default cap)");
  });

  it("says a plan that sets the cap to null has no cap, even where the agent has a default", () => {
    expect(describeDoseCap(own(null), getAgent("carboplatin"))).toBe("no cap (the plan sets none)");
  });
});

describe("diffPlans", () => {
  it("finds no change between identical plans", () => {
    expect(diffPlans(template, withChanges({}), oxaliplatin)).toEqual([]);
  });

  it("shows a lower limit with both figures", () => {
    expect(diffPlans(template, withChanges({ cumulativeLimit: 700 }), oxaliplatin)).toEqual([
      {
        field: "cumulativeLimit",
        label: "Cumulative limit",
        before: "850 mg/m2 cumulative, the agent's default (literature)",
        after: "700 mg/m2 cumulative",
      },
    ]);
  });

  it("shows a limit removed", () => {
    const [change] = diffPlans(template, withChanges({ cumulativeLimit: null }), oxaliplatin);
    expect(change?.after).toBe("no cumulative limit");
  });

  it("shows the warning level and the cap", () => {
    const changes = diffPlans(
      template,
      withChanges({ warnFraction: 0.75, doseCap: 200, doseCapSource: "plan" }),
      oxaliplatin,
    );
    expect(changes.map(describeChange)).toEqual([
      "Warn at: 80% of the limit (680 mg/m2) → 75% of the limit (637.5 mg/m2)",
      "Dose cap: no cap (the agent has no default cap) → 200 mg per administration (set by the plan)",
    ]);
  });

  it("shows a rule whose action changed for the same grade as one change", () => {
    const rules = [
      { minGrade: 2, action: "hold" as const },
      { minGrade: 3, action: "stop" as const },
    ];
    expect(diffPlans(template, withChanges({ rules }), oxaliplatin).map(describeChange)).toEqual([
      "Rule at grade 2: At grade 2: reduce oxaliplatin one dose level → At grade 2: hold oxaliplatin",
    ]);
  });

  it("shows a new target dose of a reduce rule", () => {
    const rules = [{ minGrade: 2, action: "reduce" as const, toDose: 65 }, template.rules[1]!];
    expect(diffPlans(template, withChanges({ rules }), oxaliplatin).map(describeChange)).toEqual([
      "Rule at grade 2: At grade 2: reduce oxaliplatin one dose level → At grade 2: reduce oxaliplatin to 65 mg/m2",
    ]);
  });

  it("tells a rule with pain from one without: adding it is an addition, not a change", () => {
    const rules = [...template.rules, { minGrade: 2, withPain: true, action: "hold" as const }];
    expect(diffPlans(template, withChanges({ rules }), oxaliplatin).map(describeChange)).toEqual([
      "Rule at grade 2 with pain added: At grade 2 with pain: hold oxaliplatin",
    ]);
  });

  it("shows a removed rule", () => {
    const rules = [template.rules[1]!];
    expect(diffPlans(template, withChanges({ rules }), oxaliplatin).map(describeChange)).toEqual([
      "Rule at grade 2 removed: At grade 2: reduce oxaliplatin one dose level",
    ]);
  });

  it("ignores a reordered ladder: the most severe matching rule wins whatever the order", () => {
    const rules = [...template.rules].reverse();
    expect(diffPlans(template, withChanges({ rules }), oxaliplatin)).toEqual([]);
  });

  it("pairs duplicate conditions one to one", () => {
    const twice = [
      { minGrade: 2, action: "reduce" as const },
      { minGrade: 2, action: "hold" as const },
    ];
    const once = [{ minGrade: 2, action: "hold" as const }];
    expect(
      diffPlans(withChanges({ rules: twice }), withChanges({ rules: once }), oxaliplatin).map(describeChange),
    ).toEqual(["Rule at grade 2 removed: At grade 2: reduce oxaliplatin one dose level"]);
  });

  it("shows notes added, and ignores whitespace and empty notes", () => {
    expect(diffPlans(template, withChanges({ notes: "MDT 3 March" }), oxaliplatin).map(describeChange)).toEqual([
      "Notes added: MDT 3 March",
    ]);
    expect(diffPlans(withChanges({ notes: "" }), withChanges({ notes: "  " }), oxaliplatin)).toEqual([]);
    expect(
      diffPlans(withChanges({ notes: "a" }), withChanges({ notes: null }), oxaliplatin).map(describeChange),
    ).toEqual(["Notes removed: a"]);
  });

  it("lists the limit first and the notes last", () => {
    const changes = diffPlans(
      template,
      withChanges({ notes: "n", cumulativeLimit: 600, rules: [{ minGrade: 1, action: "stop" }] }),
      oxaliplatin,
    );
    expect(changes.map((c) => c.field)).toEqual(["cumulativeLimit", "rules", "rules", "rules", "notes"]);
  });
});

describe("contentOf", () => {
  it("keeps only the terms of a stored version", () => {
    const stored = { ...template, id: "p1", status: "in-force", signatures: [] };
    expect(contentOf(stored)).toEqual(template);
  });
});
