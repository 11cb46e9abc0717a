import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AgentCode } from "./agents";
import { AGENT_STATUSES } from "./codes";
import { cycleProgress } from "./cycle-progress";

const cisplatin = { agent: "cisplatin" as const, status: "active" as const };
const paclitaxel = { agent: "paclitaxel" as const, status: "active" as const };

describe("cycleProgress: which agents of a cycle are given and which the chair still gives", () => {
  it("names the second agent as still to give once the first is given", () => {
    expect(cycleProgress([cisplatin, paclitaxel], [{ agent: "cisplatin", enteredInError: false }])).toEqual({
      given: ["cisplatin"],
      toGive: ["paclitaxel"],
    });
  });

  it("leaves nothing to give once every agent has a dose", () => {
    const doses = [
      { agent: "paclitaxel" as const, enteredInError: false },
      { agent: "cisplatin" as const, enteredInError: false },
    ];
    expect(cycleProgress([cisplatin, paclitaxel], doses)).toEqual({ given: ["cisplatin", "paclitaxel"], toGive: [] });
  });

  it("does not count a dose entered in error: the agent is still to give", () => {
    expect(cycleProgress([cisplatin], [{ agent: "cisplatin", enteredInError: true }])).toEqual({
      given: [],
      toGive: ["cisplatin"],
    });
  });

  it("gives nothing more to a held or stopped agent, and counts one given against its hold", () => {
    const held = { agent: "cisplatin" as const, status: "held" as const };
    const stopped = { agent: "paclitaxel" as const, status: "stopped" as const };
    expect(cycleProgress([held, stopped], [])).toEqual({ given: [], toGive: [] });
    expect(cycleProgress([held, stopped], [{ agent: "cisplatin", enteredInError: false }])).toEqual({
      given: ["cisplatin"],
      toGive: [],
    });
  });
});

describe("cycleProgress (properties)", () => {
  const codes: AgentCode[] = ["cisplatin", "oxaliplatin", "paclitaxel", "bortezomib"];
  const agents = fc.uniqueArray(
    fc.record({ agent: fc.constantFrom(...codes), status: fc.constantFrom(...AGENT_STATUSES) }),
    { selector: (a) => a.agent },
  );
  const doses = fc.array(fc.record({ agent: fc.constantFrom(...codes), enteredInError: fc.boolean() }));

  it("puts every active agent in exactly one list, and no agent in both", () => {
    fc.assert(
      fc.property(agents, doses, (as, ds) => {
        const { given, toGive } = cycleProgress(as, ds);
        for (const a of as.filter((x) => x.status === "active"))
          expect(Number(given.includes(a.agent)) + Number(toGive.includes(a.agent))).toBe(1);
        expect(given.filter((g) => toGive.includes(g))).toEqual([]);
      }),
    );
  });

  it("names only the course's agents, given ones only with a dose that counts", () => {
    fc.assert(
      fc.property(agents, doses, (as, ds) => {
        const { given, toGive } = cycleProgress(as, ds);
        for (const g of [...given, ...toGive]) expect(as.map((a) => a.agent)).toContain(g);
        for (const g of given) expect(ds.some((d) => d.agent === g && !d.enteredInError)).toBe(true);
      }),
    );
  });
});
