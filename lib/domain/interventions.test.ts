import { describe, expect, it } from "vitest";
import { CRYOTHERAPY_WITH_OXALIPLATIN, INTERVENTION_KINDS, interventionWarnings } from "./interventions";

describe("interventionWarnings", () => {
  it("warns about cryotherapy when oxaliplatin is in any course", () => {
    expect(interventionWarnings("cryotherapy", ["bortezomib", "oxaliplatin"])).toEqual([CRYOTHERAPY_WITH_OXALIPLATIN]);
  });

  it("says nothing about cryotherapy with a taxane, or any other kind with oxaliplatin", () => {
    expect(interventionWarnings("cryotherapy", ["paclitaxel"])).toEqual([]);
    for (const kind of INTERVENTION_KINDS.filter((k) => k !== "cryotherapy")) {
      expect(interventionWarnings(kind, ["oxaliplatin"])).toEqual([]);
    }
  });
});
