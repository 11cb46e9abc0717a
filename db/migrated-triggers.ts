// The triggers a fresh SQLite database has once migrated to the latest of db/migrations, for
// `npm run db:protect` and tests/security/database-protection.test.ts to compare with what
// db/protection.ts asks. Apart from db/protection.ts, which holds no driver, so that db/protection-pg.ts
// (and a PostgreSQL install) reads the lists without loading better-sqlite3.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { Trigger } from "./protection";

/** The triggers of a fresh database migrated to the latest of db/migrations. */
export function migratedTriggers(): Trigger[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cipn-protect-"));
  const sqlite = new Database(path.join(dir, "probe.db"));
  try {
    migrate(drizzle(sqlite), { migrationsFolder: path.join(/*turbopackIgnore: true*/ process.cwd(), "db/migrations") });
    return sqlite
      .prepare(`SELECT name, tbl_name AS "table", sql FROM sqlite_master WHERE type = 'trigger'`)
      .all() as Trigger[];
  } finally {
    sqlite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
