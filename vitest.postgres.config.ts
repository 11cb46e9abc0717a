// The PostgreSQL run (issue 18; `npm run test:postgres`, scripts/test-postgres.ts): every test
// file that opens a database (calls useTempDatabase) runs again on PostgreSQL, but for the few
// below, which test SQLite's own file, locks or tools, each for its reason. A new test of the
// app's behaviour is thus run on both databases without being listed anywhere.
import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "vitest/config";
import base from "./vitest.config.js";

export const SQLITE_ONLY: Record<string, string> = {
  "tests/foundation/upgrade-migration.test.ts": "an old SQLite file brought to the latest SQLite migration",
  "tests/foundation/concurrent-writes.test.ts": "the one connection's async lock (db/client.ts)",
  "tests/foundation/queued-writes.test.ts": "group commit on the one SQLite connection",
  "tests/foundation/read-snapshot.test.ts": "SQLite's read transaction against a second connection to the file",
  "tests/security/backup.test.ts": "SQLite's online backup (PostgreSQL backs up with its own tools)",
  "tests/security/files.test.ts": "the database file's modes and path",
  "tests/security/database-protection.test.ts": "SQLite's triggers (tests/postgres.test.ts holds PostgreSQL's)",
  "tests/query-plans.test.ts": "SQLite's EXPLAIN QUERY PLAN",
  "tests/demo.test.ts": "the demo runs on its own SQLite file",
  "tests/postgres.test.ts": "starts a cluster of its own",
};

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(file);
    return entry.name.endsWith(".test.ts") ? [file] : [];
  });
}

const opensADatabase = (file: string) => fs.readFileSync(file, "utf8").includes("useTempDatabase(");

// Spread rather than merged: mergeConfig would add this list to the base config's.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: testFiles("tests").filter((file) => opensADatabase(file) && !(file in SQLITE_ONLY)),
  },
});
