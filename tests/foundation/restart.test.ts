// What is written survives a restart of the app, and opening the database again re-runs the
// migrations harmlessly: `npm start` applies pending migrations every time it starts, on SQLite
// and, given the owner's connection (DATABASE_OWNER_URL, docs/deploy.md), on PostgreSQL.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, openDb } from "@/db/client";
import { usesPostgres } from "@/db/dialect";
import { signedIn, useTempDatabase } from "@/lib/testing/api";
import { testSql } from "@/lib/testing/sql";
import { patientBody } from "./seed";

// Each database's own list of migrations and its own catalog of triggers: PostgreSQL's triggers
// add TRUNCATE, which SQLite does not have, and PostgreSQL has no INSERT OR REPLACE to refuse
// (db/protection-pg.ts).
const CATALOG = usesPostgres()
  ? {
      journal: "db/migrations-pg/meta/_journal.json",
      applied: "SELECT count(*) FROM drizzle.__drizzle_migrations",
      auditTriggers:
        "SELECT tgname AS name FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass AND NOT tgisinternal ORDER BY tgname",
      triggers: ["audit_log_no_delete", "audit_log_no_truncate", "audit_log_no_update"],
    }
  : {
      journal: "db/migrations/meta/_journal.json",
      applied: "SELECT count(*) FROM __drizzle_migrations",
      auditTriggers: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log' ORDER BY name",
      triggers: ["audit_log_no_delete", "audit_log_no_replace", "audit_log_no_update"],
    };

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempDatabase();
  // As a deployment on PostgreSQL starts: migrating as the tables' owner (db/pg-client.ts).
  if (usesPostgres()) process.env.DATABASE_OWNER_URL = process.env.CIPN_TEST_OWNER_URL;
});
afterAll(() => {
  delete process.env.DATABASE_OWNER_URL;
  cleanup();
});

const count = (table: string) => testSql(`SELECT count(*) AS n FROM ${table}`).value<number>();
const counts = async () => ({
  patients: await count("patients"),
  users: await count("users"),
  audit: await count("audit_log"),
});

describe("a restart", () => {
  it("keeps every row and the signed-in session", async () => {
    const nurse = await signedIn("nurse");
    const created = await nurse.post("/api/patients", patientBody());
    expect(created.status).toBe(201);
    const before = await counts();

    closeDb();
    await openDb();

    expect(await counts()).toEqual(before);
    const read = await nurse.get(`/api/patients/${created.body.patient.id}`);
    expect(read.status).toBe(200);
    expect(read.body.patient).toEqual(created.body.patient);
  });

  it("applies each migration once, however often the database is opened", async () => {
    const journal = JSON.parse(fs.readFileSync(path.join(process.cwd(), CATALOG.journal), "utf8")) as {
      entries: unknown[];
    };
    for (let i = 0; i < 2; i++) {
      closeDb();
      await openDb();
      expect(await testSql(CATALOG.applied).value()).toBe(journal.entries.length);
    }
    // Once each, as db/protection.ts asks (no copy left by a re-run).
    expect(await testSql(CATALOG.auditTriggers).column()).toEqual(CATALOG.triggers);
  });
});
