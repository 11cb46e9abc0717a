import { describe, expect, it } from "vitest";
import type { AgentCode, GradeRule } from "./agents";
import { AGENT_CODES, getAgent } from "./agents";
import type { Setting } from "./codes";
import { doseStanding } from "./tolerance";
import {
  decidedReduction,
  defaultTerms,
  describeAction,
  describeRule,
  governingRule,
  levelsBySetting,
  reducedDose,
  reductionsNotBelow,
  roundDose,
  ruleMatches,
  rulesSource,
  termsFor,
  warnLevel,
} from "./plans";
import { plan } from "./testing-fixtures";

describe("terms in force", () => {
  it("applies the agent's default limit, warn fraction and template until a plan is in force", () => {
    expect(defaultTerms(getAgent("oxaliplatin"))).toEqual({
      versionId: null,
      cumulativeLimit: 850,
      warnFraction: 0.8,
      doseCap: null,
      doseCapSource: "agent-default",
      rules: getAgent("oxaliplatin").template.rules,
      inForceAt: null,
    });
    expect(defaultTerms(getAgent("carboplatin")).cumulativeLimit).toBeNull();
  });

  it("uses the plan in force for its agent and the defaults for the others", () => {
    const docetaxelPlan = plan("docetaxel", { cumulativeLimit: 400, versionId: "p7" });
    const plans = { docetaxel: docetaxelPlan };
    expect(termsFor("docetaxel", plans)).toBe(docetaxelPlan);
    expect(termsFor("paclitaxel", plans)).toEqual(defaultTerms(getAgent("paclitaxel")));
  });
});

describe("rulesSource: whose rules are in force, never a plan before one is agreed", () => {
  it("names the plan's rule once a plan is in force, the agent's default rule until then", () => {
    expect(rulesSource({ versionId: "v1" })).toEqual({
      rule: "the plan's rule",
      says: "plan says",
      Says: "Plan says",
      name: "plan rule",
    });
    expect(rulesSource(defaultTerms(getAgent("oxaliplatin")))).toEqual({
      rule: "the agent's default rule",
      says: "default rule says",
      Says: "Default rule says",
      name: "default rule",
    });
  });
});

describe("ruleMatches: at or above a grade, optionally only with pain (1 or more out of 10)", () => {
  const reduceAt2: GradeRule = { minGrade: 2, action: "reduce" };
  const withPain: GradeRule = { minGrade: 1, withPain: true, action: "reduce" };
  it.each([
    { rule: reduceAt2, grade: 1, pain: 0, expected: false, title: "grade 1 is below a grade 2 rule" },
    { rule: reduceAt2, grade: 2, pain: 0, expected: true, title: "grade 2 meets a grade 2 rule" },
    { rule: reduceAt2, grade: 3, pain: 0, expected: true, title: "grade 3 meets a grade 2 rule" },
    { rule: withPain, grade: 1, pain: 0, expected: false, title: "grade 1 with pain 0 does not meet a with-pain rule" },
    { rule: withPain, grade: 1, pain: 1, expected: true, title: "grade 1 with pain 1 meets a with-pain rule" },
    {
      rule: withPain,
      grade: 1,
      pain: null,
      expected: false,
      title: "pain not recorded does not meet a with-pain rule",
    },
    {
      rule: withPain,
      grade: 0,
      pain: 8,
      expected: false,
      title: "pain at grade 0 does not meet a grade 1 with-pain rule",
    },
  ])("$title", ({ rule, grade, pain, expected }) => {
    expect(ruleMatches(rule, grade, pain)).toBe(expected);
  });
});

describe("governingRule: the most severe action wins, and among equals the higher grade", () => {
  const ladder: GradeRule[] = [
    { minGrade: 3, action: "stop" },
    { minGrade: 1, action: "reduce", percent: 10 },
    { minGrade: 2, action: "reduce", percent: 25 },
    { minGrade: 2, action: "hold" },
  ];

  it("lets stop win over hold and reduce whatever the order of the ladder", () => {
    expect(governingRule(ladder, 4, 0)).toEqual({ minGrade: 3, action: "stop" });
    expect(governingRule([...ladder].reverse(), 4, 0)).toEqual({ minGrade: 3, action: "stop" });
  });

  it("lets hold win over reduce", () => {
    expect(governingRule(ladder, 2, 0)).toEqual({ minGrade: 2, action: "hold" });
  });

  it("among two matching reduce rules picks the one for the higher grade", () => {
    const reduces = ladder.filter((r) => r.action === "reduce");
    expect(governingRule(reduces, 2, 0)).toEqual({ minGrade: 2, action: "reduce", percent: 25 });
    expect(governingRule([...reduces].reverse(), 3, 0)).toEqual({ minGrade: 2, action: "reduce", percent: 25 });
  });

  it("is null when no rule matches, or the ladder is empty", () => {
    expect(governingRule(ladder, 0, 10)).toBeNull();
    expect(governingRule([], 4, 10)).toBeNull();
  });
});

type Expect = "none" | `${"reduce" | "hold" | "stop"} at ${number}${"" | " with pain"}`;
const describeMatch = (rule: GradeRule | null): Expect =>
  rule === null ? "none" : `${rule.action} at ${rule.minGrade}${rule.withPain ? " with pain" : ""}`;

describe("each agent's template ladder (docs/clinical-rules.md, 'Plans')", () => {
  const ladders: [AgentCode, number, number, Expect][] = [
    ["oxaliplatin", 1, 0, "none"],
    ["oxaliplatin", 2, 0, "reduce at 2"],
    ["oxaliplatin", 3, 0, "stop at 3"],
    ["oxaliplatin", 4, 0, "stop at 3"],
    ["paclitaxel", 2, 5, "none"],
    ["paclitaxel", 3, 0, "reduce at 3"],
    ["paclitaxel", 4, 0, "stop at 4"],
    ["docetaxel", 1, 0, "none"],
    ["docetaxel", 2, 0, "reduce at 2"],
    ["docetaxel", 3, 0, "stop at 3"],
    ["nab-paclitaxel", 2, 0, "none"],
    ["nab-paclitaxel", 3, 0, "hold at 3"],
    ["nab-paclitaxel", 4, 0, "hold at 3"],
    ["bortezomib", 0, 3, "none"],
    ["bortezomib", 1, 0, "none"],
    ["bortezomib", 1, 1, "reduce at 1 with pain"],
    ["bortezomib", 2, 0, "reduce at 2"],
    ["bortezomib", 2, 1, "hold at 2 with pain"],
    ["bortezomib", 3, 0, "hold at 3"],
    ["bortezomib", 3, 6, "hold at 3"],
    ["bortezomib", 4, 6, "stop at 4"],
    ["vincristine", 1, 0, "none"],
    ["vincristine", 2, 0, "reduce at 2"],
    ["vincristine", 3, 0, "hold at 3"],
    ["vincristine", 4, 0, "stop at 4"],
    ["cisplatin", 1, 0, "none"],
    ["cisplatin", 2, 0, "hold at 2"],
    ["cisplatin", 3, 0, "stop at 3"],
    ["carboplatin", 2, 0, "none"],
    ["carboplatin", 3, 0, "stop at 3"],
    ["thalidomide", 0, 0, "none"],
    ["thalidomide", 1, 0, "hold at 1"],
    ["thalidomide", 2, 0, "stop at 2"],
    ["brentuximab-vedotin", 1, 0, "none"],
    ["brentuximab-vedotin", 2, 0, "hold at 2"],
    ["brentuximab-vedotin", 3, 0, "hold at 2"],
    ["brentuximab-vedotin", 4, 0, "stop at 4"],
  ];

  it("covers all ten agents", () => {
    expect(new Set(ladders.map(([agent]) => agent))).toEqual(new Set(AGENT_CODES));
  });

  it.each(ladders)("%s at grade %i with pain %i: %s", (agent, grade, pain, expected) => {
    expect(describeMatch(governingRule(getAgent(agent).template.rules, grade, pain))).toBe(expected);
  });

  it.each([
    ["paclitaxel", 3, 20],
    ["vincristine", 2, 50],
  ] as const)("%s reduces at grade %i by %i%%", (agent, grade, percent) => {
    expect(governingRule(getAgent(agent).template.rules, grade, 0)?.percent).toBe(percent);
  });
});

describe("reducedDose", () => {
  const oxaliplatin = getAgent("oxaliplatin");
  const reduce: GradeRule = { minGrade: 2, action: "reduce" };

  it.each<[AgentCode, number, Setting | null, number | null]>([
    ["oxaliplatin", 85, "adjuvant", 75],
    ["oxaliplatin", 85, "advanced", 65],
    // Changed with the settled brief: with no setting the level is not picked (75 adjuvant, 65 advanced).
    ["oxaliplatin", 85, null, null],
    ["oxaliplatin", 130, "adjuvant", 100],
    ["oxaliplatin", 130, "advanced", 100],
    ["oxaliplatin", 130, null, 100],
    ["oxaliplatin", 100, "advanced", null],
    ["docetaxel", 75, null, 60],
    ["docetaxel", 100, null, null],
    ["bortezomib", 1.3, null, 1],
    ["bortezomib", 1, null, 0.7],
    ["brentuximab-vedotin", 1.8, null, 1.2],
    ["carboplatin", 600, null, null],
  ])("reduces %s %s (setting %s) one dose level to %s", (agent, current, setting, expected) => {
    expect(reducedDose(reduce, getAgent(agent), current, setting)).toBe(expected);
  });

  it("names both oxaliplatin levels and asks when an 85 mg/m2 course states no setting", () => {
    expect(describeRule(reduce, oxaliplatin, 85, null)).toBe(
      "At grade 2: reduce oxaliplatin to 75 mg/m2 if adjuvant or 65 mg/m2 if advanced: the course states no setting, so confirm which applies",
    );
    expect(levelsBySetting(reduce, oxaliplatin, 130, null)).toEqual([]);
    expect(levelsBySetting({ ...reduce, toDose: 70 }, oxaliplatin, 85, null)).toEqual([]);
  });

  it("uses the rule's own target dose first", () => {
    expect(reducedDose({ minGrade: 2, action: "reduce", toDose: 60, percent: 50 }, oxaliplatin, 85, "advanced")).toBe(
      60,
    );
  });

  it.each([
    ["paclitaxel", 175, 20, 140],
    ["paclitaxel", 80, 20, 64],
    ["vincristine", 1.4, 50, 0.7],
    ["vincristine", 1.333, 50, 0.67],
  ] as const)("takes the percent off: %s %s less %i%% is %s", (agent, current, percent, expected) => {
    expect(reducedDose({ minGrade: 2, action: "reduce", percent }, getAgent(agent), current, null)).toBe(expected);
  });

  it("rounds to two decimals", () => {
    expect(roundDose(0.665)).toBe(0.67);
    expect(roundDose(154.5402)).toBe(154.54);
  });
});

describe("reductionsNotBelow: a reduce rule's own dose must be below the course's current dose", () => {
  const rules: GradeRule[] = [
    { minGrade: 1, action: "reduce", toDose: 65 },
    { minGrade: 2, action: "reduce", toDose: 85 },
    { minGrade: 3, action: "reduce", toDose: 100 },
    { minGrade: 3, withPain: true, action: "reduce", percent: 20 },
    { minGrade: 4, action: "stop" },
  ];

  it("names, by the form's field, each rule at or above the current dose", () => {
    expect(reductionsNotBelow(rules, "mg/m2", 85)).toEqual({
      "rules.1.toDose": "Not below the current dose of 85 mg/m2: a reduction must give less.",
      "rules.2.toDose": "Not below the current dose of 85 mg/m2: a reduction must give less.",
    });
  });

  it("finds nothing when every named dose is below, whatever the percent and other actions", () => {
    expect(reductionsNotBelow(rules.slice(0, 1), "mg/m2", 85)).toEqual({});
    expect(reductionsNotBelow(rules, "mg/m2", 130)).toEqual({});
  });

  it("names a percent so small that, rounded, it takes nothing off", () => {
    expect(reductionsNotBelow([{ minGrade: 2, action: "reduce", percent: 0.0001 }], "mg/m2", 1.3)).toEqual({
      "rules.0.percent": "Takes nothing off the current dose of 1.3 mg/m2 once rounded: a reduction must give less.",
    });
  });

  it("reads a dose a rounding error below the current one as the same dose", () => {
    expect(reductionsNotBelow([{ minGrade: 2, action: "reduce", toDose: 85 - 1e-12 }], "mg/m2", 85)).toHaveProperty([
      "rules.0.toDose",
    ]);
  });
});

describe("describeRule: the rule in plain words", () => {
  const oxaliplatin = getAgent("oxaliplatin");

  it.each<[string, GradeRule, AgentCode, number | undefined, Setting | null]>([
    [
      "At grade 2: reduce oxaliplatin to 65 mg/m2 (one dose level down from 85 mg/m2)",
      { minGrade: 2, action: "reduce" },
      "oxaliplatin",
      85,
      "advanced",
    ],
    [
      "At grade 2: reduce oxaliplatin to 75 mg/m2 (one dose level down from 85 mg/m2)",
      { minGrade: 2, action: "reduce" },
      "oxaliplatin",
      85,
      "adjuvant",
    ],
    [
      "At grade 2: reduce oxaliplatin to 100 mg/m2 (one dose level down from 130 mg/m2)",
      { minGrade: 2, action: "reduce" },
      "oxaliplatin",
      130,
      null,
    ],
    // A signed "one dose level" after a reduction from 1.3 to 1: worked out from 1, and saying so.
    [
      "At grade 2: reduce bortezomib to 0.7 mg/m2 (one dose level down from 1 mg/m2)",
      { minGrade: 2, action: "reduce" },
      "bortezomib",
      1,
      null,
    ],
    [
      "At grade 2: reduce oxaliplatin one dose level",
      { minGrade: 2, action: "reduce" },
      "oxaliplatin",
      undefined,
      null,
    ],
    [
      "At grade 2: reduce oxaliplatin one dose level: no level is listed down from 100 mg/m2, so the oncologist names the dose",
      { minGrade: 2, action: "reduce" },
      "oxaliplatin",
      100,
      null,
    ],
    [
      "At grade 2: reduce oxaliplatin to 60 mg/m2",
      { minGrade: 2, action: "reduce", toDose: 60 },
      "oxaliplatin",
      undefined,
      null,
    ],
    ["At grade 3: stop oxaliplatin", { minGrade: 3, action: "stop" }, "oxaliplatin", 85, null],
    [
      "At grade 2: reduce docetaxel to 60 mg/m2 (one dose level down from 75 mg/m2)",
      { minGrade: 2, action: "reduce" },
      "docetaxel",
      75,
      null,
    ],
    [
      "At grade 3: reduce paclitaxel by 20%",
      { minGrade: 3, action: "reduce", percent: 20 },
      "paclitaxel",
      undefined,
      null,
    ],
    [
      "At grade 3: reduce paclitaxel to 140 mg/m2 (20% off 175 mg/m2)",
      { minGrade: 3, action: "reduce", percent: 20 },
      "paclitaxel",
      175,
      null,
    ],
    [
      "At grade 2: reduce vincristine to 0.7 mg (50% off 1.4 mg)",
      { minGrade: 2, action: "reduce", percent: 50 },
      "vincristine",
      1.4,
      null,
    ],
    [
      "At grade 1 with pain: reduce bortezomib to 1 mg/m2 (one dose level down from 1.3 mg/m2)",
      { minGrade: 1, withPain: true, action: "reduce" },
      "bortezomib",
      1.3,
      null,
    ],
    ["At grade 2 with pain: hold bortezomib", { minGrade: 2, withPain: true, action: "hold" }, "bortezomib", 1.3, null],
    ["At grade 2: hold brentuximab vedotin", { minGrade: 2, action: "hold" }, "brentuximab-vedotin", 1.8, null],
    ["At grade 2: stop thalidomide", { minGrade: 2, action: "stop" }, "thalidomide", undefined, null],
  ])("%s", (text, rule, agent, current, setting) => {
    expect(describeRule(rule, getAgent(agent), current, setting)).toBe(text);
  });

  it("describes a rule without a dose or setting", () => {
    expect(describeRule({ minGrade: 3, action: "stop" }, oxaliplatin)).toBe("At grade 3: stop oxaliplatin");
    expect(describeAction({ minGrade: 2, action: "hold" }, getAgent("cisplatin"))).toBe("hold cisplatin");
  });
});

describe("decidedReduction: the dose an oncologist's decision to reduce asks for", () => {
  const oxaliplatin = getAgent("oxaliplatin");
  const rules = getAgent("bortezomib").template.rules;

  it("takes the plan's reduce rule that the exam meets (bortezomib grade 2: 1.3 to 1.0 mg/m2)", () => {
    const found = decidedReduction(rules, getAgent("bortezomib"), 1.3, null, { grade: 2, pain: 0 });
    expect(found).toEqual({ dose: 1, rule: { minGrade: 2, action: "reduce" } });
  });

  it("falls back to the agent's next dose level when no reduce rule is met (oxaliplatin 85 to 75 adjuvant)", () => {
    const found = decidedReduction(oxaliplatin.template.rules, oxaliplatin, 85, "adjuvant", { grade: 1, pain: 0 });
    expect(found).toEqual({ dose: 75, rule: null });
  });

  it("names no dose where neither the plan nor the label has a lower level", () => {
    expect(decidedReduction([], getAgent("cisplatin"), 75, null, null)).toEqual({ dose: null, rule: null });
  });
});

describe("warnLevel and doseStanding: the cumulative dose against the warning level and the limit", () => {
  it("warns at the warning fraction of the limit (80% of 850 mg/m2 is 680), and never without a limit", () => {
    expect(warnLevel({ cumulativeLimit: 850, warnFraction: 0.8 })).toBeCloseTo(680, 9);
    expect(warnLevel({ cumulativeLimit: null, warnFraction: 0.8 })).toBeNull();
  });

  it.each([
    [850.001, "over the limit", "just over the limit"],
    [850, "at the limit", "exactly at the limit"],
    [849.999, "near the limit", "just below the limit"],
    [680, "near the limit", "exactly at the warning level"],
    [679.999, "below", "just below the warning level"],
  ] as const)("puts %s mg/m2 %s (%s)", (cumulative, standing, _case) => {
    expect(doseStanding(cumulative, 850, 680)).toBe(standing);
  });

  it("has nothing to stand against without a limit", () => {
    expect(doseStanding(5000, null, null)).toBe("below");
  });
});
