import { describe, expect, it } from "vitest";
import { examDateRefusal } from "./exam-date";

const cycle5 = { number: 5, date: "2026-12-03" };
const cycle4 = { number: 4, date: "2026-11-12" };

describe("examDateRefusal: an exam of a cycle comes after the cycle before it was given", () => {
  it("accepts the cycle's own day and any day after the last cycle given", () => {
    expect(examDateRefusal("2026-12-03", cycle5, cycle4)).toBeNull();
    expect(examDateRefusal("2026-11-13", cycle5, cycle4)).toBeNull();
  });

  it("refuses a month slipped by one key, naming the cycle given and its day", () => {
    expect(examDateRefusal("2026-01-03", cycle5, cycle4)).toBe(
      "3 Jan 2026 is not after cycle 4, given on 12 Nov 2026: an exam of cycle 5 is taken after the cycle before it. Check the date.",
    );
  });

  it("refuses the day of the last cycle given: that exam was before its infusion", () => {
    expect(examDateRefusal("2026-11-12", cycle5, cycle4)).not.toBeNull();
  });

  it("accepts any day for a cycle with none given before it", () => {
    expect(examDateRefusal("2025-06-01", { number: 1, date: "2026-12-03" }, null)).toBeNull();
  });
});
