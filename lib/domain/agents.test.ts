import { describe, expect, it } from "vitest";
import { AGENTS, AGENT_CODES, DEFAULT_WARN_FRACTION, basisAndSource, findAgent, getAgent, isAgentCode } from "./agents";

describe("the agent library (docs/clinical-rules.md, 'The agent library')", () => {
  it("holds the ten neurotoxic agents, coded in lower case with hyphens", () => {
    expect(AGENT_CODES).toEqual([
      "oxaliplatin",
      "cisplatin",
      "carboplatin",
      "paclitaxel",
      "docetaxel",
      "nab-paclitaxel",
      "vincristine",
      "bortezomib",
      "thalidomide",
      "brentuximab-vedotin",
    ]);
    for (const agent of AGENTS) expect(agent.code).toBe(agent.name.toLowerCase().replace(/ /g, "-"));
  });

  it.each([
    { code: "oxaliplatin", unit: "mg/m2", limit: 850, basis: "literature" },
    { code: "cisplatin", unit: "mg/m2", limit: 400, basis: "literature" },
    { code: "carboplatin", unit: "mg", limit: null, basis: null },
    { code: "paclitaxel", unit: "mg/m2", limit: 1000, basis: "local practice" },
    { code: "docetaxel", unit: "mg/m2", limit: 500, basis: "literature" },
    { code: "nab-paclitaxel", unit: "mg/m2", limit: 1000, basis: "local practice" },
    { code: "vincristine", unit: "mg", limit: 12, basis: "local practice" },
    { code: "bortezomib", unit: "mg/m2", limit: 40, basis: "literature" },
    { code: "thalidomide", unit: "mg", limit: 20000, basis: "literature" },
    { code: "brentuximab-vedotin", unit: "mg/kg", limit: null, basis: null },
  ] as const)("$code is dosed in $unit with a default limit of $limit ($basis)", ({ code, unit, limit, basis }) => {
    const agent = getAgent(code);
    expect(agent.unit).toBe(unit);
    expect(agent.defaultLimit?.value ?? null).toBe(limit);
    expect(agent.defaultLimit?.basis ?? null).toBe(basis);
    expect(agent.warnFraction).toBe(0.8);
    if (agent.defaultLimit) expect(agent.defaultLimit.source).not.toBe("");
  });

  it("warns by default at 0.8 of the limit", () => {
    expect(DEFAULT_WARN_FRACTION).toBe(0.8);
  });

  it.each([
    { code: "cisplatin", value: 100, scope: "cycle-mg/m2", basis: "label" },
    { code: "carboplatin", value: 900, scope: "administration-mg", basis: "FDA and NCI guidance" },
    { code: "vincristine", value: 2, scope: "administration-mg", basis: "protocol practice" },
  ] as const)("$code is capped at $value ($scope, $basis)", ({ code, value, scope, basis }) => {
    expect(getAgent(code).cap).toMatchObject({ value, scope, basis });
  });

  it("caps brentuximab vedotin at the dose for 100 kg, stated as that rule and never as a figure in mg", () => {
    const cap = getAgent("brentuximab-vedotin").cap;
    expect(cap).toMatchObject({ atWeightKg: 100, scope: "administration-mg", basis: "label" });
    expect(cap?.value).toBeUndefined();
    expect(cap?.text).toMatch(/^the dose at 100 kg/);
  });

  it("matches every limit's basis to the settled table", () => {
    const bases = Object.fromEntries(AGENTS.map((a) => [a.code, a.defaultLimit?.basis ?? null]));
    expect(bases).toEqual({
      oxaliplatin: "literature",
      cisplatin: "literature",
      carboplatin: null,
      paclitaxel: "local practice",
      docetaxel: "literature",
      "nab-paclitaxel": "local practice",
      vincristine: "local practice",
      bortezomib: "literature",
      thalidomide: "literature",
      "brentuximab-vedotin": null,
    });
  });

  it.each(["oxaliplatin", "paclitaxel", "docetaxel", "nab-paclitaxel", "bortezomib", "thalidomide"] as const)(
    "%s has no per-dose cap",
    (code) => {
      expect(getAgent(code).cap).toBeNull();
    },
  );

  it.each([
    {
      code: "oxaliplatin",
      levels: [
        [85, 75, "adjuvant"],
        [85, 65, "advanced"],
        [130, 100, undefined],
      ],
    },
    { code: "docetaxel", levels: [[75, 60, undefined]] },
    {
      code: "bortezomib",
      levels: [
        [1.3, 1, undefined],
        [1, 0.7, undefined],
      ],
    },
    { code: "brentuximab-vedotin", levels: [[1.8, 1.2, undefined]] },
  ] as const)("$code steps down its dose levels as the label and protocols say", ({ code, levels }) => {
    expect(getAgent(code).doseLevels.map((s) => [s.from, s.to, "setting" in s ? s.setting : undefined])).toEqual(
      levels,
    );
  });

  it("rules out vincristine in hereditary neuropathy, naming demyelinating Charcot-Marie-Tooth disease", () => {
    const [contra] = getAgent("vincristine").contraindications;
    expect(contra?.riskFactor).toBe("hereditary-neuropathy");
    expect(contra?.message).toMatch(/demyelinating Charcot-Marie-Tooth/);
    expect(contra?.message).toMatch(/confirm the type of hereditary neuropathy/);
  });

  it("states that oxaliplatin's cold dysesthesia is not the chronic neuropathy the grade measures", () => {
    expect(getAgent("oxaliplatin").acuteSyndromes.join(" ")).toMatch(/not the chronic neuropathy/);
    expect(getAgent("oxaliplatin").notes.join(" ")).toMatch(/cryotherapy/);
  });

  it("finds agents by code and rejects unknown codes", () => {
    expect(findAgent("docetaxel")?.name).toBe("Docetaxel");
    expect(findAgent("aspirin")).toBeUndefined();
    expect(isAgentCode("bortezomib")).toBe(true);
    expect(isAgentCode("Bortezomib")).toBe(false);
    expect(getAgent("thalidomide").agentClass).toBe("immunomodulatory drug");
  });
});

describe("basisAndSource", () => {
  it("puts the basis before a source that does not name it", () => {
    expect(basisAndSource({ basis: "literature", source: "Four cycles of BEP (germ-cell tumour series)" })).toBe(
      "literature: Four cycles of BEP (germ-cell tumour series)",
    );
  });
  it("says a basis the source opens with once", () => {
    expect(basisAndSource(getAgent("carboplatin").cap!)).toBe(
      "FDA and NCI guidance on Calvert dosing: GFR capped at 125 mL/min, so AUC 6 x 150 = 900 mg",
    );
    expect(basisAndSource({ basis: "local practice", source: "Local practice" })).toBe("Local practice");
  });
  it("names no basis twice for any figure of the library", () => {
    for (const agent of AGENTS)
      for (const figure of [agent.defaultLimit, agent.cap, agent.template].filter((f) => f !== null))
        expect(basisAndSource(figure).toLowerCase().split(figure.basis.toLowerCase()).length).toBeLessThanOrEqual(2);
  });
});
