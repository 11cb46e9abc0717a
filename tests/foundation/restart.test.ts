// What is written survives a restart of the app, and opening the database again re-runs the
// migrations harmlessly: `npm start` applies pending migrations every time it starts.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb, getSqlite } from "@/db/client";
import { signedIn, useTempDatabase } from "@/lib/testing/api";
import { patientBody } from "./seed";

const JOURNAL = path.join(process.cwd(), "db/migrations/meta/_journal.json");

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempDatabase();
});
afterAll(() => cleanup());

const count = (table: string) => (getSqlite().prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe("a restart", () => {
  it("keeps every row and the signed-in session", async () => {
    const nurse = await signedIn("nurse");
    const created = await nurse.post("/api/patients", patientBody());
    expect(created.status).toBe(201);
    const before = { patients: count("patients"), users: count("users"), audit: count("audit_log") };

    closeDb();
    getDb();

    expect({ patients: count("patients"), users: count("users"), audit: count("audit_log") }).toEqual(before);
    const read = await nurse.get(`/api/patients/${created.body.patient.id}`);
    expect(read.status).toBe(200);
    expect(read.body.patient).toEqual(created.body.patient);
  });

  it("applies each migration once, however often the database is opened", () => {
    const journal = JSON.parse(fs.readFileSync(JOURNAL, "utf8")) as { entries: unknown[] };
    for (let i = 0; i < 2; i++) {
      closeDb();
      getDb();
      expect(count("__drizzle_migrations")).toBe(journal.entries.length);
    }
    const triggers = getSqlite()
      .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log' ORDER BY name")
      .all();
    // Once each, as db/protection.ts asks (no copy left by a re-run).
    expect(triggers).toEqual([
      { name: "audit_log_no_delete" },
      { name: "audit_log_no_replace" },
      { name: "audit_log_no_update" },
    ]);
  });
});
