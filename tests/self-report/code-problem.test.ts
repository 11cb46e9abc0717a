// What the patient is told of a code typed wrong on /report (lib/schemas/self-report.ts, codeProblem).
import { describe, expect, it } from "vitest";
import { codeProblem, selfReportCode } from "@/lib/schemas/self-report";

describe("codeProblem: a code typed wrong, in words for the patient", () => {
  it("counts what was typed when the length is wrong, spaces and case aside", () => {
    expect(codeProblem("abc")).toBe("The code has 8 letters and digits; this has 3.");
    expect(codeProblem("ACEF GHJK M")).toBe("The code has 8 letters and digits; this has 9.");
  });

  it("names the look-alikes a code never holds, once each, when the length is right", () => {
    expect(selfReportCode.safeParse("ABCD 2345").success).toBe(false);
    expect(codeProblem("ABCD 2345")).toBe(
      "A code never holds B, D, 2, 5: codes leave out letters and digits that look alike, such as O and 0, or S and 5. Check each one against the slip.",
    );
    expect(codeProblem("0o0o ACEF")).toMatch(/^A code never holds 0, O:/);
  });
});
