import { describe, expect, it } from "vitest";
import { valueText } from "@/components/admin/audit-words";

describe("an audit value as an auditor reads it", () => {
  it("writes days and instants as every page does, never ISO", () => {
    expect(valueText("2025-12-02")).toBe("2 Dec 2025");
    expect(valueText({ from: "2025-12-02", to: "2026-12-01" })).toBe("from: 2 Dec 2025, to: 1 Dec 2026");
    expect(valueText("2026-12-01T13:05:00.000Z")).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it("leaves other text as it is, and says nothing as a dash", () => {
    expect(valueText("2026-12-01 is the day")).toBe("2026-12-01 is the day");
    expect(valueText(null)).toBe("—");
    expect(valueText([])).toBe("none");
  });

  it("leaves text shaped like a day or an instant that is none as it was written", () => {
    // Free text may hold anything (tests/security/fuzz.test.ts writes these into a patient's name).
    for (const text of ["9999-99-99", "2026-02-30", "0000-00-00", "2026-02-29T25:61:00Z"])
      expect(valueText(text)).toBe(text);
  });
});
