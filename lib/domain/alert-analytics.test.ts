import { describe, expect, it } from "vitest";
import { alertAnalytics, isRuleToRevisit, median, percentile, type AnalyticsAlert } from "./alert-analytics";
import type { Decision } from "./codes";

const RAISED = "2026-03-02T08:00:00.000Z";
const hoursLater = (h: number) => new Date(new Date(RAISED).getTime() + h * 3_600_000).toISOString();

function alert(decision: Decision | null, hours: number | null, over: Partial<AnalyticsAlert> = {}): AnalyticsAlert {
  return {
    kind: "worsening",
    agent: "oxaliplatin",
    raisedOn: "2026-03-02",
    raisedAt: RAISED,
    decision,
    decidedAt: hours === null ? null : hoursLater(hours),
    enteredInError: false,
    ...over,
  };
}

describe("median and nearest-rank percentile", () => {
  it("takes the middle or the mean of the two middle values", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it("p90 of 1..10 is 9, of 1..11 is 10, of one value is that value", () => {
    const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
    expect(percentile(range(10), 0.9)).toBe(9);
    expect(percentile(range(11), 0.9)).toBe(10);
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([], 0.9)).toBeNull();
  });
});

describe("alertAnalytics", () => {
  const alerts = [
    alert("proceed", 1),
    alert("proceed", 2),
    alert("reduce", 4),
    alert(null, null),
    alert(null, null, { enteredInError: true }),
    alert("hold", 10, { kind: "grade-hold", raisedOn: "2026-04-01" }),
  ];
  const result = alertAnalytics(alerts, { "2026-03": 40, "2026-04": 10 });

  it("counts per kind and agent, per 100 exams, the proceed share of the decided and the hours to decide", () => {
    expect(result.assessments).toBe(50);
    expect(result.rows[0]).toEqual({
      kind: "worsening",
      agent: "oxaliplatin",
      raised: 5,
      per100Assessments: 10, // 5 of 50 exams
      acknowledged: 3,
      proceedShare: 0.667, // 2 of the 3 decided
      medianHoursToDecision: 2,
      p90HoursToDecision: 4,
      enteredInErrorShare: 0.2,
    });
    expect(result.rows[1]).toMatchObject({ kind: "grade-hold", raised: 1, proceedShare: 0, medianHoursToDecision: 10 });
  });

  it("trends by month", () => {
    expect(result.months).toEqual([
      { month: "2026-03", assessments: 40, raised: 5, per100Assessments: 12.5, acknowledged: 3, proceedShare: 0.667 },
      { month: "2026-04", assessments: 10, raised: 1, per100Assessments: 10, acknowledged: 1, proceedShare: 0 },
    ]);
  });

  it("has no rate without exams and no share without decisions", () => {
    const none = alertAnalytics([alert(null, null)], {});
    expect(none.rows[0]).toMatchObject({ per100Assessments: null, proceedShare: null, medianHoursToDecision: null });
  });
});

describe("rules to revisit: 50 or more alerts and 90% or more decided proceed", () => {
  it("takes 50 alerts, not 49", () => {
    expect(isRuleToRevisit({ raised: 50, proceedShare: 0.9 })).toBe(true);
    expect(isRuleToRevisit({ raised: 49, proceedShare: 1 })).toBe(false);
  });

  it("takes 90%, not 89.9%, and never an undecided rule", () => {
    expect(isRuleToRevisit({ raised: 200, proceedShare: 0.899 })).toBe(false);
    expect(isRuleToRevisit({ raised: 200, proceedShare: null })).toBe(false);
  });

  it("lists the rows that meet both", () => {
    const many = [
      ...Array.from({ length: 45 }, () => alert("proceed", 1)),
      ...Array.from({ length: 5 }, () => alert("reduce", 1)),
      ...Array.from({ length: 60 }, () => alert("proceed", 1, { kind: "dose-approaching" })),
    ];
    expect(alertAnalytics(many, { "2026-03": 100 }).revisit).toEqual([
      { kind: "dose-approaching", agent: "oxaliplatin", raised: 60, proceedShare: 1 },
      { kind: "worsening", agent: "oxaliplatin", raised: 50, proceedShare: 0.9 },
    ]);
  });
});
