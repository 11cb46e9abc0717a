import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shiftDay } from "@/lib/dates";
import {
  finishedAgents,
  followUpsOf,
  isOverdue,
  lastDoseSpans,
  meetsDueDate,
  monthsAfter,
  FOLLOW_UP_WINDOW_DAYS,
  type GradedExam,
} from "./follow-ups";

const dueDays = (exams: GradedExam[], until = "2030-12-31", lastDoseOn = "2026-01-15") =>
  followUpsOf("oxaliplatin", lastDoseOn, exams, until).map((f) => f.dueOn);

describe("monthsAfter: calendar months, clamped to the month's end", () => {
  it("keeps the day of the month when it exists", () => {
    expect(monthsAfter("2026-01-15", 1)).toBe("2026-02-15");
    expect(monthsAfter("2026-01-15", 12)).toBe("2027-01-15");
  });

  it("falls on the last day of a shorter month", () => {
    expect(monthsAfter("2026-01-31", 1)).toBe("2026-02-28");
    expect(monthsAfter("2027-01-31", 1)).toBe("2027-02-28");
    expect(monthsAfter("2028-01-31", 1)).toBe("2028-02-29"); // leap year
    expect(monthsAfter("2026-08-31", 3)).toBe("2026-11-30");
    expect(monthsAfter("2026-03-31", 6)).toBe("2026-09-30");
  });

  it("crosses the year", () => {
    expect(monthsAfter("2026-11-30", 3)).toBe("2027-02-28");
  });
});

describe("meetsDueDate: an exam within 14 days either side", () => {
  it("meets it exactly 14 days before or after", () => {
    expect(FOLLOW_UP_WINDOW_DAYS).toBe(14);
    expect(meetsDueDate("2026-03-15", "2026-03-01")).toBe(true);
    expect(meetsDueDate("2026-03-15", "2026-03-29")).toBe(true);
    expect(meetsDueDate("2026-03-15", "2026-03-15")).toBe(true);
  });

  it("does not at 15 days", () => {
    expect(meetsDueDate("2026-03-15", "2026-02-28")).toBe(false);
    expect(meetsDueDate("2026-03-15", "2026-03-30")).toBe(false);
  });

  it("counts calendar days across a month end and a leap day", () => {
    expect(meetsDueDate("2028-02-28", "2028-03-13")).toBe(true); // 29 Feb in between: 14 days
    expect(meetsDueDate("2028-02-28", "2028-03-14")).toBe(false);
  });
});

describe("followUpsOf: 1, 3, 6 and 12 months, then yearly while the grade is 1 or more", () => {
  it("is due at 1, 3, 6 and 12 months, and stops there when the latest grade is 0", () => {
    expect(dueDays([{ assessedOn: "2026-12-20", grade: 0 }])).toEqual([
      "2026-02-15",
      "2026-04-15",
      "2026-07-15",
      "2027-01-15",
    ]);
  });

  it("goes on yearly while the latest grade is 1 or more", () => {
    expect(dueDays([{ assessedOn: "2027-01-10", grade: 1 }], "2029-06-01")).toEqual([
      "2026-02-15",
      "2026-04-15",
      "2026-07-15",
      "2027-01-15",
      "2028-01-15",
      "2029-01-15",
    ]);
  });

  it("lists only what is due by `until`", () => {
    expect(dueDays([], "2026-04-14")).toEqual(["2026-02-15"]);
    expect(dueDays([], "2026-04-15")).toEqual(["2026-02-15", "2026-04-15"]);
  });

  it("is met by an exam after the last dose within 14 days of the due date, and only by such", () => {
    const exams = [
      { assessedOn: "2026-01-15", grade: 2 }, // the last cycle's exam, same day as the dose
      { assessedOn: "2026-03-01", grade: 2 }, // 14 days after 15 Feb
      { assessedOn: "2026-03-31", grade: 1 }, // 15 days before 15 Apr
    ];
    const [oneMonth, threeMonths] = followUpsOf("oxaliplatin", "2026-01-15", exams, "2026-05-01");
    expect(oneMonth!.metOn).toBe("2026-03-01");
    expect(threeMonths!.metOn).toBeNull();
  });

  it("does not count an exam on or before the last dose, even within the window", () => {
    const [oneMonth] = followUpsOf("oxaliplatin", "2026-02-10", [{ assessedOn: "2026-02-10", grade: 1 }], "2026-03-10");
    expect(oneMonth!.dueOn).toBe("2026-03-10");
    expect(oneMonth!.metOn).toBeNull();
  });

  it("notes coasting for platinum agents in the first three months only", () => {
    const coasting = (agent: "oxaliplatin" | "cisplatin" | "carboplatin" | "paclitaxel") =>
      followUpsOf(agent, "2026-01-15", [], "2027-01-15").map((f) => f.coasting);
    expect(coasting("oxaliplatin")).toEqual([true, true, false, false]);
    expect(coasting("cisplatin")).toEqual([true, true, false, false]);
    expect(coasting("carboplatin")).toEqual([true, true, false, false]);
    expect(coasting("paclitaxel")).toEqual([false, false, false, false]);
  });

  it("says why each is due", () => {
    const reasons = followUpsOf("cisplatin", "2026-01-15", [{ assessedOn: "2027-01-15", grade: 2 }], "2028-01-15").map(
      (f) => f.reason,
    );
    expect(reasons[0]).toBe("1 month after the last cisplatin dose.");
    expect(reasons[4]).toMatch(/^Yearly follow-up, 24 months after the last cisplatin dose/);
  });

  it("due dates are in order, after the last dose, and each one at most once met (property)", () => {
    const dayArb = fc
      .date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        dayArb,
        fc.array(fc.record({ assessedOn: dayArb, grade: fc.integer({ min: 0, max: 4 }) })),
        (last, exams) => {
          const list = followUpsOf("oxaliplatin", last, exams, "2036-12-31");
          const days = list.map((f) => f.dueOn);
          expect(days).toEqual([...days].sort());
          expect(new Set(days).size).toBe(days.length);
          for (const f of list) {
            expect(f.dueOn > last).toBe(true);
            if (f.metOn) expect(f.metOn > last && meetsDueDate(f.dueOn, f.metOn)).toBe(true);
          }
        },
      ),
    );
  });
});

describe("lastDoseSpans: the last-dose days whose follow-ups can fall due in a period", () => {
  const dayArb = fc
    .date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const within = (spans: { from: string; to: string }[], dayOn: string) =>
    spans.some((s) => s.from <= dayOn && dayOn <= s.to);

  it("maps one day onto the days 1, 3, 6, 12 and every 12 more months before it, back to the first dose", () => {
    expect(lastDoseSpans("2026-03-15", "2026-03-15", "2023-06-01")).toEqual(
      ["2024-03-15", "2025-03-15", "2025-09-15", "2025-12-15", "2026-02-15"].map((d) => ({ from: d, to: d })),
    );
  });

  it("takes every last dose that a month's end clamps onto the day, and none when no day maps there", () => {
    // 28 to 31 January are all due a month later on 28 February 2026.
    expect(lastDoseSpans("2026-02-28", "2026-02-28", "2026-01-01")).toEqual([{ from: "2026-01-28", to: "2026-01-31" }]);
    // Nothing is due a month after a day of February on 29 to 31 March.
    expect(lastDoseSpans("2026-03-29", "2026-03-31", "2026-02-01")).toEqual([]);
  });

  it("holds every last dose with a follow-up due in the period, and no other (property)", () => {
    fc.assert(
      fc.property(
        dayArb,
        dayArb,
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 4000 }),
        fc.array(fc.record({ assessedOn: dayArb, grade: fc.integer({ min: 0, max: 4 }) }), { maxLength: 4 }),
        (earliest, from, length, offset, exams) => {
          const to = shiftDay(from, length);
          const last = shiftDay(earliest, offset);
          const spans = lastDoseSpans(from, to, earliest);
          if (followUpsOf("cisplatin", last, exams, to).some((f) => f.dueOn >= from))
            expect(within(spans, last)).toBe(true);
          if (within(spans, last)) {
            const months = [1, 3, 6, 12, ...Array.from({ length: 20 }, (_, i) => 24 + 12 * i)];
            expect(months.some((m) => from <= monthsAfter(last, m) && monthsAfter(last, m) <= to)).toBe(true);
          }
        },
      ),
    );
  });
});

describe("finishedAgents: the last dose of agents with no cycle still planned", () => {
  it("takes the latest dose not entered in error", () => {
    expect(
      finishedAgents(
        [{ agents: ["oxaliplatin"], cycles: [{ status: "given" }, { status: "cancelled" }] }],
        [
          { agent: "oxaliplatin", givenOn: "2026-01-01", enteredInError: false },
          { agent: "oxaliplatin", givenOn: "2026-01-15", enteredInError: false },
          { agent: "oxaliplatin", givenOn: "2026-01-29", enteredInError: true },
        ],
      ),
    ).toEqual([{ agent: "oxaliplatin", lastDoseOn: "2026-01-15" }]);
  });

  it("leaves out an agent with a cycle still planned in any course that includes it", () => {
    expect(
      finishedAgents(
        [
          { agents: ["paclitaxel", "carboplatin"], cycles: [{ status: "given" }] },
          { agents: ["paclitaxel"], cycles: [{ status: "given" }, { status: "planned" }] },
        ],
        [
          { agent: "paclitaxel", givenOn: "2026-01-01", enteredInError: false },
          { agent: "carboplatin", givenOn: "2026-01-01", enteredInError: false },
        ],
      ),
    ).toEqual([{ agent: "carboplatin", lastDoseOn: "2026-01-01" }]);
  });
});

describe("isOverdue", () => {
  it("is overdue the day after its due date when not met", () => {
    expect(isOverdue({ dueOn: "2026-03-01", metOn: null }, "2026-03-01")).toBe(false);
    expect(isOverdue({ dueOn: "2026-03-01", metOn: null }, "2026-03-02")).toBe(true);
    expect(isOverdue({ dueOn: "2026-03-01", metOn: "2026-03-01" }, "2026-04-02")).toBe(false);
  });
});
