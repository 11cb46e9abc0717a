import { describe, expect, it } from "vitest";
import { cycleStatusWords } from "@/components/patient/format";

describe("cycleStatusWords: a cycle's state as the chair's header and the worklist say it", () => {
  it("says the stored state when it is not given", () => {
    expect(cycleStatusWords("planned", { given: [], toGive: ["cisplatin"] })).toBe("planned");
    expect(cycleStatusWords("held", { given: [], toGive: [] })).toBe("held");
  });

  it("says given once every agent to give has its dose", () => {
    expect(cycleStatusWords("given", { given: ["cisplatin", "paclitaxel"], toGive: [] })).toBe("given");
  });

  it("names what is given and what is still to give when one agent of two is given", () => {
    expect(cycleStatusWords("given", { given: ["cisplatin"], toGive: ["paclitaxel"] })).toBe(
      "given: Cisplatin · still to give: Paclitaxel",
    );
  });

  it("says no dose counts when the cycle's only dose was entered in error", () => {
    expect(cycleStatusWords("given", { given: [], toGive: ["cisplatin"] })).toBe(
      "no dose counts · still to give: Cisplatin",
    );
  });
});
