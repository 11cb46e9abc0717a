import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  kaplanMeier,
  medianTime,
  monthsBetween,
  numberAtRisk,
  recoveryPoints,
  survivalAt,
  timeToRecovery,
  type Observation,
} from "./recovery";

describe("kaplanMeier against a hand-computed example", () => {
  // Seven patients, days from the last dose to grade <= 1 (E: event) or to the last exam (C: censored):
  //   30 E, 60 C, 60 E, 90 E, 120 C, 150 E, 200 C
  const observations: Observation[] = [
    { time: 30, event: true },
    { time: 60, event: false },
    { time: 60, event: true },
    { time: 90, event: true },
    { time: 120, event: false },
    { time: 150, event: true },
    { time: 200, event: false },
  ];
  // By hand, S(t) = product over event times of (1 - d/n):
  //   t=30:  n=7, d=1          S = 6/7                    = 0.857142...
  //   t=60:  n=6, d=1, c=1     S = 6/7 x 5/6 = 5/7        = 0.714285...  (censored at 60 still at risk at 60)
  //   t=90:  n=4, d=1          S = 5/7 x 3/4 = 15/28      = 0.535714...
  //   t=120: n=3, d=0, c=1     S = 15/28 (no event, no drop)
  //   t=150: n=2, d=1          S = 15/28 x 1/2 = 15/56    = 0.267857...
  //   t=200: n=1, d=0, c=1     S = 15/56
  // Median: the first time S <= 0.5, so 150 days.
  const steps = kaplanMeier(observations);

  it("has one step per distinct time with who was at risk, the events and the censored", () => {
    expect(steps.map((s) => [s.time, s.atRisk, s.events, s.censored])).toEqual([
      [30, 7, 1, 0],
      [60, 6, 1, 1],
      [90, 4, 1, 0],
      [120, 3, 0, 1],
      [150, 2, 1, 0],
      [200, 1, 0, 1],
    ]);
  });

  it("multiplies (1 - d/n) at each event time", () => {
    const expected = [6 / 7, 5 / 7, 15 / 28, 15 / 28, 15 / 56, 15 / 56];
    steps.forEach((s, i) => expect(s.survival).toBeCloseTo(expected[i]!, 12));
  });

  it("reads the median, the estimate at a time and the number at risk", () => {
    expect(medianTime(steps)).toBe(150);
    expect(survivalAt(steps, 0)).toBe(1);
    expect(survivalAt(steps, 100)).toBeCloseTo(15 / 28, 12);
    expect(numberAtRisk(observations, 0)).toBe(7);
    expect(numberAtRisk(observations, 90)).toBe(4);
    expect(numberAtRisk(observations, 201)).toBe(0);
  });

  it("has no median when fewer than half had the event", () => {
    expect(
      medianTime(
        kaplanMeier([
          { time: 10, event: true },
          { time: 20, event: false },
          { time: 30, event: false },
        ]),
      ),
    ).toBeNull();
  });

  it("never rises, stays within [0, 1], and with no censoring equals the share still without the event (property)", () => {
    const obs = fc.array(fc.record({ time: fc.integer({ min: 0, max: 50 }), event: fc.boolean() }), { maxLength: 40 });
    fc.assert(
      fc.property(obs, (list) => {
        const s = kaplanMeier(list).map((x) => x.survival);
        s.forEach((v, i) => {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
          if (i > 0) expect(v).toBeLessThanOrEqual(s[i - 1]! + 1e-12);
        });
        const allEvents = list.map((o) => ({ ...o, event: true }));
        for (const step of kaplanMeier(allEvents)) {
          expect(step.survival).toBeCloseTo(allEvents.filter((o) => o.time > step.time).length / allEvents.length, 9);
        }
      }),
    );
  });
});

describe("recovery of one patient and agent", () => {
  const lastDoseOn = "2026-01-15";
  const exams = [
    { assessedOn: "2025-12-15", grade: 1 },
    { assessedOn: "2026-01-15", grade: 1 }, // exam at the last cycle
    { assessedOn: "2026-02-16", grade: 2 }, // coasting
    { assessedOn: "2026-04-15", grade: 2 },
    { assessedOn: "2026-07-15", grade: 1 },
  ];

  it("plots the exam at the last dose and every exam after it, in months", () => {
    const points = recoveryPoints(lastDoseOn, exams);
    expect(points.map((p) => p.assessedOn)).toEqual(["2026-01-15", "2026-02-16", "2026-04-15", "2026-07-15"]);
    expect(points[0]!.months).toBe(0);
    expect(points[3]!.months).toBeCloseTo(181 / 30.436875, 9);
    expect(monthsBetween("2026-01-15", "2027-01-15")).toBeCloseTo(12, 1);
  });

  it("counts the days to the first grade <= 1 after a grade of 2 or more", () => {
    expect(timeToRecovery(lastDoseOn, exams)).toEqual({ time: 181, event: true });
  });

  it("is censored at the last exam when the grade has not come down", () => {
    expect(timeToRecovery(lastDoseOn, exams.slice(0, 4))).toEqual({ time: 90, event: false });
  });

  it("leaves out an agent whose grade never reached 2, or with no exam after the last dose", () => {
    expect(timeToRecovery(lastDoseOn, exams.slice(0, 2))).toBeNull();
    expect(timeToRecovery(lastDoseOn, [{ assessedOn: "2026-01-15", grade: 3 }])).toBeNull();
    expect(timeToRecovery(lastDoseOn, [{ assessedOn: "2026-03-01", grade: 1 }])).toBeNull();
  });
});
