// The worklist's and the alerts page's cost follows the rows they return, not the database
// (issue 21, item 1; docs/benchmarks.md, "Query plans"): on a seeded ward, every statement those
// paths run is read back from SQLite with EXPLAIN QUERY PLAN, and none may scan a whole table of
// cycles, assessments, doses, alerts or acknowledgements. The SQL is captured as it is prepared,
// so the test checks the exact queries Drizzle builds, with their parameters.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { followUpsDue } from "@/db/reads/after-treatment";
import { seedWard } from "@/db/bench-seed";
import { getSqlite } from "@/db/client";
import { listAlertsWithPatients } from "@/db/reads/patient-summary";
import { draftsAwaiting } from "@/db/reads/plans";
import { readSnapshot } from "@/db/client";
import { createUser } from "@/db/commands/users";
import { worklist } from "@/db/reads/worklist";
import { shiftDay, today } from "@/lib/dates";
import { DEFAULT_SITE_ID } from "@/lib/domain/sites";
import { useTempDatabase } from "@/lib/testing/api";

const GUARDED = [
  "cycles",
  "assessments",
  "doses",
  "cumulative_doses",
  "alerts",
  "acknowledgements",
  "courses",
  "course_agents",
];

interface Ran {
  sql: string;
  params: unknown[];
}

/** Every statement run by `work`, with its parameters, in order. */
async function statementsOf(work: () => Promise<unknown>): Promise<Ran[]> {
  const sqlite = getSqlite();
  const prepare = sqlite.prepare;
  const ran: Ran[] = [];
  sqlite.prepare = ((source: string) => {
    const stmt = prepare.call(sqlite, source);
    for (const method of ["all", "get", "run"] as const) {
      const original = stmt[method].bind(stmt) as (...args: unknown[]) => unknown;
      (stmt as unknown as Record<string, unknown>)[method] = (...params: unknown[]) => {
        ran.push({ sql: source, params });
        return original(...params);
      };
    }
    return stmt;
  }) as typeof sqlite.prepare;
  try {
    await work();
  } finally {
    sqlite.prepare = prepare;
  }
  return ran.filter((r) => /^\s*select/i.test(r.sql));
}

/** SQLite's plan for a statement, one line per step ("SEARCH cycles USING INDEX cycles_date (date=?)"). */
function planOf({ sql, params }: Ran): string[] {
  const rows = getSqlite()
    .prepare(`EXPLAIN QUERY PLAN ${sql}`)
    .all(...params) as { detail: string }[];
  return rows.map((r) => r.detail);
}

/** The tables a statement names with an alias ("doses AS d"), as the plan names them: alias → table. */
function aliasesIn(sql: string): Map<string, string> {
  const named = sql.matchAll(/\b(?:from|join)\s+["`]?(\w+)["`]?\s+(?:as\s+)?["`]?(\w+)["`]?/gi);
  return new Map([...named].map(([, table, alias]) => [alias!, table!]));
}

/** The steps that read a guarded table whole: `SCAN t`, by its name or its alias, with or without an index to walk it by. */
function fullScans({ sql }: Ran, plan: readonly string[]): string[] {
  const aliases = aliasesIn(sql);
  return plan.filter((step) => {
    const scanned = /^SCAN (\w+)/.exec(step)?.[1];
    return scanned !== undefined && GUARDED.includes(aliases.get(scanned) ?? scanned);
  });
}

let cleanup: () => void;
let nurse: Awaited<ReturnType<typeof createUser>>;
const day = today();

beforeAll(async () => {
  cleanup = useTempDatabase();
  nurse = await createUser(null, {
    username: "plans-nurse",
    displayName: "Plans Nurse",
    role: "nurse",
    passwordHash: "unused",
  });
  seedWard({
    patients: 400,
    cyclesPerPatient: 12,
    examsPerPatient: 12,
    cycleLengthDays: 14,
    day,
    recordedBy: nurse.id,
  });
  // Treatment over for one patient in ten (their planned cycles cancelled), so that follow-ups fall due.
  getSqlite().exec(
    "UPDATE cycles SET status = 'cancelled' WHERE status = 'planned' AND patient_id IN (SELECT id FROM patients WHERE rowid % 10 = 0)",
  );
  // The planner's statistics, as a long-running database gathers them (PRAGMA optimize).
  getSqlite().exec("ANALYZE");
});
afterAll(() => cleanup());

describe("query plans of the worklist and the alerts page", () => {
  it("the worklist reads only the day's cycles and those patients' records", async () => {
    const ran = await statementsOf(() => worklist(day));
    expect(ran.length).toBeGreaterThanOrEqual(5);
    for (const statement of ran)
      expect({ sql: statement.sql, scans: fullScans(statement, planOf(statement)) }).toEqual({
        sql: statement.sql,
        scans: [],
      });
    const first = planOf(ran[0]!).join("\n");
    expect(first).toMatch(/SEARCH cycles USING INDEX cycles_date/);
    // The cumulative doses are kept by each dose write (db/commands/cumulative-doses.ts): the worklist reads
    // one row per due patient and agent and never sums a patient's doses. Of the doses themselves it
    // reads only the due cycles' own, by their cycle, to name the agents still to give.
    const plans = ran.map(planOf).flat();
    expect(plans.filter((step) => /\bdoses\b/.test(step) && !/cumulative_doses/.test(step))).toEqual([
      "SEARCH doses USING INDEX doses_cycle (cycle_id=?)",
    ]);
    expect(plans).toContainEqual(
      expect.stringMatching(/SEARCH cumulative_doses USING INDEX cumulative_doses_patient_agent/),
    );
  });

  it("the worklist of one site reads the same way, each due course's site by its key", async () => {
    const ran = await statementsOf(() => worklist(day, { siteId: DEFAULT_SITE_ID }));
    for (const statement of ran)
      expect({ sql: statement.sql, scans: fullScans(statement, planOf(statement)) }).toEqual({
        sql: statement.sql,
        scans: [],
      });
    expect(planOf(ran[0]!).join("\n")).toMatch(/SEARCH cycles USING INDEX cycles_date/);
  });

  it("the open alerts page, filtered or not, reads alerts by their status", async () => {
    for (const filter of [
      {},
      { severity: "critical" as const },
      { kind: "no-plan" as const },
      { siteId: DEFAULT_SITE_ID },
    ]) {
      const ran = await statementsOf(() => listAlertsWithPatients({ status: "open", ...filter }));
      expect(ran.length).toBeGreaterThanOrEqual(1);
      // One site's alerts: each alert's patient's courses asked by courses_patient_site alone.
      if ("siteId" in filter)
        expect(ran.map(planOf).flat()).toContainEqual(
          expect.stringMatching(
            /SEARCH courses EXISTS USING COVERING INDEX courses_patient_site \(patient_id=\? AND site_id=\?\)/,
          ),
        );
      for (const statement of ran)
        expect({ sql: statement.sql, scans: fullScans(statement, planOf(statement)) }).toEqual({
          sql: statement.sql,
          scans: [],
        });
    }
  });

  it("the follow-ups due read the doses given on the days they fall due, not every patient's last dose", async () => {
    const period = [day, shiftDay(day, 45)] as const;
    const ran = await statementsOf(() => followUpsDue(...period));
    expect(await followUpsDue(...period)).not.toEqual([]);
    expect(ran.length).toBeGreaterThanOrEqual(3);
    for (const statement of ran)
      expect({ sql: statement.sql, scans: fullScans(statement, planOf(statement)) }).toEqual({
        sql: statement.sql,
        scans: [],
      });
    const plans = ran.map(planOf).flat();
    expect(plans).toContainEqual(
      expect.stringMatching(/SEARCH d USING INDEX doses_given_on \(given_on>\? AND given_on<\?\)/),
    );
  });

  it("the plan drafts awaiting a signature, on every worklist, are read by their status, not from every version", async () => {
    for (const siteId of [undefined, DEFAULT_SITE_ID]) {
      const ran = await statementsOf(() => readSnapshot((tx) => draftsAwaiting(tx, nurse, siteId)));
      const plans = ran.map(planOf).flat();
      expect(plans).toContainEqual(
        expect.stringMatching(/SEARCH plan_versions USING INDEX plan_versions_status \(status=\?\)/),
      );
      expect(plans.filter((step) => /^SCAN (plan_versions|courses)\b/.test(step))).toEqual([]);
    }
  });
});
