// The demo ward seeds through the app's own write path: real alerts, real audit rows, a full
// worklist today, and it never seeds over data that is already there.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clinicRecovery, followUpsDue } from "@/db/reads/after-treatment";
import { listAlerts } from "@/db/reads/alerts";
import { listAssessments } from "@/db/reads/assessments";
import { readAlertAnalytics } from "@/db/commands/analytics";
import { listAudit } from "@/db/reads/audit-log";
import { listPatients } from "@/db/reads/patients";
import { listSelfReports } from "@/db/reads/self-reports";
import { listUsers } from "@/db/reads/users";
import { worklist } from "@/db/reads/worklist";
import { shiftDay, today } from "@/lib/dates";
import { DEMO_PATIENTS, seedDemoWard } from "@/lib/demo/seed";
import { DEMO_USERS } from "@/lib/demo/users";
import { useTempDatabase } from "@/lib/testing/api";
import { testSql } from "@/lib/testing/sql";

let cleanup: () => void;
let outcome: Awaited<ReturnType<typeof seedDemoWard>>;

beforeAll(async () => {
  cleanup = useTempDatabase();
  outcome = await seedDemoWard();
}, 60_000);
afterAll(() => cleanup());

describe("the demo ward", () => {
  it("seeds one user per role and about forty patients", async () => {
    expect(outcome).toEqual({ seeded: true, patients: DEMO_PATIENTS.length });
    const users = await listUsers();
    expect(users.map((u) => u.role).sort()).toEqual(["admin", "nurse", "oncologist", "pharmacist"]);
    expect(users.map((u) => u.username).sort()).toEqual(DEMO_USERS.map((u) => u.username).sort());
    for (const user of DEMO_USERS) expect(user.password.length).toBeGreaterThanOrEqual(15);
    const patients = await listPatients({ limit: 1000, offset: 0 });
    expect(patients.length).toBeGreaterThanOrEqual(30);
    expect(patients.length).toBeLessThanOrEqual(40);
  });

  it("puts about a dozen cycles on today's worklist, some assessed and some not", async () => {
    const { patients } = await worklist(today());
    expect(patients.length).toBeGreaterThanOrEqual(10);
    expect(patients.length).toBeLessThanOrEqual(15);
    expect(patients.every((p) => p.cycleStatus === "planned")).toBe(true);
    expect(patients.some((p) => p.assessed)).toBe(true);
    expect(patients.some((p) => !p.assessed)).toBe(true);
  });

  it("leaves open alerts of several kinds, critical ones among them", async () => {
    const open = await listAlerts({ status: "open" });
    const kinds = new Set(open.map((a) => a.kind));
    for (const kind of [
      "grade-reduce",
      "grade-hold",
      "grade-stop",
      "dose-approaching",
      "dose-limit",
      "dose-projected",
      "single-dose-cap",
      "worsening",
      "no-plan",
      "contraindication",
      "self-report",
    ]) {
      expect(kinds, kind).toContain(kind);
    }
    expect(open.some((a) => a.severity === "critical")).toBe(true);
  });

  it("has today's self-reports from waiting patients, some of earlier cycles too", async () => {
    const patients = await listPatients({ limit: 1000, offset: 0 });
    const reports = await Promise.all(patients.map((p) => listSelfReports(p.id)));
    const withToday = reports.filter((r) => r[0]?.reportedOn === today());
    expect(withToday.length).toBeGreaterThanOrEqual(3);
    expect(reports.some((r) => r.length >= 3)).toBe(true);
  });

  it("records the oncologist's decisions with reasons", async () => {
    const acknowledged = await listAlerts({ status: "acknowledged" });
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const alert of acknowledged) expect(alert.acknowledgement?.reason).toBeTruthy();
    const decisions = new Set(acknowledged.map((a) => a.acknowledgement?.decision));
    for (const decision of ["proceed", "reduce", "hold"]) expect(decisions).toContain(decision);
  });

  it("records exams whose grades agree with the findings, as a nurse would", async () => {
    for (const patient of await listPatients({ limit: 1000, offset: 0 })) {
      for (const exam of await listAssessments(patient.id)) expect(exam.gradeDeparture, patient.mrn).toBeNull();
    }
  });

  it("writes the audit trail of every step", async () => {
    const entries = await listAudit({ limit: 100_000, offset: 0 });
    const actions = new Set(entries.map((e) => e.action));
    for (const action of ["user.create", "patient.create", "course.create", "plan.in-force", "dose.create"]) {
      expect(actions, action).toContain(action);
    }
    expect(actions).toContain("assessment.create");
    expect(actions).toContain("alert.acknowledge");
  });

  it("has finished courses with follow-ups due (one overdue, one with the coasting note), supportive care and recoveries", async () => {
    const due = await followUpsDue(shiftDay(today(), -90), shiftDay(today(), 56));
    expect(due.some((f) => f.dueOn < today())).toBe(true);
    expect(due.some((f) => f.dueOn >= today())).toBe(true);
    expect(due.some((f) => f.note !== null)).toBe(true);
    const actions = new Set((await listAudit({ limit: 100_000, offset: 0 })).map((e) => e.action));
    expect(actions).toContain("intervention.create");
    expect(actions).toContain("intervention.update");
    const oxaliplatin = (await clinicRecovery()).find((r) => r.agent === "oxaliplatin");
    expect(oxaliplatin?.recovered).toBeGreaterThanOrEqual(1);
  });

  it("has enough decided alerts for the analytics to count proceed shares", async () => {
    const decided = (await listAlerts({ status: "acknowledged" })).map((a) => a.acknowledgement!.decision);
    expect(decided.length).toBeGreaterThanOrEqual(50);
    expect(decided).toContain("proceed");
    expect(decided).toContain("reduce");
  });

  it("dates each step when it happened: alerts raised over the year, decided hours later, and a rule to revisit", async () => {
    const oncologist = (await listUsers()).find((u) => u.role === "oncologist")!;
    const report = await readAlertAnalytics(oncologist.id, shiftDay(today(), -364), today());
    const withAlerts = report.months.filter((m) => m.raised > 0);
    expect(withAlerts.length).toBeGreaterThanOrEqual(10);
    // Decided at the chair or later that day: hours, not the zero of a history written at one instant.
    const worsening = report.rows.find((r) => r.kind === "worsening" && r.agent === "oxaliplatin")!;
    expect(worsening.medianHoursToDecision).toBeGreaterThan(0.5);
    expect(worsening.medianHoursToDecision).toBeLessThan(6);
    expect(worsening.p90HoursToDecision).toBeLessThan(12);
    // Raised as a dose is recorded, decided at the next cycle's review two or three weeks on.
    const approaching = report.rows.find((r) => r.kind === "dose-approaching" && r.agent === "oxaliplatin")!;
    expect(approaching.medianHoursToDecision).toBeGreaterThan(7 * 24);
    expect(report.revisit).toContainEqual(expect.objectContaining({ kind: "worsening", agent: "oxaliplatin" }));
    // Nothing is dated after now, and the audit trail follows the same clock.
    const entries = await listAudit({ limit: 100_000, offset: 0 });
    const instants = entries.map((e) => e.at).sort();
    expect(instants.at(-1)! <= new Date().toISOString()).toBe(true);
    // The self-reports' own instants too (seeded before 08:30, today's would otherwise be later).
    expect(
      (await testSql("SELECT max(submitted_at) FROM self_reports").value<string>())! <= new Date().toISOString(),
    ).toBe(true);
    expect(instants[0]! < `${shiftDay(today(), -365)}T23:59:59Z`).toBe(true);
  });

  it("seeds nothing into a database that already holds data", async () => {
    const before = (await listPatients({ limit: 1000, offset: 0 })).length;
    expect(await seedDemoWard()).toMatchObject({ seeded: false });
    expect((await listPatients({ limit: 1000, offset: 0 })).length).toBe(before);
    expect(await listUsers()).toHaveLength(4);
  });
});
