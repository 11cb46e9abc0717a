// A centre's database made by an earlier release, with patients and courses in it, opens on this
// release: the app migrates it to the latest schema, keeps every row, and enforces foreign keys
// again afterwards (db/client.ts, migrateToLatest). Migration 0025 (sites) once failed here only,
// since SQLite refuses to add a referencing column with a default to a table that holds rows.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterAll, expect, it } from "vitest";
import { closeDb, getSqlite } from "@/db/client";

const MIGRATIONS = path.join(process.cwd(), "db/migrations");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cipn-upgrade-"));
afterAll(() => {
  closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** db/migrations as the release before sites shipped it: the journal ends before 0025. */
function releaseBeforeSites(): string {
  const folder = path.join(dir, "migrations");
  fs.cpSync(MIGRATIONS, folder, { recursive: true });
  const journalFile = path.join(folder, "meta/_journal.json");
  const journal = JSON.parse(fs.readFileSync(journalFile, "utf8")) as { entries: { tag: string }[] };
  const sites = journal.entries.findIndex((e) => e.tag.endsWith("_sites"));
  expect(sites).toBeGreaterThan(0);
  fs.writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, sites) }));
  return folder;
}

it("migrates a populated database of the release before sites, keeping its rows, with foreign keys on", () => {
  const file = path.join(dir, "centre.db");
  const old = new Database(file);
  migrate(drizzle(old), { migrationsFolder: releaseBeforeSites() });
  old.exec(`
    INSERT INTO users (id, username, display_name, role, password_hash, created_at) VALUES ('u', 'u', 'U', 'nurse', 'x', 't');
    INSERT INTO patients (id, mrn, family_name, given_name, birth_date, sex, height_cm, weight_kg, risk_factors, created_at, updated_at)
      VALUES ('p', 'M1', 'F', 'G', '1960-01-01', 'female', 170, 70, '[]', 't', 't');
    INSERT INTO courses (id, patient_id, name, start_date, cycle_length_days, created_by, created_at) VALUES ('c', 'p', 'N', '2026-01-01', 21, 'u', 't');
  `);
  old.close();

  process.env.DATABASE_PATH = file;
  const sqlite = getSqlite();
  expect(sqlite.prepare("SELECT id, site_id FROM courses").all()).toEqual([{ id: "c", site_id: "default" }]);
  expect(sqlite.prepare("SELECT id, site_id FROM users").all()).toEqual([{ id: "u", site_id: "default" }]);
  expect(sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
  expect(() => sqlite.prepare("UPDATE courses SET site_id = 'nowhere' WHERE id = 'c'").run()).toThrow(/FOREIGN KEY/);
});
