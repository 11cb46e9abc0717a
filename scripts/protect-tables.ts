// `npm run db:protect`: writes the custom migrations that give every table db/protection.ts
// protects its triggers, exactly, in both dialects. SQLite (db/migrations): adding the missing,
// re-creating the changed, dropping the stale. Run it after adding a table, or after a migration
// that rebuilt one (SQLite drops a table's triggers with it). PostgreSQL (db/migrations-pg): the
// whole protection again (db/protection-pg.ts), whenever it differs from the latest one written,
// as after a new table or a new column of a table whose updates are limited to some columns.
// It does nothing when both are already as db/protection.ts asks.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { migratedTriggers } from "@/db/migrated-triggers";
import { triggerChanges } from "@/db/protection";
import { PG_PROTECT_TAG, pgProtectionMigration } from "@/db/protection-pg";

const SQLITE = { folder: "db/migrations", config: "drizzle.config.ts" };
const PG = { folder: "db/migrations-pg", config: "drizzle.pg.config.ts" };

function journalTags(folder: string): string[] {
  const journal = JSON.parse(fs.readFileSync(path.join(folder, "meta/_journal.json"), "utf8")) as {
    entries: { tag: string }[];
  };
  return journal.entries.map((e) => e.tag);
}

/** A new custom migration named protect-tables in the folder, holding `text`. */
function writeMigration({ folder, config }: { folder: string; config: string }, text: string): string {
  execFileSync("npx", ["drizzle-kit", "generate", "--custom", "--config", config, "--name", PG_PROTECT_TAG], {
    stdio: "inherit",
  });
  const file = path.join(folder, `${journalTags(folder).at(-1)!}.sql`);
  fs.writeFileSync(file, text);
  return file;
}

const statements = triggerChanges(migratedTriggers());
if (statements.length === 0) {
  console.log("SQLite: every protected table has its triggers; no migration needed.");
} else {
  const header = "-- Written by `npm run db:protect` from db/protection.ts: the tables that refuse to forget.\n";
  const file = writeMigration(SQLITE, header + statements.join("\n--> statement-breakpoint\n") + "\n");
  console.log(`SQLite: wrote ${statements.length} statements to ${file}.`);
}

const latest = journalTags(PG.folder).findLast((tag) => tag.endsWith(`_${PG_PROTECT_TAG}`));
const wanted = pgProtectionMigration();
if (latest && fs.readFileSync(path.join(PG.folder, `${latest}.sql`), "utf8") === wanted) {
  console.log("PostgreSQL: the latest protection migration is as db/protection.ts asks; no migration needed.");
} else {
  console.log(`PostgreSQL: wrote the protection to ${writeMigration(PG, wanted)}.`);
}
