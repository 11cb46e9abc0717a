// The database refuses to forget on PostgreSQL too (issue 18): db/protection.ts's lists, written as
// PostgreSQL triggers and privileges. Each protected table refuses DELETE and TRUNCATE, and the
// updates its policy refuses, by triggers that hold for every role, the tables' owner included
// (only the owner can disable them: so the app never connects as the owner, docs/deploy.md). The
// app's role is granted only what the app does: SELECT and INSERT everywhere, UPDATE where a
// policy allows it (on the columns it allows), DELETE on the mutable tables alone.
// PostgreSQL has no INSERT OR REPLACE: an upsert's DO UPDATE is an UPDATE, and its triggers fire.
import { getTableColumns, is } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { MUTABLE, PROTECTED } from "./protection";
import * as schema from "./schema-pg";

/** The one trigger function: raises its argument, the refusal and its reason. */
const REFUSE = "refuse_to_forget";
/** The migrations' name for the migration this file writes (`npm run db:protect`). */
export const PG_PROTECT_TAG = "protect-tables";

/** Every table of db/schema-pg.ts, by its SQL name. */
export function pgTables(): Map<string, PgTable> {
  const tables = new Map<string, PgTable>();
  for (const value of Object.values(schema)) if (is(value, PgTable)) tables.set(getTableConfig(value).name, value);
  return tables;
}

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

function trigger(table: string, name: string, timing: string, message: string, when?: string): string {
  const why = PROTECTED[table]!.why;
  const scope = timing.endsWith("TRUNCATE") ? "STATEMENT" : "ROW";
  return (
    `CREATE TRIGGER "${table}_${name}" BEFORE ${timing} ON "${table}"\n` +
    `FOR EACH ${scope}${when ? `\nWHEN (${when})` : ""}\n` +
    `EXECUTE FUNCTION ${REFUSE}(${literal(`${table}: ${message} (${why})`)})`
  );
}

/** The triggers of one protected table: the same refusals as its SQLite triggers, plus TRUNCATE. */
function triggersOf(name: string, table: PgTable): string[] {
  const update = PROTECTED[name]!.update;
  const triggers = [
    trigger(name, "no_delete", "DELETE", "rows are never deleted"),
    trigger(name, "no_truncate", "TRUNCATE", "rows are never deleted"),
  ];
  if (update === "never") triggers.push(trigger(name, "no_update", "UPDATE", "rows are never changed"));
  else if (update !== "any") {
    const frozen = Object.values(getTableColumns(table))
      .map((c) => c.name)
      .filter((c) => !update.only.includes(c));
    const when = [
      ...(update.when ? [`NOT (${update.when})`] : []),
      ...frozen.map((c) => `NEW."${c}" IS DISTINCT FROM OLD."${c}"`),
    ].join("\n  OR ");
    triggers.push(trigger(name, "frozen", "UPDATE", `only ${update.only.join(", ")} may change, and only so`, when));
  }
  return triggers;
}

/**
 * The statements of the protection migration: the function, every trigger of an earlier one
 * dropped (so a table that left PROTECTED, or a column added since, is caught up), and each
 * protected table's triggers made again as db/protection.ts says now.
 */
export function pgProtectionStatements(): string[] {
  const tables = pgTables();
  return [
    `CREATE OR REPLACE FUNCTION ${REFUSE}() RETURNS trigger LANGUAGE plpgsql AS $$\n` +
      `BEGIN\n  RAISE EXCEPTION USING MESSAGE = TG_ARGV[0], ERRCODE = 'restrict_violation';\nEND\n$$`,
    `DO $$\nDECLARE t record;\nBEGIN\n` +
      `  FOR t IN SELECT tgname, tgrelid::regclass AS tbl FROM pg_trigger WHERE tgfoid = '${REFUSE}'::regproc LOOP\n` +
      `    EXECUTE format('DROP TRIGGER %I ON %s', t.tgname, t.tbl);\n  END LOOP;\nEND\n$$`,
    ...Object.keys(PROTECTED).flatMap((name) => {
      const table = tables.get(name);
      if (!table) throw new Error(`db/protection.ts protects ${name}, which db/schema-pg.ts does not have.`);
      return triggersOf(name, table);
    }),
  ];
}

/** The migration file's text, as `npm run db:protect` writes it. */
export function pgProtectionMigration(): string {
  return (
    "-- Written by `npm run db:protect` from db/protection.ts (db/protection-pg.ts): the tables that refuse to forget.\n" +
    pgProtectionStatements().join(";\n--> statement-breakpoint\n") +
    ";\n"
  );
}

/**
 * What the app's role may do, for the tables' owner to run after each migration (docs/deploy.md,
 * "Roles"): everything revoked, then SELECT and INSERT on every table, UPDATE as each table's
 * policy allows (only its changeable columns where it names them), DELETE on the mutable tables.
 * Never TRUNCATE, and never ownership: the owner alone could drop or disable a trigger.
 */
export function pgGrantStatements(appRole: string): string[] {
  if (!/^[a-z_][a-z0-9_]*$/.test(appRole)) throw new Error(`Not a plain role name: ${appRole}`);
  const role = `"${appRole}"`;
  const statements = [
    `REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${role}`,
    `GRANT USAGE ON SCHEMA public TO ${role}`,
    `GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA public TO ${role}`,
  ];
  for (const [name, { update }] of Object.entries(PROTECTED)) {
    if (update === "any") statements.push(`GRANT UPDATE ON "${name}" TO ${role}`);
    else if (update !== "never")
      statements.push(`GRANT UPDATE (${update.only.map((c) => `"${c}"`).join(", ")}) ON "${name}" TO ${role}`);
  }
  for (const name of Object.keys(MUTABLE)) statements.push(`GRANT UPDATE, DELETE ON "${name}" TO ${role}`);
  // The list of applied migrations, read only: the app checks on start that its database is at
  // the latest (db/pg-client.ts), and refuses to serve from an older schema.
  statements.push(
    `GRANT USAGE ON SCHEMA drizzle TO ${role}`,
    `GRANT SELECT ON drizzle.__drizzle_migrations TO ${role}`,
  );
  return statements;
}
