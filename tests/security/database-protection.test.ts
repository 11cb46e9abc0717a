// The database refuses to forget, whoever opens the file (issue 15, item 3). Records are made
// through the API; then the file is opened directly, as the sqlite3 shell would (no pragma of the
// app's, recursive_triggers off), and every protected table of db/protection.ts is tried: DELETE,
// INSERT OR REPLACE over an existing row (by its id and by each other unique key), UPDATE OR
// REPLACE onto another row, and the updates its policy refuses. Also: every table of
// db/schema.ts is protected or listed as mutable, and the migrations give each protected table
// exactly the triggers db/protection.ts asks for (else `npm run db:protect`).
import { spawnSync } from "node:child_process";
import Database from "better-sqlite3";
import { getTableColumns } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, databasePath } from "@/db/client";
import { migratedTriggers } from "@/db/migrated-triggers";
import { MUTABLE, PROTECTED, schemaTables, triggerChanges } from "@/db/protection";
import { ApiClient, signedIn, TEST_PASSWORD, useTempDatabase } from "@/lib/testing/api";
import { calmAnswers } from "@/lib/testing/self-report-body";
import { seedRecords } from "./records";

let cleanup: () => void;
let file: string;
let sqlite: Database.Database;

beforeAll(async () => {
  cleanup = useTempDatabase();
  const [nurse, oncologist, admin] = await Promise.all([signedIn("nurse"), signedIn("oncologist"), signedIn("admin")]);
  const ids = await seedRecords({ nurse, oncologist, admin });
  // The rest of the protected tables: an amendment (assessment_versions), a signature, a decision,
  // a patient's self-report, two notes.
  await nurse.patch(`/api/assessments/${ids.assessmentId}`, { version: 1, reason: "Re-tested.", motorGrade: 1 });
  await nurse.post(`/api/plans/${ids.planId}/sign`, { meaning: "agreed", password: TEST_PASSWORD });
  await oncologist.post(`/api/alerts/${ids.alertId}/acknowledge`, { decision: "proceed", reason: "Plan agreed." });
  await new ApiClient().post(`/api/self-report/${ids.selfReportCode}`, { answers: calmAnswers() });
  for (const text of ["Dose checked: 85 mg/m2 x 1.8 m2.", "Plan draft sent to the team."]) {
    await nurse.post(`/api/patients/${ids.patientId}/notes`, { cycleId: ids.cycleId, text });
  }
  // Two of each, so an update can aim at another row's key; a hold changes a course agent.
  const second = await seedRecords({ nurse, oncologist, admin });
  await oncologist.post(`/api/alerts/${second.alertId}/acknowledge`, { decision: "hold", reason: "Plan first." });
  // A nurse of a second site opens a patient of the first with a reason (cross_site_access).
  const { site } = (await admin.post("/api/sites", { code: "NORTH", name: "North infusion centre" })).body;
  const north = { username: "north.nurse", password: TEST_PASSWORD };
  await admin.post("/api/users", { ...north, displayName: "North Nurse", role: "nurse", siteId: site.id });
  const northNurse = new ApiClient();
  await northNurse.post("/api/session", north);
  for (const patientId of [ids.patientId, second.patientId])
    await northNurse.post(`/api/patients/${patientId}/site-access`, { reason: "Covering the main centre today." });
  file = databasePath();
  closeDb();
  sqlite = new Database(file);
});
afterAll(() => {
  sqlite.close();
  cleanup();
});

const PROTECTED_NAMES = Object.keys(PROTECTED);
const refusal = (table: string) => new RegExp(`^${table}: `);
const countOf = (table: string) => (sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number) ?? 0;
const firstRowid = (table: string) =>
  sqlite.prepare(`SELECT rowid FROM "${table}" ORDER BY rowid LIMIT 1`).pluck().get() as number;
const columnsOf = (table: string) => Object.values(getTableColumns(schemaTables().get(table)!)).map((c) => c.name);

describe("which tables are protected", () => {
  it("names every table of db/schema.ts once: protected, or mutable with its reason", () => {
    const inSchema = [...schemaTables().keys()].sort();
    const listed = [...PROTECTED_NAMES, ...Object.keys(MUTABLE)].sort();
    expect(
      inSchema.filter((t) => !listed.includes(t)),
      "add each new table to PROTECTED or MUTABLE in db/protection.ts",
    ).toEqual([]);
    expect(listed).toEqual(inSchema);
  });

  it("has, after the migrations, exactly the triggers db/protection.ts asks for", () => {
    expect(triggerChanges(migratedTriggers()), "run `npm run db:protect` to write the migration").toEqual([]);
  });
});

describe.each(PROTECTED_NAMES)("the %s table, opened directly", (table) => {
  it("has rows to try (seed one in this test's beforeAll)", () => {
    expect(countOf(table)).toBeGreaterThan(0);
  });

  it("refuses DELETE of a row and of the whole table", () => {
    const before = countOf(table);
    expect(() => sqlite.prepare(`DELETE FROM "${table}" WHERE rowid = ?`).run(firstRowid(table))).toThrow(
      refusal(table),
    );
    expect(() => sqlite.prepare(`DELETE FROM "${table}"`).run()).toThrow(refusal(table));
    expect(countOf(table)).toBe(before);
  });

  it("refuses INSERT OR REPLACE and REPLACE INTO over an existing row", () => {
    const row = sqlite.prepare(`SELECT * FROM "${table}" WHERE rowid = ?`).get(firstRowid(table)) as object;
    const before = JSON.stringify(row);
    for (const verb of ["INSERT OR REPLACE INTO", "REPLACE INTO"]) {
      const copy = Object.keys(row).map((c) => `"${c}"`);
      expect(() =>
        sqlite
          .prepare(`${verb} "${table}" (${copy.join(", ")}) VALUES (${copy.map(() => "?").join(", ")})`)
          .run(...Object.values(row)),
      ).toThrow(refusal(table));
    }
    expect(JSON.stringify(sqlite.prepare(`SELECT * FROM "${table}" WHERE rowid = ?`).get(firstRowid(table)))).toBe(
      before,
    );
  });

  const { update } = PROTECTED[table]!;

  if (update === "never") {
    it.each(columnsOf(table))("refuses any UPDATE, even of %s to its own value", (column) => {
      expect(() => sqlite.prepare(`UPDATE "${table}" SET "${column}" = "${column}"`).run()).toThrow(refusal(table));
    });
  } else {
    it("refuses UPDATE OR REPLACE that would push out another row", () => {
      const rowids = sqlite.prepare(`SELECT rowid FROM "${table}" ORDER BY rowid LIMIT 2`).pluck().all();
      expect(rowids, "seed two rows of this table").toHaveLength(2);
      const before = countOf(table);
      expect(() =>
        sqlite
          .prepare(`UPDATE OR REPLACE "${table}" SET id = (SELECT id FROM "${table}" WHERE rowid = ?) WHERE rowid = ?`)
          .run(rowids[1], rowids[0]),
      ).toThrow(refusal(table));
      expect(countOf(table)).toBe(before);
    });
  }

  if (typeof update === "object") {
    const frozen = columnsOf(table).filter((c) => !update.only.includes(c));
    it.each(frozen)("refuses a change of %s", (column) => {
      expect(() =>
        sqlite.prepare(`UPDATE "${table}" SET "${column}" = coalesce("${column}" || 'x', 'x')`).run(),
      ).toThrow(refusal(table));
    });
  }
});

describe("what a dose recorded", () => {
  it("may be marked entered-in-error once, and never unmarked", () => {
    const id = sqlite.prepare(`SELECT id FROM doses WHERE status = 'final' LIMIT 1`).pluck().get();
    const mark = sqlite.prepare(
      `UPDATE doses SET status = 'entered-in-error', error_reason = 'wrong cycle', version = version + 1 WHERE id = ?`,
    );
    expect(mark.run(id).changes).toBe(1);
    expect(() => mark.run(id)).toThrow(refusal("doses"));
    expect(() => sqlite.prepare(`UPDATE doses SET status = 'final' WHERE id = ?`).run(id)).toThrow(refusal("doses"));
    expect(() => sqlite.prepare(`UPDATE doses SET error_reason = 'other' WHERE id = ?`).run(id)).toThrow(
      refusal("doses"),
    );
  });
});

describe("the sqlite3 shell", () => {
  const shell = spawnSync("sqlite3", ["-version"]);
  it.skipIf(shell.status !== 0)("cannot delete, replace or rewrite the audit trail or a dose", () => {
    const run = (statement: string) => spawnSync("sqlite3", [file, statement], { encoding: "utf8" });
    const before = countOf("audit_log");
    for (const statement of [
      "DELETE FROM audit_log;",
      "INSERT OR REPLACE INTO audit_log SELECT * FROM audit_log LIMIT 1;",
      "UPDATE audit_log SET action = 'nothing';",
      "PRAGMA recursive_triggers = ON; REPLACE INTO doses SELECT * FROM doses LIMIT 1;",
      "UPDATE doses SET dose = dose * 10;",
      "DELETE FROM patients;",
    ]) {
      const result = run(statement);
      expect(result.status, statement).not.toBe(0);
      expect(result.stderr, statement).toMatch(/(audit_log|doses|patients): /);
    }
    expect(countOf("audit_log")).toBe(before);
  });
});

describe("a REPLACE through another unique key than the id", () => {
  it.each(["users", "patients", "cycles", "course_agents", "plan_versions", "plan_signatures", "acknowledgements"])(
    "%s: a new id with an existing row's unique values is refused, the old row kept",
    (table) => {
      const row = sqlite.prepare(`SELECT * FROM "${table}" WHERE rowid = ?`).get(firstRowid(table)) as Record<
        string,
        unknown
      >;
      const columns = Object.keys(row);
      const values = columns.map((c) => (c === "id" ? "a-new-id" : row[c]));
      expect(() =>
        sqlite
          .prepare(
            `INSERT OR REPLACE INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
          )
          .run(...values),
      ).toThrow(refusal(table));
      expect(sqlite.prepare(`SELECT count(*) FROM "${table}" WHERE id = ?`).pluck().get(row.id)).toBe(1);
    },
  );
});
