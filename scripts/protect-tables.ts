// `npm run db:protect`: writes the custom migration that gives every table db/protection.ts
// protects its triggers, exactly (adding the missing, re-creating the changed, dropping the
// stale). Run it after adding a table, or after a migration that rebuilt one (SQLite drops a
// table's triggers with it). It does nothing when the migrated database is already protected.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { migratedTriggers, triggerChanges } from "@/db/protection";

const MIGRATIONS = path.join(process.cwd(), "db/migrations");

const statements = triggerChanges(migratedTriggers());
if (statements.length === 0) {
  console.log("Every protected table has its triggers; no migration needed.");
} else {
  execFileSync("npx", ["drizzle-kit", "generate", "--custom", "--name", "protect-tables"], { stdio: "inherit" });
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS, "meta/_journal.json"), "utf8")) as {
    entries: { tag: string }[];
  };
  const file = path.join(MIGRATIONS, `${journal.entries.at(-1)!.tag}.sql`);
  const header = "-- Written by `npm run db:protect` from db/protection.ts: the tables that refuse to forget.\n";
  fs.writeFileSync(file, header + statements.join("\n--> statement-breakpoint\n") + "\n");
  console.log(`Wrote ${statements.length} statements to ${path.relative(process.cwd(), file)}.`);
}
