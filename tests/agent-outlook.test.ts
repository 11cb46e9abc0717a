// Where the planned cycles take an agent's cumulative dose, in the sentence of the patient page's
// "Dose and trend" (components/patient/agent-outlook.tsx, outlook): a dose that takes the total past
// the limit is said to pass it, never to reach it.
import { describe, expect, it } from "vitest";
import type { AgentTrend, DoseStep } from "@/components/charts/trend-data";
import { outlook } from "@/components/patient/agent-outlook";

const step = (given: number | null, projected: number | null): DoseStep => ({
  t: Date.parse("2026-12-02T00:00:00Z"),
  date: "2026-12-02",
  label: "Planned: cycle 7 of mFOLFOX6",
  given,
  projected,
});

const trend = (reachesLimit: DoseStep | null): AgentTrend => ({
  code: "oxaliplatin",
  name: "Oxaliplatin",
  unit: "mg/m2",
  limit: 850,
  warnAt: 680,
  exams: [],
  steps: reachesLimit ? [reachesLimit] : [],
  reductions: [],
  reachesLimit,
  cumulative: 780,
  projectedTotal: 910,
});

describe("outlook: the limit reached or passed", () => {
  it("says a planned dose would pass the limit, and to what total", () => {
    expect(outlook(trend(step(null, 910)))).toBe(
      "The cumulative dose would pass the limit of 850 mg/m² on 2 Dec 2026 (Planned: cycle 7 of mFOLFOX6), to 910 mg/m² (107%).",
    );
  });
  it("says a planned dose landing on the limit would reach it", () => {
    expect(outlook(trend(step(null, 850)))).toBe(
      "The cumulative dose would reach the limit of 850 mg/m² on 2 Dec 2026 (Planned: cycle 7 of mFOLFOX6).",
    );
  });
  it("says a dose given past the limit passed it", () => {
    expect(outlook(trend(step(910, null)))).toMatch(
      /^The cumulative dose passed the limit of 850 mg\/m² .*, to 910 mg\/m² \(107%\)\.$/,
    );
  });
});
