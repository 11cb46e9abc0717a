import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { notBelowCurrent } from "./reduction";

describe("notBelowCurrent: a reduction goes below the dose given now", () => {
  it("takes a dose below the current one", () => {
    expect(notBelowCurrent(85, 75, "mg/m2")).toBeNull();
    expect(notBelowCurrent(1.3, 1, "mg/m2")).toBeNull();
  });

  it.each([85, 85 + 1e-12, 100])("refuses %s from 85, naming the current dose and the way to keep it", (dose) => {
    expect(notBelowCurrent(85, dose, "mg/m2")).toBe(
      "A reduction must be below the current dose of 85 mg/m2; to keep it, proceed.",
    );
  });

  it("refuses exactly the doses that are not below, whatever the figures", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 5000, noNaN: true }),
        fc.double({ min: 0.01, max: 5000, noNaN: true }),
        (current, dose) => {
          expect(notBelowCurrent(current, dose, "mg") === null).toBe(dose < current - 1e-9);
        },
      ),
    );
  });
});
