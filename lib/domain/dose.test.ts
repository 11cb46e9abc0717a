import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AgentCode } from "./agents";
import {
  absoluteMg,
  bodySurfaceArea,
  byTimeGiven,
  capInForce,
  checkDoseCap,
  checkPlannedCycle,
  plannedBefore,
  countingDoses,
  cumulativeBeforeExam,
  cumulativeByAgent,
  cumulativeDose,
  cumulativeWithNextCycle,
  doseAmount,
  judgeDose,
  nextPlannedCycle,
  plannedDose,
} from "./dose";
import type { DoseFacts } from "./records";
import { agentInCourse, course, cycleOf, dose, patient, plan } from "./testing-fixtures";

const folfox = course("F", [agentInCourse("oxaliplatin", 85)], { cycles: 12, given: 3 });
const c1 = cycleOf(folfox, 1);
const c2 = cycleOf(folfox, 2);
const c3 = cycleOf(folfox, 3);

describe("bodySurfaceArea (Mosteller)", () => {
  it("is about 1.818 m2 at 170 cm and 70 kg", () => {
    expect(bodySurfaceArea(170, 70)).toBeCloseTo(1.818, 3);
  });

  it("is sqrt(height x weight / 3600)", () => {
    expect(bodySurfaceArea(180, 80)).toBeCloseTo(Math.sqrt(4), 12);
  });
});

describe("cumulativeDose: dose x administrations over every dose, less those entered in error", () => {
  const doses = [
    dose(c1, "oxaliplatin", 85),
    dose(c2, "oxaliplatin", 85),
    dose(c3, "oxaliplatin", 85, { enteredInError: true }),
    dose(c3, "oxaliplatin", 65),
    dose(c1, "thalidomide", 100, { administrations: 28 }),
  ];

  it("sums one agent's doses and leaves out the dose entered in error", () => {
    expect(cumulativeDose(doses, "oxaliplatin")).toBe(235);
  });

  it("multiplies a record by its administrations (28 daily thalidomide doses)", () => {
    expect(cumulativeDose(doses, "thalidomide")).toBe(2800);
  });

  it("counts prior exposure in another course", () => {
    const prior = course("P", [agentInCourse("oxaliplatin", 130)], { start: "2023-01-02", given: 1 });
    expect(cumulativeDose([...doses, dose(cycleOf(prior, 1), "oxaliplatin", 130)], "oxaliplatin")).toBe(365);
  });

  it("is 0 for an agent never given", () => {
    expect(cumulativeDose(doses, "vincristine")).toBe(0);
  });

  it.each([
    { asOf: "2025-01-05", expected: 0, title: "the day before the first dose" },
    { asOf: c1.date, expected: 85, title: "the day of the first dose (inclusive)" },
    { asOf: c2.date, expected: 170, title: "the day of the second dose" },
    { asOf: "2030-01-01", expected: 235, title: "long after" },
  ])("as of $title is $expected mg/m2", ({ asOf, expected }) => {
    expect(cumulativeDose(doses, "oxaliplatin", asOf)).toBe(expected);
  });

  it("cumulativeByAgent totals every agent given, as of a day or in all", () => {
    expect(cumulativeByAgent(doses)).toEqual({ oxaliplatin: 235, thalidomide: 2800 });
    expect(cumulativeByAgent(doses, c1.date)).toEqual({ oxaliplatin: 85, thalidomide: 2800 });
    expect(cumulativeByAgent(doses, "2024-12-31")).toEqual({});
    expect(cumulativeByAgent([dose(c1, "vincristine", 2, { enteredInError: true })])).toEqual({});
  });

  it("countingDoses and doseAmount", () => {
    expect(countingDoses(doses)).toHaveLength(4);
    expect(doseAmount({ dose: 20, administrations: 5 })).toBe(100);
  });

  it("orders doses by the day given, then by when they were recorded", () => {
    const a = dose(c2, "oxaliplatin", 85, { recordedAt: "2025-01-20T10:00:00Z" });
    const b = dose(c2, "oxaliplatin", 85, { recordedAt: "2025-01-20T09:00:00Z" });
    const earlier = dose(c1, "oxaliplatin", 85, { recordedAt: "2025-02-01T00:00:00Z" });
    expect([a, b, earlier].sort(byTimeGiven)).toEqual([earlier, b, a]);
  });
});

describe("absoluteMg: one administration's absolute amount", () => {
  const p = { bsaM2: bodySurfaceArea(170, 70), weightKg: 70 };
  it.each([
    { amount: 85, unit: "mg/m2", expected: 85 * bodySurfaceArea(170, 70), title: "mg/m2 times body surface area" },
    { amount: 1.8, unit: "mg/kg", expected: 126, title: "mg/kg times weight" },
    { amount: 2, unit: "mg", expected: 2, title: "mg as it is" },
  ] as const)("$title", ({ amount, unit, expected }) => {
    expect(absoluteMg(amount, unit, p)).toBeCloseTo(expected, 9);
  });
});

describe("checkDoseCap", () => {
  const bep = course("B", [agentInCourse("cisplatin", 20, 5)], { given: 2, intervalDays: 21 });
  const b1 = cycleOf(bep, 1);
  const b2 = cycleOf(bep, 2);

  it("sums cisplatin's records over the cycle in mg/m2: five days of 20 reach 100, not above", () => {
    const days = [0, 1, 2, 3, 4].map(() => dose(b1, "cisplatin", 20));
    expect(checkDoseCap(days[4]!, days)).toEqual({ cap: 100, amount: 100, unit: "mg/m2", exceeded: false });
  });

  it("flags cisplatin 20 mg/m2 x 5 recorded once more in the same cycle (per-cycle and daily mix-up)", () => {
    const records = [dose(b1, "cisplatin", 20, { administrations: 5 }), dose(b1, "cisplatin", 20)];
    expect(checkDoseCap(records[1]!, records)).toMatchObject({ amount: 120, exceeded: true });
  });

  it("leaves cisplatin records entered in error and other agents out of the cycle sum", () => {
    const records = [
      dose(b1, "cisplatin", 100, { enteredInError: true }),
      dose(b1, "carboplatin", 100),
      dose(b1, "cisplatin", 100),
    ];
    expect(checkDoseCap(records[2]!, records)).toMatchObject({ amount: 100, exceeded: false });
  });

  it("compares cisplatin with a plan's doseCap in mg/m2 per cycle", () => {
    const records = [dose(b2, "cisplatin", 100, { terms: plan("cisplatin", { doseCap: 80 }) })];
    expect(checkDoseCap(records[0]!, records)).toMatchObject({ cap: 80, exceeded: true });
  });

  const oneAdministration = [
    {
      agent: "vincristine",
      amount: 2,
      weightKg: 70,
      planCap: null,
      cap: 2,
      exceeded: false,
      title: "vincristine 2 mg is not above the 2 mg cap",
    },
    {
      agent: "vincristine",
      amount: 2.6,
      weightKg: 70,
      planCap: null,
      cap: 2,
      exceeded: true,
      title: "vincristine 2.6 mg is above the 2 mg cap",
    },
    {
      agent: "carboplatin",
      amount: 900,
      weightKg: 70,
      planCap: null,
      cap: 900,
      exceeded: false,
      title: "carboplatin 900 mg is not above the 900 mg cap",
    },
    {
      agent: "carboplatin",
      amount: 950,
      weightKg: 70,
      planCap: 1050,
      cap: 1050,
      exceeded: false,
      title: "carboplatin 950 mg is under a plan doseCap of 1050 mg (AUC 7)",
    },
    {
      agent: "brentuximab-vedotin",
      amount: 1.8,
      weightKg: 110,
      planCap: null,
      cap: 180,
      exceeded: true,
      title: "brentuximab 1.8 mg/kg at 110 kg (198 mg) is above 180 mg",
    },
    {
      agent: "brentuximab-vedotin",
      amount: 1.8,
      weightKg: 100,
      planCap: null,
      cap: 180,
      exceeded: false,
      title: "brentuximab 1.8 mg/kg at 100 kg (180 mg) is not above 180 mg",
    },
    {
      agent: "brentuximab-vedotin",
      amount: 1.2,
      weightKg: 110,
      planCap: null,
      cap: 120,
      exceeded: true,
      title: "brentuximab 1.2 mg/kg at 110 kg is above 120 mg",
    },
    {
      agent: "oxaliplatin",
      amount: 85,
      weightKg: 70,
      planCap: 150,
      cap: 150,
      exceeded: true,
      title: "oxaliplatin 85 mg/m2 (about 155 mg) is above a plan doseCap of 150 mg",
    },
  ] as const;
  it.each(oneAdministration)("$title", ({ agent, amount, weightKg, planCap, cap, exceeded }) => {
    const terms = planCap === null ? undefined : plan(agent, { doseCap: planCap });
    const d = dose(c1, agent, amount, { body: patient({ weightKg }), terms });
    expect(checkDoseCap(d, [d])).toMatchObject({ cap, unit: "mg", exceeded });
  });

  it("judges a dose with the body it was recorded with, not the patient's body now", () => {
    const recordedAt70 = dose(c1, "oxaliplatin", 85, { terms: plan("oxaliplatin", { doseCap: 160 }) });
    // 85 mg/m2 at 1.818 m2 is about 154.5 mg: under 160 then, whatever the weight becomes.
    expect(recordedAt70.bsaM2).toBeCloseTo(1.818, 3);
    expect(checkDoseCap(recordedAt70, [recordedAt70])).toMatchObject({ exceeded: false });
  });

  it("has nothing to check for an agent without a cap and no plan doseCap", () => {
    const d = dose(c1, "oxaliplatin", 500);
    expect(checkDoseCap(d, [d])).toBeNull();
  });
});

describe("nextPlannedCycle: the earliest planned cycle after the day, in any course with the agent", () => {
  const first = course("A", [agentInCourse("oxaliplatin", 85)], {
    start: "2025-01-06",
    cycles: 6,
    given: 2,
    statuses: { 3: "held", 4: "cancelled" },
  });
  const second = course("B", [agentInCourse("oxaliplatin", 130)], { start: "2025-02-12", intervalDays: 21, cycles: 2 });
  const other = course("C", [agentInCourse("paclitaxel", 80)], { start: "2025-01-07", cycles: 12 });

  it("skips held and cancelled cycles and finds the earliest planned one across courses", () => {
    const found = nextPlannedCycle([first, second, other], "oxaliplatin", "2025-01-20");
    expect(found?.cycle.id).toBe("B-c1");
    expect(found?.amount).toBe(130);
  });

  it("prefers an earlier planned cycle of the first course", () => {
    const found = nextPlannedCycle([second, first], "oxaliplatin", "2025-02-12");
    expect(found?.cycle.id).toBe("A-c5");
    expect(found?.course.id).toBe("A");
  });

  it("does not count a cycle dated on the day itself", () => {
    expect(nextPlannedCycle([first], "oxaliplatin", "2025-03-03")?.cycle.id).toBe("A-c6");
    expect(nextPlannedCycle([first], "oxaliplatin", "2025-03-17")).toBeNull();
  });

  it("ignores given cycles and courses without the agent", () => {
    expect(nextPlannedCycle([other], "oxaliplatin", "2024-01-01")).toBeNull();
    const allGiven = course("G", [agentInCourse("oxaliplatin", 85)], { cycles: 3, given: 3 });
    expect(nextPlannedCycle([allGiven], "oxaliplatin", "2024-01-01")).toBeNull();
  });

  it("takes the course's dose x administrationsPerCycle", () => {
    const vmp = course("V", [agentInCourse("bortezomib", 1.3, 4)], { cycles: 2 });
    expect(nextPlannedCycle([vmp], "bortezomib", "2025-01-01")?.amount).toBeCloseTo(5.2, 12);
  });
});

describe("plannedDose: the next cycle's dose per agent, from its current dose and state", () => {
  const body = { bsaM2: 1.7, weightKg: 64 };
  const oxaliplatin = agentInCourse("oxaliplatin", 85);

  it("plans the prescribed dose of an active agent, in mg by BSA", () => {
    expect(plannedDose(oxaliplatin, body)).toEqual({
      status: "active",
      dose: 85,
      changedFrom: null,
      unit: "mg/m2",
      administrations: 1,
      mg: 144.5,
    });
  });

  it("plans a reduced agent at its current dose and names the prescribed one", () => {
    const reduced = plannedDose({ ...oxaliplatin, currentDose: 75 }, body);
    expect(reduced).toMatchObject({ dose: 75, changedFrom: 85, mg: 127.5 });
  });

  it("plans no dose for an agent held or stopped, whatever its current dose", () => {
    for (const status of ["held", "stopped"] as const) {
      expect(plannedDose({ ...oxaliplatin, currentDose: 75, status }, body)).toMatchObject({
        status,
        dose: null,
        changedFrom: null,
        mg: null,
      });
    }
  });
});

describe("cumulative dose (properties)", () => {
  const agents: AgentCode[] = ["oxaliplatin", "vincristine", "thalidomide"];
  const arbDoses = fc.array(
    fc.record({
      agent: fc.constantFrom(...agents),
      amount: fc.integer({ min: 1, max: 300 }),
      administrations: fc.integer({ min: 1, max: 28 }),
      enteredInError: fc.boolean(),
      cycle: fc.constantFrom(c1, c2, c3),
    }),
    { maxLength: 30 },
  );
  const doses: fc.Arbitrary<DoseFacts[]> = arbDoses.map((specs) =>
    specs.map((s) =>
      dose(s.cycle, s.agent, s.amount, { administrations: s.administrations, enteredInError: s.enteredInError }),
    ),
  );

  it("does not depend on the order of the doses", () => {
    fc.assert(
      fc.property(
        doses.chain((ds) => fc.tuple(fc.constant(ds), fc.shuffledSubarray(ds, { minLength: ds.length }))),
        ([ds, shuffled]) => {
          for (const agent of agents) expect(cumulativeDose(shuffled, agent)).toBe(cumulativeDose(ds, agent));
          expect(cumulativeByAgent(shuffled)).toEqual(cumulativeByAgent(ds));
        },
      ),
    );
  });

  it("never decreases when a dose is added, and grows by exactly dose x administrations", () => {
    fc.assert(
      fc.property(
        doses,
        arbDoses.filter((a) => a.length > 0),
        (ds, [extra]) => {
          const added = dose(extra!.cycle, extra!.agent, extra!.amount, {
            administrations: extra!.administrations,
            enteredInError: extra!.enteredInError,
          });
          const before = cumulativeDose(ds, added.agent);
          const after = cumulativeDose([...ds, added], added.agent);
          expect(after).toBeGreaterThanOrEqual(before);
          expect(after - before).toBe(added.enteredInError ? 0 : added.dose * added.administrations);
        },
      ),
    );
  });
});

describe("capInForce and judgeDose: the cap a dose is recorded under", () => {
  it("takes the agent's default when the plan leaves doseCap out, and says so", () => {
    expect(capInForce("carboplatin", plan("carboplatin"), 750)).toEqual({
      cap: 900,
      capSource: "agent-default",
      capPlanVersionId: "v1",
    });
  });

  it("has no cap when the plan sets doseCap to null, even for carboplatin", () => {
    expect(capInForce("carboplatin", plan("carboplatin", { doseCap: null }), 750)).toEqual({
      cap: null,
      capSource: "plan",
      capPlanVersionId: "v1",
    });
  });

  it("takes the plan's own figure when it sets one", () => {
    expect(capInForce("carboplatin", plan("carboplatin", { doseCap: 1050 }), 750).cap).toBe(1050);
  });

  it("makes brentuximab's default the dose at 100 kg of the course's dose level, not of the dose given", () => {
    const defaults = plan("brentuximab-vedotin");
    expect(capInForce("brentuximab-vedotin", defaults, 1.8).cap).toBeCloseTo(180, 9);
    expect(capInForce("brentuximab-vedotin", defaults, 1.2).cap).toBeCloseTo(120, 9);
  });

  it("at 110 kg, a brentuximab dose capped at 180 mg (1.636 mg/kg) is within the cap; rounded up to 1.64 it is above", () => {
    const capped = dose(c1, "brentuximab-vedotin", 180 / 110, { body: patient({ weightKg: 110 }), doseLevel: 1.8 });
    expect(checkDoseCap(capped, [capped])).toMatchObject({ cap: 180, exceeded: false });
    const roundedUp = dose(c1, "brentuximab-vedotin", 1.64, { body: patient({ weightKg: 110 }), doseLevel: 1.8 });
    expect(checkDoseCap(roundedUp, [roundedUp])).toMatchObject({ exceeded: true });
    expect(checkDoseCap(roundedUp, [roundedUp])!.amount).toBeCloseTo(180.4, 9);
  });

  it("keeps the height, weight and body surface area of the day", () => {
    expect(judgeDose(patient({ heightCm: 180, weightKg: 80 }), "oxaliplatin", plan("oxaliplatin"), 85)).toEqual({
      heightCm: 180,
      weightKg: 80,
      bsaM2: 2,
      cap: null,
      capSource: "agent-default",
      capPlanVersionId: "v1",
    });
  });
});

describe("cumulativeBeforeExam: the cumulative dose beside an exam is what was given before it", () => {
  const folfoxDoses = [dose(c1, "oxaliplatin", 85), dose(c2, "oxaliplatin", 85), dose(c3, "oxaliplatin", 85)];

  it("leaves out that day's infusion for a cycle's exam (the exam comes before it)", () => {
    expect(cumulativeBeforeExam(folfoxDoses, { assessedOn: c2.date, cycleId: c2.id })).toEqual({ oxaliplatin: 85 });
  });

  it("counts nothing before the first cycle's exam", () => {
    expect(cumulativeBeforeExam(folfoxDoses, { assessedOn: c1.date, cycleId: c1.id })).toEqual({});
  });

  it("counts every dose up to and including its day for a follow-up exam", () => {
    expect(cumulativeBeforeExam(folfoxDoses, { assessedOn: c3.date, cycleId: null })).toEqual({ oxaliplatin: 255 });
  });
});

describe("cumulativeWithNextCycle: where a decision takes the cumulative dose", () => {
  it("adds the next cycle at the current dose, and says when that passes the limit", () => {
    expect(cumulativeWithNextCycle({ cumulative: 375, dose: 75, administrations: 1, limit: 400 })).toEqual({
      total: 450,
      pastLimit: true,
    });
    expect(cumulativeWithNextCycle({ cumulative: 300, dose: 50, administrations: 2, limit: 400 })).toEqual({
      total: 400,
      pastLimit: false,
    });
  });

  it("never passes a limit that is not set", () => {
    expect(cumulativeWithNextCycle({ cumulative: 5000, dose: 500, administrations: 1, limit: null }).pastLimit).toBe(
      false,
    );
  });
});

describe("checkPlannedCycle: a planned cycle's dose against the cap and the limit, before it is given", () => {
  const body = { bsaM2: 1.8, weightKg: 70 };
  /** One administration a cycle at the agent's default terms, nothing given before, unless said. */
  const check = (agent: AgentCode, dose: number, more: Partial<Parameters<typeof checkPlannedCycle>[0]> = {}) =>
    checkPlannedCycle({
      agent,
      dose,
      administrations: 1,
      doseLevel: dose,
      body,
      terms: plan(agent),
      cumulativeBefore: 0,
      ...more,
    });

  it("compares carboplatin's flat dose in mg with its 900 mg cap", () => {
    expect(check("carboplatin", 930)).toEqual({
      perCycle: 930,
      cap: { cap: 900, amount: 930, unit: "mg", exceeded: true },
      cumulativeAfter: 930,
      reachesLimit: false,
      pastLimit: false,
    });
  });

  it("sums cisplatin over the cycle in mg/m2 against its per-cycle cap", () => {
    const bep = check("cisplatin", 100, { administrations: 5 });
    expect(bep.cap).toEqual({ cap: 100, amount: 500, unit: "mg/m2", exceeded: true });
    expect(bep).toMatchObject({ perCycle: 500, cumulativeAfter: 500, pastLimit: true });
  });

  it("says a cycle at the limit already passes it, and a plan without a cap has none", () => {
    expect(check("oxaliplatin", 85, { terms: plan("oxaliplatin", { doseCap: null }), cumulativeBefore: 850 })).toEqual({
      perCycle: 85,
      cap: null,
      cumulativeAfter: 935,
      reachesLimit: true,
      pastLimit: true,
    });
  });

  it("says a cycle that takes the cumulative dose exactly to the limit reaches it, without passing it", () => {
    expect(check("cisplatin", 20, { administrations: 5, cumulativeBefore: 300 })).toMatchObject({
      cumulativeAfter: 400,
      reachesLimit: true,
      pastLimit: false,
    });
  });
});

describe("plannedBefore: the cycles still planned before a later one, and what they add", () => {
  it("counts the planned cycles between the last given and the one checked, at the current dose", () => {
    const c = course("A", [agentInCourse("oxaliplatin", 85, 1, { currentDose: 75 })], {
      cycles: 10,
      statuses: { 1: "given", 2: "given", 3: "cancelled" },
    });
    const { cycles, amount } = plannedBefore([c], "oxaliplatin", cycleOf(c, 6));
    expect(cycles.map((x) => x.number)).toEqual([4, 5]);
    expect(amount).toBe(150);
  });

  it("counts nothing for an agent on hold, or in a course without it", () => {
    const held = course("A", [agentInCourse("oxaliplatin", 85, 1, { status: "held" })], { cycles: 4 });
    expect(plannedBefore([held], "oxaliplatin", cycleOf(held, 4)).amount).toBe(0);
    expect(plannedBefore([held], "cisplatin", cycleOf(held, 4)).amount).toBe(0);
  });
});
