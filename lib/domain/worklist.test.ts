import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SEVERITIES, type Severity } from "./codes";
import { URGENCIES, WORKLIST_FILTERS, inWorklistView, urgencyOf, worklistOrder, type WorklistPlace } from "./worklist";

describe("how urgent a cycle on the worklist is", () => {
  it.each([
    { severities: ["critical"], assessed: true, expected: "critical", title: "a critical alert, even after the exam" },
    {
      severities: ["warning", "critical"],
      assessed: false,
      expected: "critical",
      title: "a critical alert beside a warning",
    },
    { severities: ["warning"], assessed: true, expected: "warning", title: "a warning, even after the exam" },
    { severities: ["info", "warning"], assessed: false, expected: "warning", title: "a warning beside an info alert" },
    { severities: [], assessed: false, expected: "unassessed", title: "no alert and no exam yet" },
    { severities: ["info"], assessed: false, expected: "unassessed", title: "only an info alert and no exam yet" },
    { severities: ["info"], assessed: true, expected: "rest", title: "only an info alert, examined" },
    { severities: [], assessed: true, expected: "rest", title: "no alert, examined" },
  ] as const)("$title: $expected", ({ severities, assessed, expected }) => {
    expect(urgencyOf({ openAlertSeverities: severities, assessed })).toBe(expected);
  });
});

const place = (
  urgency: WorklistPlace["urgency"],
  appointmentTime: string | null,
  name = "Doe, Ann",
  held = false,
): WorklistPlace => ({
  urgency,
  appointmentTime,
  name,
  held,
});

describe("the worklist's order", () => {
  it("puts urgency before time: a critical patient at 15:00 comes before a warning at 08:00", () => {
    expect(worklistOrder(place("critical", "15:00"), place("warning", "08:00"))).toBeLessThan(0);
  });

  it("orders by appointment time within one urgency, to the minute", () => {
    expect(worklistOrder(place("rest", "08:59"), place("rest", "09:00"))).toBeLessThan(0);
    expect(worklistOrder(place("rest", "09:01"), place("rest", "09:00"))).toBeGreaterThan(0);
  });

  it("puts a cycle without a time after those with one, however late", () => {
    expect(worklistOrder(place("unassessed", null), place("unassessed", "23:59"))).toBeGreaterThan(0);
    expect(worklistOrder(place("unassessed", "23:59"), place("unassessed", null))).toBeLessThan(0);
  });

  it("puts a hold first within one urgency, before an earlier appointment, never before a more urgent row", () => {
    expect(worklistOrder(place("rest", "15:00", "Doe, Ann", true), place("rest", "08:00"))).toBeLessThan(0);
    expect(worklistOrder(place("unassessed", "08:00"), place("rest", "08:00", "Doe, Ann", true))).toBeLessThan(0);
  });

  it("breaks a tie of urgency and time by name", () => {
    expect(worklistOrder(place("rest", "10:00", "Adams, Eve"), place("rest", "10:00", "Brown, Tom"))).toBeLessThan(0);
    expect(worklistOrder(place("rest", null, "Brown, Tom"), place("rest", null, "Adams, Eve"))).toBeGreaterThan(0);
    expect(worklistOrder(place("rest", null, "Adams, Eve"), place("rest", null, "Adams, Eve"))).toBe(0);
  });

  const arbPlace = fc.record({
    urgency: fc.constantFrom(...URGENCIES),
    appointmentTime: fc.option(
      fc
        .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
        .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`),
    ),
    name: fc.constantFrom("Adams, Eve", "Brown, Tom", "Chen, Li", "Doe, Ann"),
    held: fc.boolean(),
  });

  it("is a consistent order: antisymmetric and transitive, whatever the rows", () => {
    fc.assert(
      fc.property(arbPlace, arbPlace, arbPlace, (a, b, c) => {
        expect(Math.sign(worklistOrder(a, b))).toBe(-Math.sign(worklistOrder(b, a)) || 0);
        if (worklistOrder(a, b) <= 0 && worklistOrder(b, c) <= 0) expect(worklistOrder(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it("never lets a less urgent row come before a more urgent one once sorted", () => {
    fc.assert(
      fc.property(fc.array(arbPlace, { maxLength: 30 }), (rows) => {
        const ranks = [...rows].sort(worklistOrder).map((r) => URGENCIES.indexOf(r.urgency));
        expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
      }),
    );
  });
});

describe("the worklist's views", () => {
  const facts = { assessed: false, openAlertSeverities: [] as Severity[], held: false };

  it("shows every cycle under all", () => {
    expect(inWorklistView(facts, "all")).toBe(true);
    expect(inWorklistView({ assessed: true, openAlertSeverities: ["critical"], held: true }, "all")).toBe(true);
  });

  it("shows under not yet assessed only the cycles without their exam", () => {
    expect(inWorklistView(facts, "not-assessed")).toBe(true);
    expect(inWorklistView({ ...facts, assessed: true }, "not-assessed")).toBe(false);
  });

  it("shows under has alerts a patient with one critical or warning alert, not one with none or only info", () => {
    expect(inWorklistView({ ...facts, openAlertSeverities: ["critical"] }, "alerts")).toBe(true);
    expect(inWorklistView({ ...facts, openAlertSeverities: ["info", "warning"] }, "alerts")).toBe(true);
    expect(inWorklistView({ ...facts, openAlertSeverities: ["info"] }, "alerts")).toBe(false);
    expect(inWorklistView(facts, "alerts")).toBe(false);
  });

  it("shows under held only what is held", () => {
    expect(inWorklistView({ ...facts, held: true }, "held")).toBe(true);
    expect(inWorklistView(facts, "held")).toBe(false);
  });

  it("never shows under a narrower view what all leaves out", () => {
    fc.assert(
      fc.property(
        fc.record({
          assessed: fc.boolean(),
          openAlertSeverities: fc.array(fc.constantFrom(...SEVERITIES), { maxLength: 3 }),
          held: fc.boolean(),
        }),
        fc.constantFrom(...WORKLIST_FILTERS),
        (f, filter) => {
          if (inWorklistView(f, filter)) expect(inWorklistView(f, "all")).toBe(true);
        },
      ),
    );
  });
});
