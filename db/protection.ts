// The database refuses to forget, whoever connects to the file (issue 15; docs/security.md,
// "A database that refuses to forget"). Every table of db/schema.ts is named here once: either
// protected (never deleted, never replaced, and changed only as its policy allows, by triggers
// that SQLite runs for every connection, the sqlite3 shell included) or mutable, with the reason.
// tests/security/database-protection.test.ts fails when a table is in neither list or when the
// migrated database lacks a trigger this file asks for; `npm run db:protect` then writes the
// custom migration that adds (or re-creates) them.
import { getTableColumns, is, SQL, StringChunk, Column } from "drizzle-orm";
import { getTableConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import * as schema from "./schema";

/**
 * How a protected table's rows may change. Every protected table refuses DELETE, and an
 * INSERT (or UPDATE) OR REPLACE that would push out an existing row.
 * - "never": append-only; a row is never updated.
 * - "any": rows change in place (each change is versioned and audited by db/).
 * - only: just these columns change, and only while `when` (SQL over OLD and NEW) holds; every
 *   other column, including any added later, is frozen.
 */
export type UpdatePolicy = "never" | "any" | { only: string[]; when?: string };

export const PROTECTED: Record<string, { update: UpdatePolicy; why: string }> = {
  sites: {
    update: { only: ["name"] },
    why: "courses and users name their site; its code is fixed, its name may be corrected",
  },
  users: { update: "any", why: "who did what stays resolvable; accounts are disabled, not removed" },
  patients: { update: "any", why: "a clinical record; edits are versioned and audited" },
  courses: { update: "any", why: "a clinical record" },
  course_agents: { update: "any", why: "a clinical record; dose changes are audited" },
  course_agent_changes: { update: "never", why: "what an oncologist's decision changed on a course agent" },
  cycles: { update: "any", why: "a clinical record; rescheduling, holds and cancellations are versioned" },
  doses: {
    update: {
      only: ["status", "error_reason", "version"],
      when: "OLD.status = 'final' AND NEW.status = 'entered-in-error'",
    },
    why: "what was given is fixed; the entered-in-error mark is set once",
  },
  cumulative_doses: {
    update: { only: ["total", "updated_at"] },
    why: "the sum of a patient's doses of an agent, kept by every dose write with it",
  },
  assessments: { update: "any", why: "amended in place with a reason; each earlier version kept" },
  self_report_invitations: {
    update: { only: ["opened_at"], when: "OLD.opened_at IS NULL" },
    why: "a code is used up by the self-report that names it; its first opening is stamped once",
  },
  self_reports: { update: "never", why: "what a patient reported, as sent" },
  assessment_versions: { update: "never", why: "the earlier versions of an amended exam" },
  plan_versions: {
    update: { only: ["status", "in_force_at"], when: "OLD.status <> 'superseded'" },
    why: "the terms signed are fixed; only draft, in force and superseded move on",
  },
  plan_signatures: { update: "never", why: "an electronic signature" },
  alerts: { update: "any", why: "status moves open, acknowledged, resolved" },
  acknowledgements: { update: "never", why: "an oncologist's decision" },
  interventions: {
    update: {
      only: ["ended_on", "response", "notes", "version", "updated_at"],
      when: "NEW.version = OLD.version + 1",
    },
    why: "supportive care; its end, response and notes change one version at a time",
  },
  notes: { update: "never", why: "a note on a cycle or an alert is kept as written; a second thought is a new note" },
  cross_site_access: { update: "never", why: "who opened another site's patient, and why" },
  audit_log: { update: "never", why: "the audit trail is append-only" },
};

/** Tables whose rows may be changed or removed, and why that is safe. */
export const MUTABLE: Record<string, string> = {
  sessions: "a sign-in, not a record of care: its idle clock is touched and its revocation stamped",
  password_attempts: "the password throttle's own counter, pruned once past its longest window",
  self_report_failures: "the throttle of unknown self-report codes, per client",
};

export interface Trigger {
  name: string;
  table: string;
  sql: string;
}

/** Every table of db/schema.ts, by its SQL name. */
export function schemaTables(): Map<string, SQLiteTable> {
  const tables = new Map<string, SQLiteTable>();
  for (const value of Object.values(schema)) {
    if (is(value, SQLiteTable)) tables.set(getTableConfig(value).name, value);
  }
  return tables;
}

/** A column or an index expression, written for a trigger: `"col"`, or `NEW."col"` with a prefix. */
function render(part: Column | SQL, prefix: string): string {
  if (is(part, Column)) return `${prefix}"${part.name}"`;
  return part.queryChunks
    .map((chunk) => {
      if (is(chunk, StringChunk)) return chunk.value.join("");
      if (is(chunk, Column)) return `${prefix}"${chunk.name}"`;
      throw new Error("An index expression this file cannot write as SQL; extend render().");
    })
    .join("");
}

/** Each unique key of a table (primary key, unique columns, unique indexes) as its parts. */
function uniqueKeys(table: SQLiteTable): (Column | SQL)[][] {
  const config = getTableConfig(table);
  const keys: (Column | SQL)[][] = [];
  for (const column of config.columns) if (column.primary || column.isUnique) keys.push([column]);
  for (const pk of config.primaryKeys) keys.push(pk.columns);
  for (const index of config.indexes) if (index.config.unique) keys.push(index.config.columns);
  for (const unique of config.uniqueConstraints) keys.push(unique.columns);
  return keys;
}

/** SQL that is true when another row than `self` holds NEW's value of one of the keys. */
function collision(name: string, table: SQLiteTable, self?: string): string {
  return uniqueKeys(table)
    .map((key) => {
      const match = key.map((part) => `${render(part, "")} = ${render(part, "NEW.")}`).join(" AND ");
      return `EXISTS (SELECT 1 FROM "${name}" WHERE ${match}${self ? ` AND rowid <> ${self}` : ""})`;
    })
    .join("\n  OR ");
}

/** One BEFORE trigger that refuses, saying what and why (the table's entry above). */
function trigger(name: string, table: string, event: string, when: string | null, message: string): Trigger {
  const why = PROTECTED[table]!.why.replaceAll("'", "''");
  return {
    name,
    table,
    sql:
      `CREATE TRIGGER "${name}" BEFORE ${event} ON "${table}"\n` +
      (when ? `WHEN ${when}\n` : "") +
      `BEGIN\n  SELECT RAISE(ABORT, '${table}: ${message} (${why})');\nEND`,
  };
}

/** The triggers one protected table must have, exactly. */
export function triggersFor(name: string, table: SQLiteTable, update: UpdatePolicy): Trigger[] {
  const triggers = [
    trigger(`${name}_no_delete`, name, "DELETE", null, "rows are never deleted"),
    // REPLACE deletes the row it conflicts with without firing DELETE triggers (unless a
    // connection turns recursive_triggers on), so the conflict itself is refused.
    trigger(`${name}_no_replace`, name, "INSERT", collision(name, table), "an existing row is never replaced"),
  ];
  if (update === "never") {
    triggers.push(trigger(`${name}_no_update`, name, "UPDATE", null, "rows are never changed"));
    return triggers;
  }
  triggers.push(
    trigger(
      `${name}_no_replace_on_update`,
      name,
      "UPDATE",
      collision(name, table, "OLD.rowid"),
      "an update never replaces another row",
    ),
  );
  if (update !== "any") {
    const frozen = Object.values(getTableColumns(table))
      .map((c) => c.name)
      .filter((c) => !update.only.includes(c));
    const changed = frozen.map((c) => `NEW."${c}" IS NOT OLD."${c}"`);
    const when = [...(update.when ? [`NOT (${update.when})`] : []), ...changed].join("\n  OR ");
    triggers.push(
      trigger(`${name}_frozen`, name, "UPDATE", when, `only ${update.only.join(", ")} may change, and only so`),
    );
  }
  return triggers;
}

/** Every trigger the protected tables must have. */
export function protectionTriggers(): Trigger[] {
  const tables = schemaTables();
  return Object.entries(PROTECTED).flatMap(([name, { update }]) => {
    const table = tables.get(name);
    if (!table) throw new Error(`db/protection.ts protects ${name}, which db/schema.ts does not have.`);
    return triggersFor(name, table, update);
  });
}

/**
 * The statements that bring a database's triggers to what this file asks: re-create a missing
 * or different one, drop one on a protected table that this file no longer asks for. Empty when
 * the database is protected as this file says.
 */
export function triggerChanges(existing: readonly Trigger[]): string[] {
  const expected = protectionTriggers();
  const have = new Map(existing.map((t) => [t.name, t]));
  const wanted = new Set(expected.map((t) => t.name));
  const statements: string[] = [];
  for (const t of existing) {
    if (t.table in PROTECTED && !wanted.has(t.name)) statements.push(`DROP TRIGGER "${t.name}";`);
  }
  for (const t of expected) {
    if (have.get(t.name)?.sql === t.sql) continue;
    if (have.has(t.name)) statements.push(`DROP TRIGGER "${t.name}";`);
    statements.push(`${t.sql};`);
  }
  return statements;
}
