import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getAgent } from "./agents";
import { evaluatePatient } from "./alerts";
import { AGENT_STATUSES, DECISIONS, type Decision } from "./codes";
import {
  applyDecision,
  coursesDecidedFor,
  decisionsOpenTo,
  lastChangeBefore,
  overrideOf,
  reductionTarget,
  type AgentChangeFacts,
  type AgentState,
} from "./decisions";
import { nextPlannedCycle } from "./dose";
import { agentInCourse, course, cycleOf, dose, record } from "./testing-fixtures";

const active: AgentState = { currentDose: 85, status: "active" };

function change(decision: Decision, from: AgentState, to: AgentState, at: string, courseId = "k"): AgentChangeFacts {
  return { courseId, agent: "oxaliplatin", decision, from, to, reason: "grade 2 numbness", decidedBy: "Dr Reyes", at };
}

describe("coursesDecidedFor: which courses a decision on an agent changes", () => {
  const courseOf = (id: string, agents: string[], statuses: string[]) => ({
    id,
    agents: agents.map((agent) => ({ agent })),
    cycles: statuses.map((status) => ({ status })),
  });
  const ended = courseOf("ended", ["oxaliplatin"], ["given", "given"]);
  const other = courseOf("other", ["paclitaxel"], ["planned"]);

  it("every course with the agent and a cycle still planned", () => {
    const a = courseOf("a", ["oxaliplatin"], ["given", "planned"]);
    const b = courseOf("b", ["oxaliplatin", "paclitaxel"], ["planned"]);
    expect(coursesDecidedFor([ended, a, other, b], "oxaliplatin").map((c) => c.id)).toEqual(["a", "b"]);
  });

  it("with none planned, the latest course with the agent, so a decision after the last cycle is kept", () => {
    const earlier = courseOf("earlier", ["oxaliplatin"], ["given"]);
    expect(coursesDecidedFor([earlier, ended, other], "oxaliplatin").map((c) => c.id)).toEqual(["ended"]);
  });

  it("none when no course has the agent", () => {
    expect(coursesDecidedFor([other], "oxaliplatin")).toEqual([]);
  });
});

describe("applyDecision: what a decision leaves for the cycles to come", () => {
  it("reduce sets the dose and keeps the agent active", () => {
    expect(applyDecision(active, "reduce", 75)).toEqual({ currentDose: 75, status: "active" });
  });

  it("hold keeps the dose and holds the agent", () => {
    expect(applyDecision(active, "hold")).toEqual({ currentDose: 85, status: "held" });
  });

  it("a later proceed or reduce lifts a hold", () => {
    const held: AgentState = { currentDose: 85, status: "held" };
    expect(applyDecision(held, "proceed")).toEqual(active);
    expect(applyDecision(held, "reduce", 65)).toEqual({ currentDose: 65, status: "active" });
  });

  it("proceed on an active agent changes nothing", () => {
    expect(applyDecision(active, "proceed")).toEqual(active);
  });

  it("stop is for good: no later decision restarts the agent", () => {
    const stopped = applyDecision(active, "stop");
    expect(stopped.status).toBe("stopped");
    for (const d of DECISIONS) expect(applyDecision(stopped, d, 10)).toEqual(stopped);
  });

  it("leaves stop alone open on a stopped agent, and every decision on one active or held", () => {
    expect(decisionsOpenTo("stopped")).toEqual(["stop"]);
    expect(decisionsOpenTo("active")).toEqual(DECISIONS);
    expect(decisionsOpenTo("held")).toEqual(DECISIONS);
  });

  it("no decision open on a stopped agent changes it; on any other, only stop stops it (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...AGENT_STATUSES), (status) => {
        const state: AgentState = { currentDose: 85, status };
        for (const d of decisionsOpenTo(status)) {
          const after = applyDecision(state, d, 60);
          if (status === "stopped") expect(after).toEqual(state);
          else expect(after.status === "stopped").toBe(d === "stop");
        }
      }),
    );
  });

  it("never leaves a stopped agent anything but stopped, and only reduce changes the dose (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...AGENT_STATUSES),
        fc.double({ min: 0.1, max: 400, noNaN: true }),
        fc.array(fc.constantFrom(...DECISIONS), { maxLength: 8 }),
        (status, currentDose, decisions) => {
          let state: AgentState = { currentDose, status };
          let everStopped = status === "stopped";
          for (const d of decisions) {
            const next = applyDecision(state, d, state.currentDose / 2);
            if (everStopped) expect(next).toEqual(state);
            if (d !== "reduce") expect(next.currentDose).toBe(state.currentDose);
            everStopped ||= next.status === "stopped";
            state = next;
          }
        },
      ),
    );
  });
});

describe("reductionTarget: the dose a decision to reduce leads to", () => {
  const oxaliplatin = getAgent("oxaliplatin");
  const base = { rules: oxaliplatin.template.rules, agent: oxaliplatin, setting: "adjuvant" as const };

  it("takes the oncologist's own dose", () => {
    expect(reductionTarget({ ...base, toDose: 70, current: 85, exam: null })).toEqual({ ok: true, dose: 70 });
  });

  it("without one, applies the plan's rule for the exam (oxaliplatin 85 to 75 mg/m2 adjuvant)", () => {
    const found = reductionTarget({ ...base, toDose: undefined, current: 85, exam: { grade: 2, pain: 0 } });
    expect(found).toEqual({ ok: true, dose: 75 });
  });

  it("applies a percent rule to the current dose", () => {
    const paclitaxel = getAgent("paclitaxel");
    const found = reductionTarget({
      rules: [{ minGrade: 2, action: "reduce", percent: 20 }],
      agent: paclitaxel,
      setting: null,
      toDose: undefined,
      current: 80,
      exam: { grade: 2, pain: 0 },
    });
    expect(found).toEqual({ ok: true, dose: 64 });
  });

  it("asks for the dose when no rule or dose level names one", () => {
    const found = reductionTarget({
      rules: getAgent("cisplatin").template.rules,
      agent: getAgent("cisplatin"),
      setting: null,
      toDose: undefined,
      current: 75,
      exam: { grade: 2, pain: 0 },
    });
    expect(found.ok).toBe(false);
    if (!found.ok) expect(found.message).toContain("give the dose to reduce to");
  });

  it("refuses a target equal to the current dose, and accepts one unit below it", () => {
    expect(reductionTarget({ ...base, toDose: 85, current: 85, exam: null }).ok).toBe(false);
    expect(reductionTarget({ ...base, toDose: 84, current: 85, exam: null })).toEqual({ ok: true, dose: 84 });
  });
});

describe("overrideOf: a dose against the decision in force when it was recorded", () => {
  const k = course("k", [agentInCourse("oxaliplatin", 85)], { given: 1 });
  const c2 = cycleOf(k, 2);
  const at = "2025-01-19T10:00:00.000Z";
  const after = { recordedAt: "2025-01-20T09:00:00.000Z" };
  const before = { recordedAt: "2025-01-19T09:59:59.999Z" };

  it("raises nothing before any decision, even above the course's dose", () => {
    expect(overrideOf(dose(c2, "oxaliplatin", 95, after), "k", [])).toBeNull();
  });

  it("any dose of a held or stopped agent goes against the decision", () => {
    const held = [change("hold", active, { currentDose: 85, status: "held" }, at)];
    expect(overrideOf(dose(c2, "oxaliplatin", 1, after), "k", held)?.what).toBe("held");
    const stopped = [change("stop", active, { currentDose: 85, status: "stopped" }, at)];
    expect(overrideOf(dose(c2, "oxaliplatin", 1, after), "k", stopped)?.what).toBe("stopped");
  });

  it("a dose recorded before the decision is judged without it", () => {
    const held = [change("hold", active, { currentDose: 85, status: "held" }, at)];
    expect(overrideOf(dose(c2, "oxaliplatin", 85, before), "k", held)).toBeNull();
  });

  it("above the reduced dose goes against it; exactly at it does not", () => {
    const reduced = [change("reduce", active, { currentDose: 75, status: "active" }, at)];
    expect(overrideOf(dose(c2, "oxaliplatin", 75, after), "k", reduced)).toBeNull();
    expect(overrideOf(dose(c2, "oxaliplatin", 75.01, after), "k", reduced)?.what).toBe("above-reduced");
  });

  it("a hold lifted by proceed still keeps the reduced dose it followed", () => {
    const changes = [
      change("reduce", active, { currentDose: 75, status: "active" }, "2025-01-10T10:00:00.000Z"),
      change("hold", { currentDose: 75, status: "active" }, { currentDose: 75, status: "held" }, at),
      change(
        "proceed",
        { currentDose: 75, status: "held" },
        { currentDose: 75, status: "active" },
        "2025-01-19T11:00:00.000Z",
      ),
    ];
    expect(overrideOf(dose(c2, "oxaliplatin", 75, after), "k", changes)).toBeNull();
    const found = overrideOf(dose(c2, "oxaliplatin", 85, after), "k", changes);
    expect(found?.what).toBe("above-reduced");
    expect(found?.against.decision).toBe("reduce");
  });

  it("a decision in another course of the agent does not judge this one", () => {
    const held = [change("hold", active, { currentDose: 85, status: "held" }, at, "other")];
    expect(overrideOf(dose(c2, "oxaliplatin", 85, after), "k", held)).toBeNull();
    expect(lastChangeBefore(held, "k", "oxaliplatin", after.recordedAt)).toBeNull();
  });

  it("raises decision-override (critical) once per dose, naming the decision, who and the reason", () => {
    const held = [change("hold", active, { currentDose: 85, status: "held" }, at)];
    const given = dose(c2, "oxaliplatin", 85, after);
    const found = evaluatePatient(record({ courses: [k], doses: [given], decisions: held })).filter(
      (c) => c.kind === "decision-override",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: "critical",
      doseId: given.id,
      key: `decision-override|oxaliplatin|${given.id}`,
    });
    expect(found[0]!.message).toContain('Dr Reyes decided "hold"');
    expect(found[0]!.message).toContain("grade 2 numbness");
  });
});

describe("the next planned cycle follows the course agent's state", () => {
  it("projects at the current dose, and skips an agent held or stopped", () => {
    const reduced = course("k", [agentInCourse("oxaliplatin", 85, 1, { currentDose: 75 })], { given: 1 });
    expect(nextPlannedCycle([reduced], "oxaliplatin", "2025-01-06")?.amount).toBe(75);
    for (const status of ["held", "stopped"] as const) {
      const off = course("k", [agentInCourse("oxaliplatin", 85, 1, { status })], { given: 1 });
      expect(nextPlannedCycle([off], "oxaliplatin", "2025-01-06")).toBeNull();
    }
  });
});
