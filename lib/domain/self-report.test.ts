import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  activeAgents,
  disagreements,
  examSymptomsOf,
  previousReport,
  selfReportConditions,
  selfReportReasons,
  type SelfReportAnswers,
  type SelfReportFacts,
} from "./self-report";
import { calmAnswers } from "@/lib/testing/self-report-body";
import { agentInCourse, course } from "./testing-fixtures";

const calm = calmAnswers();
const answers = calmAnswers;
const report = (id: string, a: SelfReportAnswers, reportedOn = "2025-01-20", at = "09:00"): SelfReportFacts => ({
  id,
  reportedOn,
  submittedAt: `${reportedOn}T${at}:00.000Z`,
  answers: a,
});

// Six cycles every 14 days from 2025-01-06: the last on 2025-03-17.
const folfox = course("F", [agentInCourse("oxaliplatin", 85)], { given: 1 });
const paclitaxel = course("P", [agentInCourse("paclitaxel", 80)], { start: "2025-01-13", intervalDays: 7, given: 1 });

describe("when a self-report calls for a look (docs/clinical-rules.md, 'Alerts')", () => {
  it("pain 6 of 10 is below the threshold, 7 meets it", () => {
    expect(selfReportReasons(answers({ pain: 6 }), null)).toEqual([]);
    expect(selfReportReasons(answers({ pain: 7 }), null)).toEqual(["pain 7 of 10"]);
  });

  it("any fall meets it, none does not", () => {
    expect(selfReportReasons(answers({ falls: 0 }), null)).toEqual([]);
    expect(selfReportReasons(answers({ falls: 1 }), null)).toEqual(["a fall since the last treatment"]);
    expect(selfReportReasons(answers({ falls: 3 }), null)).toEqual(["3 falls since the last treatment"]);
  });

  it("a 0-4 item up by 1 since the previous report is not enough, up by 2 is", () => {
    const before = answers({ tingling: { feet: 1, hands: 1 } });
    expect(selfReportReasons(answers({ tingling: { feet: 2, hands: 1 } }), before)).toEqual([]);
    expect(selfReportReasons(answers({ tingling: { feet: 1, hands: 3 } }), before)).toEqual([
      "tingling in the hands up from 1 to 3 of 4",
    ]);
  });

  it("each 0-4 item is compared with itself: feet with feet, hands with hands", () => {
    const before = answers({ numbness: { feet: 3, hands: 0 } });
    expect(selfReportReasons(answers({ numbness: { feet: 0, hands: 2 } }), before)).toEqual([
      "numbness in the hands up from 0 to 2 of 4",
    ]);
  });

  it("the first report has nothing to rise from: a high score alone is not a rise", () => {
    expect(selfReportReasons(answers({ numbness: { feet: 4, hands: 4 } }), null)).toEqual([]);
  });

  it("names every reason it meets", () => {
    const before = answers({ numbness: { feet: 0, hands: 0 } });
    expect(selfReportReasons(answers({ pain: 8, falls: 2, numbness: { feet: 2, hands: 0 } }), before)).toEqual([
      "pain 8 of 10",
      "numbness in the feet up from 0 to 2 of 4",
      "2 falls since the last treatment",
    ]);
  });
});

describe("the courses running on the day of a report", () => {
  it("a course counts from its first cycle's day through its last cycle's day", () => {
    expect(activeAgents([folfox], "2025-01-05")).toEqual([]);
    expect(activeAgents([folfox], "2025-01-06")).toEqual(["oxaliplatin"]);
    expect(activeAgents([folfox], "2025-03-17")).toEqual(["oxaliplatin"]);
    expect(activeAgents([folfox], "2025-03-18")).toEqual([]);
  });

  it("a course whose remaining cycles are all given or held is over", () => {
    const done = course("D", [agentInCourse("oxaliplatin", 85)], { cycles: 2, given: 1, statuses: { 2: "held" } });
    expect(activeAgents([done], "2025-01-10")).toEqual([]);
  });

  it("cancelled cycles neither start nor prolong a course", () => {
    const cancelled = course("C", [agentInCourse("oxaliplatin", 85)], { cycles: 2, statuses: { 1: "cancelled" } });
    expect(activeAgents([cancelled], "2025-01-06")).toEqual([]);
  });

  it("gathers the agents of every running course once", () => {
    expect(activeAgents([folfox, paclitaxel, folfox], "2025-01-20").sort()).toEqual(["oxaliplatin", "paclitaxel"]);
  });
});

describe("self-report alerts", () => {
  it("one warning per agent of the running courses, keyed by report and agent", () => {
    const r = report("r1", answers({ pain: 7 }));
    const raised = selfReportConditions(r, null, [folfox, paclitaxel]);
    expect(raised.map((c) => [c.kind, c.severity, c.agent, c.key])).toEqual([
      ["self-report", "warning", "oxaliplatin", "self-report|oxaliplatin|r1"],
      ["self-report", "warning", "paclitaxel", "self-report|paclitaxel|r1"],
    ]);
    expect(raised[0]!.message).toContain("pain 7 of 10");
    expect(raised[0]!.message).toContain("20 Jan 2025");
  });

  it("nothing without a running course, nothing below the thresholds", () => {
    expect(selfReportConditions(report("r1", answers({ falls: 1 }), "2025-06-01"), null, [folfox])).toEqual([]);
    expect(selfReportConditions(report("r1", answers()), null, [folfox])).toEqual([]);
  });

  it("the previous report is the one sent just before, whatever the order given", () => {
    const a = report("a", calm, "2025-01-06");
    const b = report("b", calm, "2025-01-20", "08:00");
    const c = report("c", calm, "2025-01-20", "09:00");
    expect(previousReport(c, [c, a, b])?.id).toBe("b");
    expect(previousReport(a, [c, a, b])).toBeNull();
  });

  const arbAnswers = fc.record({
    numbness: fc.record({ feet: fc.integer({ min: 0, max: 4 }), hands: fc.integer({ min: 0, max: 4 }) }),
    tingling: fc.record({ feet: fc.integer({ min: 0, max: 4 }), hands: fc.integer({ min: 0, max: 4 }) }),
    pain: fc.integer({ min: 0, max: 10 }),
    coldDysesthesia: fc.boolean(),
    balance: fc.boolean(),
    fineMotor: fc.boolean(),
    falls: fc.integer({ min: 0, max: 20 }),
    adlImpact: fc.constantFrom("none", "instrumental", "self-care" as const),
  });

  it("raises for every running agent exactly when a reason holds, never twice per agent", () => {
    fc.assert(
      fc.property(arbAnswers, fc.option(arbAnswers, { nil: null }), (now, before) => {
        const r = report("r", now);
        const prev = before && report("p", before, "2025-01-06");
        const raised = selfReportConditions(r, prev, [folfox, paclitaxel]);
        const reasons = selfReportReasons(now, before);
        expect(raised.length).toBe(reasons.length > 0 ? 2 : 0);
        expect(new Set(raised.map((c) => c.key)).size).toBe(raised.length);
      }),
    );
  });

  it("a report that only falls or stays level with no pain of 7 and no fall raises nothing", () => {
    fc.assert(
      fc.property(arbAnswers, (before) => {
        const lower = {
          ...before,
          pain: Math.min(before.pain, 6),
          falls: 0,
          numbness: { feet: Math.max(0, before.numbness.feet - 1), hands: before.numbness.hands },
        };
        expect(selfReportReasons(lower, before)).toEqual([]);
      }),
    );
  });
});

describe("the answers beside the exam", () => {
  it("each 0-4 symptom at the worse of feet and hands", () => {
    expect(examSymptomsOf(answers({ numbness: { feet: 1, hands: 3 }, tingling: { feet: 2, hands: 0 } }))).toEqual({
      numbness: 3,
      tingling: 2,
      pain: 2,
      coldDysesthesia: true,
      balance: false,
      falls: 0,
      fineMotor: false,
      adlImpact: "none",
    });
  });

  it("lists the fields the nurse recorded differently, skipping those left blank", () => {
    const nurse = {
      numbness: 1,
      tingling: null,
      pain: 5,
      coldDysesthesia: true,
      balance: false,
      falls: 0,
      fineMotor: false,
      adlImpact: "none" as const,
    };
    expect(disagreements(answers({ tingling: { feet: 4, hands: 4 } }), nurse)).toEqual([
      { field: "pain", patient: 2, nurse: 5 },
    ]);
  });
});
