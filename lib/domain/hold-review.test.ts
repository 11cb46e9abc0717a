import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sinceHold, RESUMES_AT_GRADE, type HoldExam } from "./hold-review";

/** An exam of `assessedOn`, saved at `time` that day (UTC). */
const exam = (assessedOn: string, grade: number, time = "09:00"): HoldExam => ({
  assessedOn,
  grade,
  recordedAt: `${assessedOn}T${time}:00.000Z`,
});
const HELD_AT = "2026-11-18T11:00:00.000Z";

describe("sinceHold: the grade the hold was decided on, and the grade now", () => {
  it("takes the latest exam saved before the hold, and the latest exam when saved after it", () => {
    const exams = [exam("2026-11-18", 3), exam("2026-11-04", 2), exam("2026-12-02", 2), exam("2026-11-25", 3)];
    expect(sinceHold(exams, HELD_AT)).toEqual({
      atHold: exam("2026-11-18", 3),
      latest: exam("2026-12-02", 2),
      settled: false,
    });
  });

  it("calls a hold settled once the latest exam is grade 1 or less, below the grade it was decided on", () => {
    const held = [exam("2026-11-18", 3)];
    expect(sinceHold([...held, exam("2026-12-02", 1)], HELD_AT).settled).toBe(true);
    expect(sinceHold([...held, exam("2026-12-02", 0)], HELD_AT).settled).toBe(true);
    expect(sinceHold([...held, exam("2026-12-02", 2)], HELD_AT).settled).toBe(false);
  });

  it("counts a re-exam of the day of the hold, saved after it, as since the hold", () => {
    const exams = [exam("2026-11-18", 2), exam("2026-11-18", 1, "15:00")];
    expect(sinceHold(exams, HELD_AT)).toEqual({ atHold: exams[0], latest: exams[1], settled: true });
  });

  it("does not take an exam entered late for a day before the last one as the grade now", () => {
    const exams = [exam("2026-11-18", 3), { ...exam("2026-11-10", 0), recordedAt: "2026-11-20T09:00:00.000Z" }];
    expect(sinceHold(exams, HELD_AT)).toMatchObject({ latest: null, settled: false });
  });

  it("waits for grade 0 after a hold decided at grade 1 (thalidomide restarts only back at baseline)", () => {
    const held = [exam("2026-11-18", 1)];
    expect(sinceHold([...held, exam("2026-12-02", 1)], HELD_AT).settled).toBe(false);
    expect(sinceHold([...held, exam("2026-12-02", 0)], HELD_AT).settled).toBe(true);
  });

  it("is not settled with no exam since the hold", () => {
    expect(sinceHold([exam("2026-11-18", 3)], HELD_AT)).toMatchObject({ latest: null, settled: false });
    expect(sinceHold([], HELD_AT)).toEqual({ atHold: null, latest: null, settled: false });
  });

  it("reads a hold decided with no exam before it as settled at grade 1 or less", () => {
    expect(sinceHold([exam("2026-12-02", 1)], HELD_AT)).toMatchObject({ atHold: null, settled: true });
  });

  it("never calls settled a latest exam above grade 1, one no better than at the hold, or one saved before it", () => {
    const instant = fc
      .integer({ min: Date.parse("2026-11-01"), max: Date.parse("2026-12-01") })
      .map((ms) => new Date(ms).toISOString());
    const examArb = fc.record({ recordedAt: instant, grade: fc.integer({ min: 0, max: 4 }) }).map((e) => ({
      ...e,
      assessedOn: e.recordedAt.slice(0, 10),
    }));
    fc.assert(
      fc.property(fc.array(examArb, { maxLength: 8 }), instant, (list, heldAt) => {
        const { atHold, latest, settled } = sinceHold(list, heldAt);
        if (atHold) expect(atHold.recordedAt <= heldAt).toBe(true);
        if (!settled) return;
        expect(latest!.grade).toBeLessThanOrEqual(RESUMES_AT_GRADE);
        expect(latest!.recordedAt > heldAt).toBe(true);
        if (atHold) expect(latest!.grade).toBeLessThan(atHold.grade);
      }),
    );
  });
});
