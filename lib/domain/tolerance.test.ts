import { describe, expect, it } from "vitest";
import { TOLERANCE, exceeds, reached } from "./tolerance";

describe("limits compare with a tolerance of 1e-9", () => {
  it("uses 1e-9", () => {
    expect(TOLERANCE).toBe(1e-9);
  });

  it.each([
    { value: 850, threshold: 850, expected: true, title: "exactly at the limit has reached it" },
    { value: 850 - 1e-10, threshold: 850, expected: true, title: "within 1e-9 below the limit has reached it" },
    { value: 850 - 1e-6, threshold: 850, expected: false, title: "1e-6 below the limit has not reached it" },
    { value: 849, threshold: 850, expected: false, title: "one unit below the limit has not reached it" },
    { value: 851, threshold: 850, expected: true, title: "above the limit has reached it" },
    { value: 0.1 + 0.2, threshold: 0.3, expected: true, title: "0.1 + 0.2 has reached 0.3 despite rounding" },
  ])("reached: $title", ({ value, threshold, expected }) => {
    expect(reached(value, threshold)).toBe(expected);
  });

  it.each([
    { value: 2, threshold: 2, expected: false, title: "exactly at the cap is not above it" },
    { value: 2 + 1e-10, threshold: 2, expected: false, title: "within 1e-9 above the cap is not above it" },
    { value: 2 + 1e-6, threshold: 2, expected: true, title: "1e-6 above the cap is above it" },
    { value: 2.6, threshold: 2, expected: true, title: "2.6 is above a cap of 2" },
    { value: 1.9, threshold: 2, expected: false, title: "below the cap is not above it" },
  ])("exceeds: $title", ({ value, threshold, expected }) => {
    expect(exceeds(value, threshold)).toBe(expected);
  });
});
