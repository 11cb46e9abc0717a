import { describe, expect, it } from "vitest";
import { worklistRowData } from "@/components/worklist/row-data";

type Row = Parameters<typeof worklistRowData>[0];

const ROW: Row = {
  patientId: "p1",
  mrn: "MRN-1",
  name: "Doe, Ada",
  course: "mFOLFOX6",
  siteId: "north",
  cycleId: "c1",
  cycleNumber: 4,
  cycleStatus: "planned",
  cycleVersion: 3,
  chair: "7",
  appointmentTime: "08:30",
  assessed: false,
  latestGrade: 2,
  previousGrade: 1,
  agents: [
    {
      agent: "oxaliplatin",
      name: "Oxaliplatin",
      cumulative: 680,
      limit: 850,
      warnAt: 680,
      unit: "mg/m2",
      currentDose: 85,
      status: "active",
      givenInCycle: false,
      change: null,
    },
  ],
  openAlerts: [
    { id: "a1", kind: "no-plan", severity: "info", agent: "oxaliplatin" },
    { id: "a2", kind: "grade-reduce", severity: "warning", agent: "oxaliplatin" },
  ],
  decisions: [],
  urgency: "warning",
};

describe("a worklist row's words, written on the server for the browser's rows", () => {
  it("lists the open alerts most urgent first, in the words of their badges", () => {
    expect(worklistRowData(ROW).alerts).toEqual([
      { severity: "warning", text: "Grade meets a reduce rule · Oxaliplatin · awaiting decision" },
      { severity: "info", text: "No plan agreed · Oxaliplatin" },
    ]);
  });

  it("says the grade's move in words and an arrow, and whether it worsened", () => {
    expect(worklistRowData(ROW).trend).toEqual({ grade: 2, arrow: "↑", words: "up from 1", worse: true });
    expect(worklistRowData({ ...ROW, previousGrade: 3 }).trend).toMatchObject({ arrow: "↓", worse: false });
    expect(worklistRowData({ ...ROW, previousGrade: null }).trend).toMatchObject({ words: "first exam" });
    expect(worklistRowData({ ...ROW, latestGrade: null, previousGrade: null }).trend).toBeNull();
  });

  it("names the site only under all sites, and the cycle's state only when it is not planned", () => {
    expect(worklistRowData(ROW)).toMatchObject({ site: null, status: null, mrnAndCycle: "MRN MRN-1 · C4" });
    expect(worklistRowData({ ...ROW, cycleStatus: "held" }, { north: "N" })).toMatchObject({
      site: "N",
      status: "held",
    });
  });

  it("reads a cycle of two agents as given only once both are, and names the one still to give", () => {
    const paclitaxel = { ...ROW.agents[0]!, agent: "paclitaxel" as const, name: "Paclitaxel" };
    const oneGiven = {
      ...ROW,
      cycleStatus: "given" as const,
      agents: [{ ...ROW.agents[0]!, givenInCycle: true }, paclitaxel],
    };
    // The cell is one short line; the agent still to give says so beside the others' states.
    expect(worklistRowData(oneGiven).status).toBe("given in part");
    expect(worklistRowData(oneGiven).doses.map((d) => d.state?.text ?? null)).toEqual([
      null,
      "still to give this cycle",
    ]);
    const bothGiven = { ...oneGiven, agents: oneGiven.agents.map((a) => ({ ...a, givenInCycle: true })) };
    expect(worklistRowData(bothGiven).status).toBe("given");
    expect(worklistRowData(bothGiven).doses.map((d) => d.state)).toEqual([null, null]);
    const heldSecond = { ...oneGiven, agents: [oneGiven.agents[0]!, { ...paclitaxel, status: "held" as const }] };
    expect(worklistRowData(heldSecond).status).toBe("given");
  });

  it("writes an agent's state only when it is held, stopped or reduced, with who decided", () => {
    expect(worklistRowData(ROW).doses[0]!.state).toBeNull();
    const held = worklistRowData({
      ...ROW,
      agents: [
        {
          ...ROW.agents[0]!,
          status: "held",
          change: {
            decision: "hold",
            decidedBy: "Dr Reyes",
            at: "2026-12-01T09:05:00.000Z",
            reason: "grade 3 numbness",
            from: { currentDose: 85 },
            to: { currentDose: 85 },
          },
        },
      ],
    });
    expect(held.doses[0]!.state).toMatchObject({ icon: "‖", tone: "stop" });
    expect(held.doses[0]!.state!.text).toMatch(/^HOLD: decided by Dr Reyes, .*: “grade 3 numbness”$/);
  });

  it("writes each decision on the cycle as one line", () => {
    const decided = worklistRowData({
      ...ROW,
      decisions: [
        { alertId: "a2", decision: "reduce", kind: "grade-reduce", agent: "oxaliplatin", decidedBy: "Dr Reyes" },
      ],
    } as Row);
    expect(decided.decisions).toEqual(["Decided: reduce (grade meets a reduce rule, Oxaliplatin) by Dr Reyes"]);
  });
});
